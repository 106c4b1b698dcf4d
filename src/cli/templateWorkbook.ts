import type ExcelJS from "exceljs";
import { TEMPLATE_SHEETS_READ, type TemplateCell, type TemplateWorkbook } from "../core/supplier";
import { rangeValueOf } from "./exceljsCell";
import { loadWorkbook } from "./readWorkbook";

/** An exceljs cell as the supplier reader wants it: value as Excel shows it, formula flag, cached result or not. */
export function templateCellOf(cell: ExcelJS.Cell): TemplateCell {
  const raw = cell.value;
  const isFormula = raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw);
  const hasCachedValue = !isFormula || (raw as { result?: unknown }).result !== undefined;
  return { value: rangeValueOf(cell), isFormula, hasCachedValue };
}

export function templateWorkbookOf(workbook: ExcelJS.Workbook): TemplateWorkbook {
  return {
    sheetNames: workbook.worksheets.map((sheet) => sheet.name),
    sheet(name) {
      const sheet = workbook.getWorksheet(name);
      if (!sheet) return undefined;
      return {
        name: sheet.name,
        cell(row, column) {
          const cell = sheet.findCell(row, column);
          return cell === undefined ? undefined : templateCellOf(cell);
        },
      };
    },
  };
}

/** Reads a Communication template file, parsing only the sheets the reader uses. */
export async function loadTemplateWorkbook(file: string): Promise<TemplateWorkbook> {
  return templateWorkbookOf(await loadWorkbook(file, { onlySheets: TEMPLATE_SHEETS_READ }));
}
