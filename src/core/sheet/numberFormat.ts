import type { RawCell } from "./cellValue";

/** A "%" number format: Excel stores 12 % as 0.12. */
export function isPercentFormat(format: RawCell): boolean {
  return typeof format === "string" && format.includes("%");
}

// Quoted literals, bracketed sections ([Red], [$-409]) and escaped or padding characters (\x, _x,
// *x) carry no date tokens of their own.
const LITERALS = /"[^"]*"|\[[^\]]*\]|\\.|[_*]./g;
const DATE_TOKEN = /[dmyhs]|\u5e74|\u6708|\u65e5/i;

/**
 * A date or time number format ("yyyy-mm-dd", "m/d/yy", "h:mm", "yyyy年m月d日"): Excel's
 * range.values gives such a cell as a serial number (45383 for 2024-04-01), never as the date.
 */
export function isDateFormat(format: RawCell): boolean {
  if (typeof format !== "string" || format === "" || format === "General" || format === "@") return false;
  return DATE_TOKEN.test(format.replace(LITERALS, ""));
}
