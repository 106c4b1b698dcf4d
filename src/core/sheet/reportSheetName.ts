/** Excel's limits on sheet names. */
const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;
export const REPORT_SHEET_PREFIX = "ZC校验 ";

/**
 * The report sheet's name for a source sheet: stable (the task pane replaces it on re-run) and
 * prefixed so it cannot be mistaken for, or collide with, a user's sheet.
 */
export function reportSheetName(sourceSheetName: string): string {
  const cleaned = sourceSheetName.replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "");
  return (REPORT_SHEET_PREFIX + cleaned).slice(0, MAX_SHEET_NAME).trimEnd();
}

/** True for sheets this add-in created as reports (so they are never validated as input). */
export function isReportSheetName(name: string): boolean {
  return name.startsWith(REPORT_SHEET_PREFIX);
}
