/** The certificates one import line must surrender (for CBAM_CERTIFICATES). */
import type Decimal from "decimal.js";
import { computeCbamObligation } from "./computeCbamObligation";
import type { CbamArgumentNames } from "./readObligationInput";
import type { CbamObligationInput } from "./types";

/**
 * max(0, Q × SEE − FAA − D), or 0 in the transitional period or under de minimis, at full
 * precision: certificates are not rounded by the engine (round only for display).
 * @throws InputError naming the argument, as computeCbamObligation.
 */
export function certificatesFor(
  input: CbamObligationInput,
  options: { argumentNames?: CbamArgumentNames } = {},
): Decimal {
  return computeCbamObligation(input, options).certificates;
}
