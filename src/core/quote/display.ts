/** Decimal strings for display: fixed decimals, no locale (the UI adds the locale's separators). */
import type Decimal from "decimal.js";

/** "53140.00" — money and per-tonne figures, as rounded by the engine. */
export const money = (amount: Decimal): string => amount.toFixed(2);

/** "1.33" — percent figures, already rounded to 0.01. */
export const percent = (share: Decimal): string => share.toFixed(2);

/** "0.975" — shares as the data table states them. */
export const share = (fraction: Decimal): string => fraction.toString();
