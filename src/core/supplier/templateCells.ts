import type { RawCell } from "../sheet/cellValue";

/**
 * One cell of a workbook as an adapter hands it to the supplier reader: the value Excel's
 * `range.values` would give (dates as serial numbers, errors as "#N/A"…), whether the cell holds a
 * formula, and whether that formula was saved with a result. A formula never calculated (files
 * written by other tools, rows the template leaves unused) has no cached value and reads as blank.
 */
export interface TemplateCell {
  value: RawCell;
  isFormula: boolean;
  hasCachedValue: boolean;
}

/** One sheet; rows and columns are 1-based as on screen (row 25, column F = 6). */
export interface TemplateSheet {
  readonly name: string;
  cell(row: number, column: number): TemplateCell | undefined;
}

/**
 * A workbook as the reader sees it. The CLI builds it from exceljs, the task pane from Office.js or
 * an in-browser xlsx read; the reader asks only for the sheets it needs, so an adapter may load lazily.
 */
export interface TemplateWorkbook {
  readonly sheetNames: readonly string[];
  sheet(name: string): TemplateSheet | undefined;
}

/** A plain in-memory sheet from a 2D array of values (row 1 first); for adapters and tests. */
export function sheetFromRows(
  name: string,
  rows: readonly (readonly RawCell[])[],
  formulas?: readonly (readonly RawCell[])[],
): TemplateSheet {
  return {
    name,
    cell(row, column) {
      const value = rows[row - 1]?.[column - 1];
      if (value === undefined) return undefined;
      const formula = formulas?.[row - 1]?.[column - 1];
      const isFormula = typeof formula === "string" && formula.startsWith("=");
      return { value, isFormula, hasCachedValue: true };
    },
  };
}

/** The value a cell shows: "" for a missing cell, a blank or a formula saved without a result. */
export function shownValue(cell: TemplateCell | undefined): RawCell {
  if (cell === undefined || (cell.isFormula && !cell.hasCachedValue)) return "";
  return cell.value ?? "";
}
