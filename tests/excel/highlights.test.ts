import { HIGHLIGHT_FILL, SETTING_KEYS, clearHighlights, highlightCells } from "../../src/excel";
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

const cell = (address: string) => `'${SAMPLE_SHEET_NAME}'!${address}`;

describe("highlightCells / clearHighlights", () => {
  it("highlights in two syncs, then restores the previous fills (none and yellow)", async () => {
    const sheet = fake.state.sheet(SAMPLE_SHEET_NAME);
    sheet.cellForWrite(4, 1).fill = "#FFFF00"; // B5 was yellow
    fake.state.syncCount = 0;
    const count = await highlightCells([cell("B5"), cell("B8"), cell("B5")]);
    expect(count).toBe(2);
    expect(fake.state.syncCount).toBe(2);
    expect(sheet.cell(4, 1)?.fill).toBe(HIGHLIGHT_FILL);
    expect(sheet.cell(7, 1)?.fill).toBe(HIGHLIGHT_FILL);
    expect(fake.settings.saved.get(SETTING_KEYS.highlights)).toEqual([
      { sheetName: SAMPLE_SHEET_NAME, address: "B5", previousFill: "#FFFF00" },
      { sheetName: SAMPLE_SHEET_NAME, address: "B8", previousFill: null },
    ]);

    // highlighting again must not record our own colour as the "previous" fill
    await highlightCells([cell("B5")]);
    fake.state.syncCount = 0;
    expect(await clearHighlights()).toBe(2);
    expect(fake.state.syncCount).toBe(2);
    expect(sheet.cell(4, 1)?.fill).toBe("#FFFF00");
    expect(sheet.cell(7, 1)?.fill).toBeUndefined();
    expect(fake.settings.saved.has(SETTING_KEYS.highlights)).toBe(false);
  });

  it("skips cells whose sheet was deleted", async () => {
    fake.state.addSheet("Other", [[1]]);
    await highlightCells(["Other!A1", cell("B5")]);
    fake.state.sheets.splice(fake.state.sheets.indexOf(fake.state.sheet("Other")), 1);
    expect(await clearHighlights()).toBe(1);
    expect(fake.state.sheet(SAMPLE_SHEET_NAME).cell(4, 1)?.fill).toBeUndefined();
  });

  it("reports a protected sheet as such", async () => {
    fake.state.sheet(SAMPLE_SHEET_NAME).protected = true;
    await expect(highlightCells([cell("B5")])).rejects.toMatchObject({ kind: "protected" });
  });
});
