/**
 * Inserts a blank emission-sheet template on a new sheet (never over existing cells): a free name
 * is picked from the workbook's sheet names. Two syncs.
 */
import { runExcel } from "./runExcel";
import { freeSheetName } from "./sheetNames";
import { type WritableCell, writeRowsFromA1 } from "./writeValues";

export interface TemplateInserted {
  sheetName: string;
}

/** `headerRow` is 0-based: that row is made bold (the template's column headers). */
export function insertTemplateSheet(
  baseName: string,
  rows: readonly (readonly WritableCell[])[],
  headerRow: number,
): Promise<TemplateInserted> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const name = freeSheetName(
      baseName,
      worksheets.items.map((sheet) => sheet.name),
    );
    const sheet = worksheets.add(name);
    await writeRowsFromA1(context, sheet, rows);
    const width = rows[0]?.length ?? 1;
    sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
    sheet.getRangeByIndexes(headerRow, 0, 1, width).format.font.bold = true;
    sheet
      .getRangeByIndexes(headerRow, 0, Math.max(1, rows.length - headerRow), width)
      .format.autofitColumns();
    sheet.activate();
    await context.sync();
    return { sheetName: name };
  });
}
