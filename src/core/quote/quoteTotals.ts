/** Totals of a quote's lines for one year: sums of the rounded line figures (engine's sumCosts). */
import type Decimal from "decimal.js";
import { CbamDecimal, roundToCent, sumCosts } from "../cbam";
import { percentOf } from "./priceLine";
import type { LineFigures, QuoteLine, QuoteTotals } from "./types";

const ZERO = new CbamDecimal(0);

export function quoteTotals(
  lines: readonly QuoteLine[],
  figures: readonly LineFigures[],
  withCny: boolean,
): QuoteTotals {
  const costEur = sumCosts(figures.map((figure) => figure.breakdown));
  const quantity = lines.reduce<Decimal>((sum, line) => sum.plus(line.quantity), ZERO);
  const baseValueEur = lines.reduce<Decimal>(
    (sum, line) => sum.plus(line.quantity.times(line.basePrice)),
    ZERO,
  );
  return {
    costEur,
    costPerTonneEur: quantity.isZero() ? ZERO : roundToCent(costEur.dividedBy(quantity)),
    baseValueEur,
    surchargePercent: baseValueEur.isZero() ? ZERO : percentOf(costEur, baseValueEur),
    costCny: withCny ? sumCosts(figures.map((figure) => figure.costCny ?? 0)) : null,
  };
}
