/**
 * Thin Excel I/O for the task pane (Office.js): bulk reads and writes with a fixed number of
 * context.sync() calls, errors translated to ExcelFailure. No domain logic: callers pass what to
 * write and get plain data back.
 */
export { ExcelFailure, toExcelFailure, type ExcelFailureKind } from "./excelFailure";
export { isExcelAvailable, officeDisplayLanguage, officeTheme } from "./officeHost";
export {
  readActiveSheet,
  readSelection,
  type SheetSnapshot,
  type ReadScope,
  type CellValue,
} from "./readSheet";
export { writeReportSheet, type ReportWritten } from "./writeReportSheet";
export { insertTemplateSheet, type TemplateInserted } from "./insertTemplateSheet";
export { highlightCells, HIGHLIGHT_FILL } from "./highlightCells";
export { clearHighlights } from "./clearHighlights";
export { readHighlightRecord, type HighlightedCell } from "./highlightRecord";
export { selectCell } from "./selectCell";
export { loadProfileChoice, saveProfileChoice } from "./profileChoice";
export { loadLanguageChoice, saveLanguageChoice } from "./languageChoice";
export { SETTING_KEYS } from "./documentSettings";
export { splitSheetAddress } from "./sheetAddress";
export {
  rowsPerChunk,
  MAX_BLOCK_CELLS,
  MAX_CHUNK_ROWS,
  CELL_BUDGET_PER_SYNC,
  HIDDEN_ROW_SCAN_LIMIT,
} from "./readLimits";
