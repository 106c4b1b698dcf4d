import {
  insertTemplateSheet,
  loadProfileChoice,
  saveProfileChoice,
  selectCell,
  splitSheetAddress,
  toExcelFailure,
} from "../../src/excel";
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

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    fake.state.addSheet("Other", [[1]]);
    fake.state.activate("Other");
    fake.state.syncCount = 0;
    await selectCell(`'${SAMPLE_SHEET_NAME}'!B5`);
    expect(fake.state.syncCount).toBe(1);
    expect(fake.state.activeSheet.name).toBe(SAMPLE_SHEET_NAME);
    expect(fake.state.selectionAddress).toBe(`${SAMPLE_SHEET_NAME}!B5`);
  });

  it("says when the sheet no longer exists", async () => {
    await expect(selectCell("Gone!A1")).rejects.toMatchObject({ kind: "notFound" });
  });
});

describe("insertTemplateSheet", () => {
  it("adds a new sheet each time, never over existing cells", async () => {
    fake.state.addSheet("Template", [["user"]]);
    const first = await insertTemplateSheet("Template", [["t"], ["h1"]], 1);
    const second = await insertTemplateSheet("Template", [["t"], ["h1"]], 1);
    expect([first.sheetName, second.sheetName]).toEqual(["Template (2)", "Template (3)"]);
    expect(fake.state.sheet("Template").cell(0, 0)?.value).toBe("user");
    expect(fake.state.sheet("Template (2)").cell(1, 0)).toMatchObject({ value: "h1", bold: true });
    expect(fake.state.activeSheet.name).toBe("Template (3)");
  });
});

describe("profile choice", () => {
  it("persists with saveAsync", async () => {
    expect(loadProfileChoice()).toBeUndefined();
    await saveProfileChoice(["tedi-core", "jiangsu-intensity"]);
    expect(fake.settings.saveCount).toBe(1);
    expect(loadProfileChoice()).toEqual(["tedi-core", "jiangsu-intensity"]);
  });

  it("rejects (no unhandled rejection) when saving fails", async () => {
    fake.settings.failNextSave = true;
    await expect(saveProfileChoice(["tedi-core"])).rejects.toMatchObject({ kind: "settingsNotSaved" });
  });
});

describe("addresses and errors", () => {
  it("splits quoted sheet names", () => {
    expect(splitSheetAddress("'Park ''A'' 排放'!B5")).toEqual({ sheetName: "Park 'A' 排放", local: "B5" });
    expect(splitSheetAddress("Sheet1!A1:C3")).toEqual({ sheetName: "Sheet1", local: "A1:C3" });
    expect(splitSheetAddress("C7")).toEqual({ sheetName: null, local: "C7" });
  });

  it("maps Office error codes to kinds", () => {
    const kinds = [
      "AccessDenied",
      "InvalidOperationInCellEditMode",
      "ResponsePayloadSizeLimitExceeded",
      "InvalidArgument",
      "ItemNotFound",
      "Odd",
    ].map((code) => toExcelFailure(Object.assign(new Error("x"), { code })).kind);
    expect(kinds).toEqual(["protected", "editMode", "tooLarge", "invalidArgument", "notFound", "unknown"]);
  });
});
