/**
 * The one way numbers enter the engine: a finite JS number, a plain decimal string ("1.37",
 * " -2e3 ") or a Decimal. Anything else is an InputError naming the argument.
 */
import Decimal from "decimal.js";
import { InputError } from "../shared/inputError";
import { CbamDecimal } from "./decimal";

// Plain decimal notation only: decimal.js would also read "0x1f", "Infinity" and "NaN".
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function notANumber(argument: string, shown: string): InputError {
  return new InputError("value", argument, {
    en: `${argument} must be a number (got ${shown}).`,
    zh: `${argument} 必须是数字（输入值：${shown}）。`,
  });
}

function notFinite(argument: string, shown: string): InputError {
  return new InputError("number", argument, {
    en: `${argument} must be a finite number (got ${shown}).`,
    zh: `${argument} 必须是有限数值（输入值：${shown}）。`,
  });
}

/** Converts a number, numeric string or Decimal to the engine's Decimal, or throws an InputError. */
export function coerceDecimal(value: unknown, argument: string): Decimal {
  if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) throw notFinite(argument, value.toString());
    return new CbamDecimal(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw notFinite(argument, String(value));
    return new CbamDecimal(value);
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (!DECIMAL_TEXT.test(text)) throw notANumber(argument, `"${value}"`);
    return new CbamDecimal(text);
  }
  throw notANumber(argument, value === null ? "null" : typeof value);
}
