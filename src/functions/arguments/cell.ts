/**
 * One argument element as Excel hands it to a custom function, classified. Excel passes numbers,
 * strings, booleans, null for a blank cell or an omitted optional argument, and (when the metadata
 * allows it) CustomFunctions.Error objects for error cells and data-type objects
 * ({ type, basicValue }) for formatted numbers and entities. Text is read by the same rules as the
 * sheet validator (core/sheet/cellValue): "1,234.5", " 12 ", "12%", "(120)", full-width digits.
 */
import { parseCell } from "../../core/sheet/cellValue";
import { isExcelErrorValue } from "../errors";

export type Cell =
  | { kind: "blank" }
  | { kind: "number"; value: number; percentSign: boolean; fromText: boolean }
  | { kind: "boolean"; value: boolean }
  | { kind: "text"; text: string }
  | { kind: "error"; code: string };

const BLANK: Cell = { kind: "blank" };

export function readCell(raw: unknown, depth = 0): Cell {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? { kind: "number", value: raw, percentSign: false, fromText: false }
      : { kind: "error", code: "#NUM!" };
  }
  if (typeof raw === "boolean") return { kind: "boolean", value: raw };
  if (typeof raw === "string") {
    const parsed = parseCell(raw);
    return parsed.kind === "number"
      ? { kind: "number", value: parsed.value, percentSign: parsed.percentSign, fromText: parsed.fromText }
      : parsed;
  }
  if (isExcelErrorValue(raw)) return { kind: "error", code: raw.code };
  if (typeof raw === "object" && !Array.isArray(raw) && depth === 0) {
    // Excel data types: { type: "Double", basicValue: 12 }, { type: "Error", basicValue: "#DIV/0!" }.
    const { type, basicValue } = raw as { type?: unknown; basicValue?: unknown };
    if (type === "Error")
      return { kind: "error", code: typeof basicValue === "string" ? basicValue : "#VALUE!" };
    if (basicValue !== undefined) return readCell(basicValue, depth + 1);
  }
  return { kind: "text", text: describe(raw) };
}

/** How a value is quoted in a message. */
export function describe(raw: unknown): string {
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "number") return String(raw);
  if (Array.isArray(raw)) return "(array)";
  return raw === null || raw === undefined ? "" : "(object)";
}
