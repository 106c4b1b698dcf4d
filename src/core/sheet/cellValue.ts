import { foldWidth } from "./normalizeText";

/** A cell as Excel's `range.values` gives it: blanks are "", error values arrive as "#N/A" etc. */
export type RawCell = string | number | boolean | null | undefined;

/** What one cell holds once read. Numbers stored as text ("1,234.5", "12%", "１２３") are numbers. */
export type ParsedCell =
  | { kind: "blank" }
  | { kind: "number"; value: number; percentSign: boolean; fromText: boolean }
  | { kind: "error"; code: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "text"; text: string };

const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

export function isExcelError(text: string): boolean {
  return text.length > 1 && text.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(text.trim().toUpperCase());
}

const BLANK: ParsedCell = { kind: "blank" };

// Plain decimals, or thousands grouped by commas in threes ("1,234.5"); "1,5" stays text so a
// European decimal comma is never read as fifteen.
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:e[+-]?\d+)?$|^[+-]?\.\d+(?:e[+-]?\d+)?$/i;

export function parseCell(raw: RawCell): ParsedCell {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "number", value: raw, percentSign: false, fromText: false } : BLANK;
  }
  if (typeof raw === "boolean") return { kind: "boolean", value: raw };
  const trimmed = raw.trim();
  if (trimmed === "") return BLANK;
  if (isExcelError(trimmed)) return { kind: "error", code: trimmed.toUpperCase() };
  const number = parseNumberText(trimmed);
  return number ?? { kind: "text", text: trimmed };
}

/** "1,234.5" → 1234.5; "12%" / "１２％" → 12 with a percent sign; "(120)" → -120; "(-5)" → null (text). */
export function parseNumberText(text: string): ParsedCell | null {
  let s = foldWidth(text).trim();
  const first = s.charCodeAt(0);
  // Cheap exit for ordinary words: a number starts with a digit, a sign, a dot or "(".
  if (!(
    (first >= 48 && first <= 57) ||
    first === 43 ||
    first === 45 ||
    first === 46 ||
    first === 40 ||
    first === 0x2212
  )) {
    return null;
  }
  s = s.replaceAll("\u2212", "-");
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
    // Accounting brackets mean minus; "(-5)" or "(+5)" has no single reading (it was taken as +5).
    if (s.startsWith("-") || s.startsWith("+")) return null;
  }
  let percentSign = false;
  if (s.endsWith("%")) {
    percentSign = true;
    s = s.slice(0, -1).trim();
  }
  if (!NUMBER_TEXT.test(s)) return null;
  const value = Number(s.replaceAll(",", ""));
  if (!Number.isFinite(value)) return null;
  return { kind: "number", value: negative ? -value : value, percentSign, fromText: true };
}

/** Cell content as display text for messages and labels. */
export function cellText(raw: RawCell): string {
  if (raw === null || raw === undefined) return "";
  return typeof raw === "string" ? raw.trim() : String(raw);
}
