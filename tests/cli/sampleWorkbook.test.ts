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

/**
 * The sparse block the reader returns (only rows that hold data, rowNumbers naming them; only the
 * cells that hold data) laid out densely again, trailing blanks dropped, to compare with the source.
 */
const trimmed = (rows: readonly (readonly unknown[])[], rowNumbers?: readonly number[]) => {
  const dense: unknown[][] = [];
  rows.forEach((row, index) => {
    const at = rowNumbers ? rowNumbers[index]! - 1 : index;
    while (dense.length < at) dense.push([]);
    dense[at] = Array.from(row, (cell) => cell ?? "");
  });
  return dense.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === "") copy.pop();
    return copy;
  });
};

describe("assets/sample-park.xlsx", () => {
  it("holds exactly samplePark2DValues() on its active sheet (regenerate with makeSampleWorkbook otherwise)", async () => {
    const workbook = await loadWorkbook(SAMPLE);
    const input = sheetInput(pickSheet(workbook, undefined));
    expect(input.sheetName).toBe(SAMPLE_SHEET_NAME);
    expect(trimmed(input.values, input.rowNumbers)).toEqual(trimmed(samplePark2DValues()));
    expect(trimmed(input.formulas!, input.rowNumbers)).toEqual(trimmed(samplePark2DFormulas()));
  });

  it("holds the Scope-table sheet", async () => {
    const workbook = await loadWorkbook(SAMPLE);
    const input = sheetInput(pickSheet(workbook, SAMPLE_SCOPE_SHEET_NAME));
    expect(trimmed(input.values, input.rowNumbers)).toEqual(trimmed(sampleScopeTable2DValues()));
  });
});
