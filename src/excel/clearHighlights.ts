/**
 * Restores the fills recorded by highlightCells and forgets them. Two syncs: which recorded
 * sheets still exist, then all restores in one batch. Cells on deleted sheets are skipped.
 */
import { SETTING_KEYS, saveSettings } from "./documentSettings";
import { readHighlightRecord } from "./highlightRecord";
import { runExcel } from "./runExcel";

export async function clearHighlights(): Promise<number> {
  const record = readHighlightRecord();
  if (record.length === 0) return 0;

  const restored = await runExcel(async (context) => {
    const names = [...new Set(record.map((cell) => cell.sheetName))];
    const sheets = new Map(
      names.map((name) => [name, context.workbook.worksheets.getItemOrNullObject(name)]),
    );
    await context.sync();

    let count = 0;
    for (const cell of record) {
      const sheet = sheets.get(cell.sheetName)!;
      if (sheet.isNullObject) continue;
      const fill = sheet.getRange(cell.address).format.fill;
      if (cell.previousFill === null) fill.clear();
      else fill.color = cell.previousFill;
      count++;
    }
    await context.sync();
    return count;
  });
  await saveSettings({ [SETTING_KEYS.highlights]: undefined });
  return restored;
}
