/** Shows a source cell: activates its sheet and selects it (one sync). */
import { runExcel } from "./runExcel";
import { splitSheetAddress } from "./sheetAddress";

export function selectCell(address: string): Promise<void> {
  const { sheetName, local } = splitSheetAddress(address);
  return runExcel(async (context) => {
    const sheet =
      sheetName === null
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(local).select();
    await context.sync();
  });
}
