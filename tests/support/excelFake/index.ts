/**
 * In-memory stand-in for the subset of the Excel JS API the add-in uses (see README.md in this
 * folder): workbook state, load/sync semantics with sync counting, protected sheets, settings.
 */
export { FakeOfficeError, type FakeErrorCode } from "./errors";
export {
  FakeWorkbookState,
  FakeSheetState,
  type FakeCell,
  type FakeCellValue,
  type FakeChartState,
  WHOLE_SHEET,
} from "./state";
export { FakeRequestContext, FakeWorkbook, runBatch } from "./context";
export { FakeRange } from "./range";
export { FakeWorksheet, FakeWorksheetCollection } from "./worksheet";
export { FakeTable, FakeTableCollection, FakeWorkbookTableCollection } from "./tables";
export { FakeChart, FakeChartCollection } from "./quoteCharts";
export { FakeSettings, type FakeOfficeTheme } from "./office";
export { parseArea, areaAddress, columnLetters, type Area } from "./address";
export {
  createExcelFake,
  installExcelFake,
  installExcelFakeInBrowser,
  type ExcelFake,
  type ExcelFakeOptions,
} from "./install";
export { addSampleParkSheet, addTallSheet, SAMPLE_SHEET_NAME } from "./sampleWorkbook";
