/** One quote line priced for one year at one SEE, by the CBAM engine. */
import Decimal from "decimal.js";
import { CbamDecimal, computeCbamObligation } from "../cbam";
import type { LineFigures, Quote, QuoteLine } from "./types";

const HUNDRED = new CbamDecimal(100);

/** A share in percent, half-up to 0.01 (what the workbook shows with a 0.00% format). */
export function percentOf(part: Decimal, whole: Decimal): Decimal {
  return part.dividedBy(whole).times(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function priceLine(
  quote: Quote,
  line: QuoteLine,
  see: Decimal,
  year: number,
  certificatePrice: Decimal,
): LineFigures {
  const breakdown = computeCbamObligation({
    specificEmbeddedEmissions: see,
    quantity: line.quantity,
    certificatePrice,
    year,
    benchmark: line.benchmark ?? undefined,
    paidPrice: quote.paidPrice,
    good: line.good,
    seeIsDefaultValue: line.seeIsDefaultValue,
    exchangeRateCnyPerEur: quote.exchangeRate ?? undefined,
  });
  // Quantity is above 0 on a valid quote, so the engine always gives a cost per tonne.
  const costPerTonneEur = breakdown.costPerTonneEur!;
  return {
    year,
    costEur: breakdown.costEur,
    costPerTonneEur,
    surchargePercent: percentOf(costPerTonneEur, line.basePrice),
    costCny: breakdown.costCny,
    breakdown,
  };
}
