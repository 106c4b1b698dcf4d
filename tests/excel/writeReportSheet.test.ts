import { ExcelFailure, SETTING_KEYS, writeReportSheet } from "../../src/excel";
import { samplePark2DValues } from "../../src/core/sheet";
import {
  type ExcelFake,
  SAMPLE_SHEET_NAME,
  addSampleParkSheet,
  installExcelFake,
} from "../support/excelFake";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
  addSampleParkSheet(fake.state);
});
afterEach(() => fake.uninstall());

const REPORT = "ZC校验 Test";
const rowsA = [
  ["Report", "", ""],
  ["a", 1, 2],
  ["b", 3, 4],
];
const rowsB = [
  ["Report", ""],
  ["c", 5],
];

describe("writeReportSheet", () => {
  it("writes the rows to a new sheet in two syncs and remembers the sheet as ours", async () => {
    fake.state.syncCount = 0;
    const written = await writeReportSheet(REPORT, rowsA);
    expect(fake.state.syncCount).toBe(2);
    expect(written).toEqual({ sheetName: REPORT, replaced: false, rows: 3 });
    const sheet = fake.state.sheet(REPORT);
    expect(sheet.valuesOf({ top: 0, left: 0, rows: 3, columns: 3 })).toEqual(rowsA);
    expect(sheet.cell(0, 0)?.bold).toBe(true);
    expect(fake.state.activeSheet.name).toBe(REPORT);
    expect(fake.settings.saved.get(SETTING_KEYS.reportSheets)).toEqual([sheet.id]);
  });

  it("replaces its own report on re-run and leaves the user's sheet untouched", async () => {
    await writeReportSheet(REPORT, rowsA);
    const second = await writeReportSheet(REPORT, rowsB);
    expect(second.replaced).toBe(true);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([SAMPLE_SHEET_NAME, REPORT]);
    const sheet = fake.state.sheet(REPORT);
    expect(sheet.usedArea()).toEqual({ top: 0, left: 0, rows: 2, columns: 2 });
    expect(sheet.valuesOf({ top: 0, left: 0, rows: 2, columns: 2 })).toEqual(rowsB);
    expect(fake.state.sheet(SAMPLE_SHEET_NAME).valuesOf({ top: 0, left: 0, rows: 27, columns: 5 })).toEqual(
      samplePark2DValues(),
    );
  });

  it("never overwrites a user sheet that has the report's name", async () => {
    const users = fake.state.addSheet(REPORT, [["my data"]]);
    const written = await writeReportSheet(REPORT, rowsA);
    expect(written.sheetName).toBe(`${REPORT} (2)`);
    expect(users.valuesOf({ top: 0, left: 0, rows: 1, columns: 1 })).toEqual([["my data"]]);
    const again = await writeReportSheet(REPORT, rowsB);
    expect(again).toMatchObject({ sheetName: `${REPORT} (2)`, replaced: true });
    expect(fake.state.sheets).toHaveLength(3);
  });

  it("chunks a report taller than one sync's budget", async () => {
    const tall = Array.from({ length: 45_000 }, (_, i) => [`row ${i}`, i]);
    fake.state.syncCount = 0;
    await writeReportSheet(REPORT, tall);
    // names, then chunks of 20,000 rows: two extra syncs, the last chunk goes with the final batch
    expect(fake.state.syncCount).toBe(4);
    expect(fake.state.sheet(REPORT).cell(44_999, 1)?.value).toBe(44_999);
  });

  it("explains a protected report sheet", async () => {
    await writeReportSheet(REPORT, rowsA);
    fake.state.sheet(REPORT).protected = true;
    const failure = await writeReportSheet(REPORT, rowsB).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect((failure as ExcelFailure).kind).toBe("protected");
  });
});
