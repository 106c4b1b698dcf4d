import * as path from "node:path";
import {
  SAMPLE_SCOPE_SHEET_NAME,
  SAMPLE_SHEET_NAME,
  samplePark2DFormulas,
  samplePark2DValues,
  sampleScopeTable2DValues,
} from "../../src/core/sheet";
import { loadWorkbook, pickSheet, sheetInput } from "../../src/cli/readWorkbook";

const SAMPLE = path.resolve(__dirname, "../../assets/sample-park.xlsx");

/** Trailing blanks exceljs leaves out of a row's width. */
const trimmed = (rows: readonly (readonly unknown[])[]) =>
  rows.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === "") copy.pop();
    return copy;
  });

describe("assets/sample-park.xlsx", () => {
  it("holds exactly samplePark2DValues() on its active sheet (regenerate with makeSampleWorkbook otherwise)", async () => {
    const workbook = await loadWorkbook(SAMPLE);
    const input = sheetInput(pickSheet(workbook, undefined));
    expect(input.sheetName).toBe(SAMPLE_SHEET_NAME);
    expect(trimmed(input.values)).toEqual(trimmed(samplePark2DValues()));
    expect(trimmed(input.formulas!)).toEqual(trimmed(samplePark2DFormulas()));
  });

  it("holds the Scope-table sheet", async () => {
    const workbook = await loadWorkbook(SAMPLE);
    expect(trimmed(sheetInput(pickSheet(workbook, SAMPLE_SCOPE_SHEET_NAME)).values)).toEqual(
      trimmed(sampleScopeTable2DValues()),
    );
  });
});
