/**
 * Fills the given cells (full addresses, e.g. "'园区排放清单'!B5") with the highlight colour and
 * records their previous fill. Two syncs however many cells: read the fills, then write them.
 * Cells highlighted before keep their recorded original fill.
 */
import { SETTING_KEYS, saveSettings } from "./documentSettings";
import { type HighlightedCell, cellKey, readHighlightRecord } from "./highlightRecord";
import { runExcel } from "./runExcel";
import { splitSheetAddress } from "./sheetAddress";

export const HIGHLIGHT_FILL = "#FFC7CE"; // Excel's own "light red fill" for bad values

export async function highlightCells(addresses: readonly string[]): Promise<number> {
  const record = readHighlightRecord();
  const known = new Set(record.map(cellKey));
  const cells = uniqueCells(addresses);
  if (cells.length === 0) return 0;

  return runExcel(async (context) => {
    const sheetFor = (name: string | null): Excel.Worksheet =>
      name === null
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(name);
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    const fills = cells.map((cell) => {
      const fill = sheetFor(cell.sheetName).getRange(cell.address).format.fill;
      fill.load("color,pattern");
      return fill;
    });
    await context.sync();

    const added: HighlightedCell[] = [];
    cells.forEach((cell, index) => {
      const sheetName = cell.sheetName ?? active.name;
      const entry = { sheetName, address: cell.address };
      const fill = fills[index]!;
      if (!known.has(cellKey(entry))) {
        // Excel reports an unfilled cell as #FFFFFF with pattern "None": restore that as "no fill".
        const previousFill = fill.pattern === "None" || !fill.color ? null : fill.color;
        added.push({ ...entry, previousFill });
        known.add(cellKey(entry));
      }
      fill.color = HIGHLIGHT_FILL;
    });
    try {
      await context.sync();
    } finally {
      // Record even if some writes failed: restoring an unchanged cell's own fill is harmless.
      if (added.length > 0) await saveSettings({ [SETTING_KEYS.highlights]: [...record, ...added] });
    }
    return cells.length;
  });
}

function uniqueCells(addresses: readonly string[]): { sheetName: string | null; address: string }[] {
  const seen = new Set<string>();
  const cells: { sheetName: string | null; address: string }[] = [];
  for (const full of addresses) {
    const { sheetName, local } = splitSheetAddress(full);
    const key = `${sheetName ?? ""}\u0000${local.toUpperCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cells.push({ sheetName, address: local });
  }
  return cells;
}
