/** Cost per tonne of good, year by year through the free-allocation phase-out, for quotes. */
import type Decimal from "decimal.js";
import { certificatePriceForYear, type CertificatePricePath } from "./certificatePriceForYear";
import { computeCbamObligation } from "./computeCbamObligation";
import { FREE_ALLOCATION_TABLE } from "./data/freeAllocation";
import type { DecimalInput } from "./decimal";
import { freeAllocationShareFor } from "./freeAllocationShareFor";
import type { CbamArgumentNames } from "./readObligationInput";
import type { CbamObligationInput, CbamWarning } from "./types";

/**
 * A line's inputs per tonne of good, without quantity, year and the line-level paid-on and
 * de minimis figures; the certificate price may be a path.
 */
export type CostPathInput = Omit<
  CbamObligationInput,
  "quantity" | "year" | "certificatePrice" | "emissionsPaidOnTonnes" | "importerAnnualMassTonnes"
> & {
  /** EUR per tCO2e: one price for every year, or a price per year (every projected year needed). */
  certificatePrice: DecimalInput | CertificatePricePath;
};

export interface CostPathRow {
  year: number;
  freeAllocationShare: Decimal;
  phaseInShare: Decimal;
  certificatePrice: Decimal;
  /** Full precision. */
  certificatesPerTonne: Decimal;
  /** Half-up to the cent. */
  costPerTonneEur: Decimal;
  /** costPerTonneEur × rate, half-up to 0.01 CNY; null without a rate. */
  costPerTonneCny: Decimal | null;
  warnings: CbamWarning[];
}

/** The projected years: the free-allocation table's, 2026 to 2034. */
export const COST_PATH_YEARS: readonly number[] = FREE_ALLOCATION_TABLE.map((row) => row.year);

/**
 * One row per year 2026-2034 for one tonne of good: the same calculation as computeCbamObligation
 * with quantity 1. At fixed inputs the cost per tonne never decreases (free allocation falls, the
 * default-value mark-up rises).
 * @param options.argumentNames names to use in error messages (the adapter's argument names).
 * @throws InputError naming the argument (or `certificatePrice[year]` for a gap in a price path).
 */
export function projectCostPath(
  input: CostPathInput,
  options: { argumentNames?: CbamArgumentNames } = {},
): CostPathRow[] {
  return COST_PATH_YEARS.map((year) => {
    const { certificatePrice, ...rest } = input;
    const price = certificatePriceForYear(certificatePrice, year, options.argumentNames?.certificatePrice);
    const breakdown = computeCbamObligation({ ...rest, quantity: 1, year, certificatePrice: price }, options);
    const freeAllocation = freeAllocationShareFor(year);
    return {
      year,
      freeAllocationShare: freeAllocation.freeAllocationShare,
      phaseInShare: freeAllocation.phaseInShare,
      certificatePrice: breakdown.certificatePrice,
      certificatesPerTonne: breakdown.certificates,
      costPerTonneEur: breakdown.costEur,
      costPerTonneCny: breakdown.costCny,
      warnings: breakdown.warnings,
    };
  });
}
