/**
 * exceljs → the supplier reader's cells. No Node imports: the command line and the task pane's
 * file reader (a lazily loaded chunk) both use it.
 */
import type ExcelJS from "exceljs";
import type { TemplateCell, TemplateWorkbook } from "../core/supplier";
import { rangeValueOf } from "./exceljsCell";

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
