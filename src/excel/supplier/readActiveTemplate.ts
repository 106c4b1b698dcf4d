/**
 * Reads the active workbook's Communication template cells for the supplier reader: two syncs
 * whatever the file holds (sheet names, then values and formulas of the three sheets' used
 * blocks in one batch). Office always returns calculated values, so every formula has its value.
 */
import {
  COMMUNICATION_SHEET,
  sheetFromRows,
  TEMPLATE_SHEETS_READ,
  type TemplateSheet,
  type TemplateWorkbook,
} from "../../core/supplier";
import { runExcel } from "../runExcel";

/** Rows 1–130 and columns A–BJ hold everything the reader looks at (products end at row 125, headers at BA). */
export const TEMPLATE_READ_AREA = "A1:BJ130";

/** The template's cells, or null when the active workbook has no Summary_Communication sheet. */
export function readActiveTemplate(): Promise<TemplateWorkbook | null> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const sheetNames = worksheets.items.map((sheet) => sheet.name);
    if (!sheetNames.includes(COMMUNICATION_SHEET)) return null;
    const ranges = TEMPLATE_SHEETS_READ.filter((name) => sheetNames.includes(name)).map((name) => {
      const range = worksheets.getItem(name).getRange(TEMPLATE_READ_AREA);
      range.load("values,formulas");
      return { name, range };
    });
    await context.sync();
    const sheets = new Map<string, TemplateSheet>(
      ranges.map(({ name, range }) => [name, sheetFromRows(name, range.values, range.formulas)]),
    );
    return { sheetNames, sheet: (name: string) => sheets.get(name) };
  });
}
