/**
 * Reads a template file the user picked, in the browser. This module is its own webpack chunk
 * (exceljs and jszip are large): the pane loads it only when a file is picked.
 */
import ExcelJS from "exceljs";
import { templateWorkbookOf } from "../../cli/exceljsTemplate";
import { keepOnlySheets } from "../../cli/keepOnlySheets";
import { TEMPLATE_SHEETS_READ, type TemplateWorkbook } from "../../core/supplier";

export async function readTemplateFile(bytes: ArrayBuffer): Promise<TemplateWorkbook> {
  const kept = await keepOnlySheets(new Uint8Array(bytes), TEMPLATE_SHEETS_READ);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(kept as unknown as ArrayBuffer);
  return templateWorkbookOf(workbook);
}
