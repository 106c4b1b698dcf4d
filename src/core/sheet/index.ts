/**
 * Emission-sheet validator (shared/spec/emission-sheet.md): pure TypeScript over the 2D values
 * Excel's range.values gives. Finds the table, recognises indicators with the park catalog,
 * converts units, derives ratios, runs the threshold profiles, scores TEDI and the 22-standard
 * coverage, and renders report rows / a checklist. Never modifies its input.
 */
export * from "./types";
export {
  validateSheet,
  validateSheetAsync,
  validateSheetSteps,
  type AsyncValidateOptions,
} from "./validateSheet";
export { DEFAULT_CHUNK_ROWS } from "./resolveOptions";
export { quoteSheetName, columnLetters, parseOrigin } from "./a1";
export { isDateFormat } from "./numberFormat";
export { parseCell, type ParsedCell } from "./cellValue";
export { reportRows, type ReportCell } from "./reportRows";
export { compareParks, noticeCoreCheck, type ParkComparisonRow } from "./compareParks";
export { comparisonCells, yearText } from "./reportComparison";
export { validationJson, type ParkJson, type ValidationJson } from "./resultJson";
export { renderChecklist, type ChecklistOptions } from "./reportChecklist";
export { reportSheetName, isReportSheetName, REPORT_SHEET_PREFIX } from "./reportSheetName";
export { displayValue } from "./reportValues";
export { fixHint } from "./fixHint";
export {
  SAMPLE_SHEET_NAME,
  SAMPLE_SCOPE_SHEET_NAME,
  samplePark2DValues,
  sampleScopeTable2DValues,
  samplePark2DFormulas,
  sampleParkInput,
} from "./samplePark";
