/** One import line's CBAM cost as a plain number (for CBAM_COST). */
import { computeCbamObligation } from "./computeCbamObligation";
import type { CbamArgumentNames } from "./readObligationInput";
import type { CbamObligationInput } from "./types";

/**
 * The cost in EUR, rounded half-up to the cent, as a JS number for a spreadsheet cell. For exact
 * totals, sum the breakdowns' Decimal `costEur` with sumCosts rather than adding these numbers.
 * @throws InputError naming the argument, as computeCbamObligation.
 */
export function cbamCostEur(
  input: CbamObligationInput,
  options: { argumentNames?: CbamArgumentNames } = {},
): number {
  return computeCbamObligation(input, options).costEur.toNumber();
}
