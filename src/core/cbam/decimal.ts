/**
 * The CBAM engine's own Decimal constructor. A clone, so the engine never changes the global
 * decimal.js configuration other modules rely on. 40 significant digits keep certificates exact
 * for any realistic input; money is rounded only where a figure is published (roundToCent).
 */
import Decimal from "decimal.js";

export const CbamDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** What the engine accepts wherever it takes a number: a JS number, a numeric string or a Decimal. */
export type DecimalInput = number | string | Decimal;

export const ZERO = new CbamDecimal(0);
export const ONE = new CbamDecimal(1);

/** Money as it appears on an invoice: half-up to the cent (0.005 → 0.01). */
export function roundToCent(amount: Decimal): Decimal {
  return new CbamDecimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
