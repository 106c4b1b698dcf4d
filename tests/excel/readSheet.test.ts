import { readActiveSheet, readSelection, ExcelFailure } from "../../src/excel";
import { samplePark2DValues } from "../../src/core/sheet";
import {
  type ExcelFake,
  SAMPLE_SHEET_NAME,
  addSampleParkSheet,
  addTallSheet,
  installExcelFake,
} from "../support/excelFake";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

async function syncsOf<T>(action: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  fake.state.syncCount = 0;
  const result = await action();
  return { result, syncs: fake.state.syncCount };
}

describe("readActiveSheet", () => {
  it("reads the sample sheet's values, formulas, origin and name in two syncs", async () => {
    addSampleParkSheet(fake.state);
    const { result, syncs } = await syncsOf(readActiveSheet);
    expect(syncs).toBe(2);
    expect(result.sheetName).toBe(SAMPLE_SHEET_NAME);
    expect(result.origin).toBe("A1");
    expect(result.address).toBe(`'${SAMPLE_SHEET_NAME}'!A1:E27`);
    expect(result.values).toEqual(samplePark2DValues());
    expect(result.formulas[7]![1]).toBe("=B6+B7");
    expect(result.values[7]![1]).toBe(110000);
    expect(result.numberFormats[0]![0]).toBe("General");
    expect(result.hiddenRows).toBeUndefined();
  });

  it("uses as many syncs for 10,000 rows as for 1,000 rows", async () => {
    addTallSheet(fake.state, "Small", 1_000);
    addTallSheet(fake.state, "Large", 10_000);
    fake.state.activate("Small");
    const small = await syncsOf(readActiveSheet);
    fake.state.activate("Large");
    const large = await syncsOf(readActiveSheet);
    expect(small.result.values).toHaveLength(1_001);
    expect(large.result.values).toHaveLength(10_001);
    expect(large.result.values[10_000]![0]).toBe("Indicator 10000");
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(small.syncs);
  });

  it("reads a very large range in chunks of 20,000 rows, one sync each", async () => {
    addTallSheet(fake.state, "Huge", 99_999); // + header = 100,000 rows
    fake.state.activate("Huge");
    const { result, syncs } = await syncsOf(readActiveSheet);
    expect(result.values).toHaveLength(100_000);
    expect(result.values[99_999]![1]).toBe(99_998);
    expect(syncs).toBe(1 + 5);
  });

  it("keeps a wide chunk within the cell budget (50 columns → 2,000 rows per sync)", async () => {
    addTallSheet(fake.state, "Wide", 9_999, 50);
    fake.state.activate("Wide");
    const { result, syncs } = await syncsOf(readActiveSheet);
    expect(result.values).toHaveLength(10_000);
    expect(result.values[0]).toHaveLength(50);
    expect(syncs).toBe(1 + 5);
  });

  it("reports the used range's origin when the table does not start at A1", async () => {
    fake.state.addSheet(
      "Offset",
      [
        ["指标", "数值"],
        ["碳排放总量", 5],
      ],
      { origin: "C4" },
    );
    const { result } = await syncsOf(readActiveSheet);
    expect(result.origin).toBe("C4");
    expect(result.values).toEqual([
      ["指标", "数值"],
      ["碳排放总量", 5],
    ]);
  });

  it("returns an empty block for an empty sheet", async () => {
    fake.state.addSheet("Empty");
    const { result, syncs } = await syncsOf(readActiveSheet);
    expect(result).toMatchObject({ sheetName: "Empty", address: null, values: [] });
    expect(syncs).toBe(1);
  });

  it("reports hidden rows of the block", async () => {
    const sheet = addSampleParkSheet(fake.state);
    sheet.hiddenRows.add(5); // row 6
    const { result } = await syncsOf(readActiveSheet);
    expect(result.hiddenRows?.[5]).toBe(true);
    expect(result.hiddenRows?.filter(Boolean)).toHaveLength(1);
  });

  it("fails with a readable kind outside Excel", async () => {
    fake.uninstall();
    await expect(readActiveSheet()).rejects.toMatchObject({ kind: "notInExcel" });
    fake = installExcelFake();
  });

  it("a stray cell at XFD1048576 is 'too large' after one sync, not 17 billion cells read", async () => {
    const sheet = addSampleParkSheet(fake.state);
    sheet.cellForWrite(1_048_575, 16_383).value = "x";
    fake.state.syncCount = 0;
    const failure = await readActiveSheet().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect((failure as ExcelFailure).kind).toBe("tooLarge");
    expect((failure as ExcelFailure).detail).toContain("1048576 × 16384 cells");
    expect(fake.state.syncCount).toBe(1);
    // The table itself is still read through a selection.
    fake.state.select(SAMPLE_SHEET_NAME, "A1:E27");
    expect((await readSelection()).values).toEqual(samplePark2DValues());
  });

  it("translates cell edit mode", async () => {
    addSampleParkSheet(fake.state);
    fake.state.failNextSync("InvalidOperationInCellEditMode");
    const failure = await readActiveSheet().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect((failure as ExcelFailure).kind).toBe("editMode");
  });

  it("lists the sheet's merged areas in the same two syncs", async () => {
    const sheet = addSampleParkSheet(fake.state);
    sheet.merges.push("A5:A6");
    const { result, syncs } = await syncsOf(readActiveSheet);
    expect(syncs).toBe(2);
    expect(result.mergedAreas).toEqual([`'${SAMPLE_SHEET_NAME}'!A5:A6`]);
  });
});

describe("readSelection", () => {
  it("reads the selection clipped to the used range (whole columns selected)", async () => {
    addSampleParkSheet(fake.state);
    fake.state.select(SAMPLE_SHEET_NAME, "A3:B1048576");
    const { result, syncs } = await syncsOf(readSelection);
    expect(syncs).toBe(2);
    expect(result.origin).toBe("A3");
    expect(result.values).toHaveLength(25);
    expect(result.values[0]).toEqual(["指标 Indicator", "数值 Value"]);
  });

  it("returns an empty block when the selection is outside the used range", async () => {
    addSampleParkSheet(fake.state);
    fake.state.select(SAMPLE_SHEET_NAME, "K50");
    const { result } = await syncsOf(readSelection);
    expect(result.values).toEqual([]);
  });
});
