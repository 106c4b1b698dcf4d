import type ExcelJS from "exceljs";
import type { RawCell } from "../core/sheet/cellValue";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** A JS Date (exceljs reads date-formatted cells as Dates) → the serial Excel's range.values gives. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * One exceljs cell as Excel's range.values would give it: formula cells → their cached result
 * (exceljs does not calculate), rich text → its text, errors → "#N/A", dates → serial numbers,
 * the non-top-left cells of a merge → "" (exceljs repeats the master's value there).
 */
export function rangeValueOf(cell: ExcelJS.Cell): RawCell {
  if (cell.isMerged && cell.master !== cell) return "";
  return plainValue(cell.value);
}

function plainValue(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    // A formula never calculated (no cached result) reads as blank, as in Excel before recalculation.
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result !== null && typeof result === "object" && !(result instanceof Date) && "error" in result)
      return result.error;
    return plainValue(result);
  }
  if ("text" in value) return value.text;
  return "";
}

/** The formula as range.formulas shows it ("=B6+B7"), or the value for constant cells. */
export function rangeFormulaOf(cell: ExcelJS.Cell, value: RawCell): RawCell {
  // cell.formula also resolves shared formulas, whose value is only { sharedFormula: "F3" }.
  const formula = cell.formula;
  return typeof formula === "string" && formula !== "" ? `=${formula}` : value;
}
