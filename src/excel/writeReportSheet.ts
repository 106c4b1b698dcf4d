/**
 * Writes the validation report to a sheet of its own, replaced on re-run. The sheet is ours only
 * if its id is in the document settings list we keep; a user sheet that happens to have the name
 * is never touched (the report takes "name (2)" instead). Two syncs: sheet names, then all
 * writes (clear or add, values, formats, activate) in one batch.
 */
import { SETTING_KEYS, isStringArray, readSetting, saveSettings } from "./documentSettings";
import { runExcel } from "./runExcel";
import { nameCandidates } from "./sheetNames";
import { type WritableCell, writeRowsFromA1 } from "./writeValues";

export interface ReportWritten {
  sheetName: string;
  /** True when an earlier report sheet of ours was replaced. */
  replaced: boolean;
  rows: number;
}

export async function writeReportSheet(
  baseName: string,
  rows: readonly (readonly WritableCell[])[],
): Promise<ReportWritten> {
  const ownedIds = readSetting(SETTING_KEYS.reportSheets, isStringArray) ?? [];
  const written = await runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    await context.sync();

    const byName = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
    let target: { name: string; existing: Excel.Worksheet | undefined } | undefined;
    for (const candidate of nameCandidates(baseName)) {
      const existing = byName.get(candidate.toLowerCase());
      if (!existing || ownedIds.includes(existing.id)) {
        target = { name: candidate, existing };
        break;
      }
    }
    const { name, existing } = target!;

    const sheet = existing ?? worksheets.add(name);
    // Replace, not append: clear contents and formats of our previous report.
    if (existing) sheet.getRange().clear("All");
    await writeRowsFromA1(context, sheet, rows);
    if (rows.length > 0) {
      const width = rows[0]!.length;
      sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
      sheet.getRangeByIndexes(0, 0, rows.length, Math.min(width, 10)).format.autofitColumns();
    }
    sheet.activate();
    sheet.load("id");
    await context.sync();
    return { sheetName: name, replaced: existing !== undefined, rows: rows.length, id: sheet.id };
  });

  if (!ownedIds.includes(written.id))
    await saveSettings({ [SETTING_KEYS.reportSheets]: [...ownedIds, written.id] });
  return { sheetName: written.sheetName, replaced: written.replaced, rows: written.rows };
}
