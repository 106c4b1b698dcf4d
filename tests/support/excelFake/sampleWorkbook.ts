/**
 * The fake pre-filled with the sample park sheet (the validator's own sample data), for component,
 * adapter and e2e tests.
 */
import { SAMPLE_SHEET_NAME, samplePark2DFormulas, samplePark2DValues } from "../../../src/core/sheet";
import type { FakeCellValue, FakeSheetState, FakeWorkbookState } from "./state";

// The core's cells may be null/undefined (blank); Excel's range.values uses "" for blanks.
const asExcelValues = (rows: readonly (readonly unknown[])[]): FakeCellValue[][] =>
  rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : (cell as FakeCellValue))));

export { SAMPLE_SHEET_NAME };

export function addSampleParkSheet(state: FakeWorkbookState, name = SAMPLE_SHEET_NAME): FakeSheetState {
  const sheet = state.addSheet(name, asExcelValues(samplePark2DValues()), {
    formulas: asExcelValues(samplePark2DFormulas()),
  });
  state.activate(name);
  return sheet;
}

/** A tall sheet: header row + `rows` data rows of `columns` columns (for sync-count tests). */
export function addTallSheet(
  state: FakeWorkbookState,
  name: string,
  rows: number,
  columns = 5,
): FakeSheetState {
  const header = ["指标 Indicator", "数值 Value", "单位 Unit", "年份 Year", "备注 Note"];
  while (header.length < columns) header.push(`Extra ${header.length + 1}`);
  const values: (string | number)[][] = [header.slice(0, columns)];
  for (let i = 0; i < rows; i++) {
    const row: (string | number)[] = [`Indicator ${i + 1}`, i, "tCO2", 2024, ""];
    while (row.length < columns) row.push(i);
    values.push(row.slice(0, columns));
  }
  return state.addSheet(name, values);
}
