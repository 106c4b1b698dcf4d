/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { sampleParkInput, samplePark2DValues, validateSheet } from "../../../src/core/sheet";
import { HIGHLIGHT_FILL, SETTING_KEYS } from "../../../src/excel";
import { type ExcelFake, SAMPLE_SHEET_NAME } from "../../support/excelFake";
import { renderApp, setUpFake, text } from "../renderApp";

const REPORT_SHEET = `ZC校验 ${SAMPLE_SHEET_NAME}`;
const expected = validateSheet(sampleParkInput());
let fake: ExcelFake;

beforeEach(() => {
  fake = setUpFake();
});
afterEach(() => fake.uninstall());

function checkItem(checkId: string): HTMLElement {
  const item = document.querySelector<HTMLElement>(`li[data-check-id="${checkId}"]`);
  if (!item) throw new Error(`no check ${checkId}`);
  return item;
}

async function validateSample() {
  const app = await renderApp();
  await app.user.click(screen.getByRole("button", { name: "Validate active sheet" }));
  await screen.findByTestId("national-notice", {}, { timeout: 10000 });
  return app;
}

const userSheetValues = () =>
  fake.state.sheet(SAMPLE_SHEET_NAME).valuesOf({ top: 0, left: 0, rows: 27, columns: 5 });

describe("Checklist tab against the Excel fake", () => {
  it("validates the sample: failing national notice, counts by status, TEDI score and grade", async () => {
    await validateSample();
    const notice = screen.getByTestId("national-notice");
    expect(text(notice)).toContain("Fail");
    expect(text(notice)).toContain("0.3 tCO2/tce (≤ 0.2 tCO2/tce)");

    const counts = screen.getByRole("list", { name: "Checks by status" });
    const count = (status: string) =>
      within(counts).getByText(String(expected.summary.checks[status as "pass"]), {
        selector: `li[data-status="${status}"] *`,
      });
    expect(count("pass")).toBeTruthy();
    expect(count("fail")).toBeTruthy();
    expect(expected.summary.checks.fail).toBe(5);
    expect(text(counts.querySelector('li[data-status="fail"]'))).toContain("Fail 5");

    const tedi = expected.tedi!;
    expect(text(screen.getByTestId("tedi-score"))).toContain(
      `${tedi.score!.toFixed(1)} / 100 · Grade: ${tedi.grade!.en}`,
    );
    expect(text(screen.getByTestId("renewable-lenses"))).toContain(
      "domestic lens (certificates count): 30 %",
    );
    expect(text(screen.getByTestId("renewable-lenses"))).toContain(
      "CBAM lens (direct line / PPA only): 10 %",
    );

    const item = checkItem("notice-unit-energy-carbon-200k-1m");
    expect(item.dataset.status).toBe("fail");
    expect(text(item)).toContain("limit ≤ 0.2 tCO2/tce");
    const offsets = checkItem("tedi-offset-dependency-max-10pct");
    expect(text(offsets)).toContain("Value: 15 %");
    expect(text(checkItem("standards-renewable-energy-share-present"))).toContain(
      "used by 17 of 22 standards",
    );
    // grouped by the paper's layers
    expect(screen.getByRole("list", { name: "Core compliance (EU access floor)" })).toBeTruthy();
  });

  it("selects a check's source cell in Excel when its button is clicked", async () => {
    const { user } = await validateSample();
    fake.state.select(SAMPLE_SHEET_NAME, "A1");
    await user.click(
      within(checkItem("tedi-offset-dependency-max-10pct")).getByRole("button", { name: /B10/ }),
    );
    await screen.findByText("Selected B10.");
    expect(fake.state.selectionAddress).toBe(`${SAMPLE_SHEET_NAME}!B10`);
  });

  it("writes one report sheet, replaces it on re-run and leaves the user's cells untouched", async () => {
    const { user } = await validateSample();
    const before = userSheetValues();
    await user.click(screen.getByRole("button", { name: "Write report sheet" }));
    await screen.findByText(`Report written to the sheet “${REPORT_SHEET}”.`);
    const report = fake.state.sheet(REPORT_SHEET);
    expect(report.cell(0, 0)?.value).toBe("Zero-carbon park validation report");
    const firstArea = report.usedArea();

    report.cellForWrite(200, 0).value = "stale"; // must disappear on re-run
    await user.click(screen.getByRole("button", { name: "Write report sheet" }));
    await screen.findByText(`Report sheet “${REPORT_SHEET}” replaced.`);
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual([SAMPLE_SHEET_NAME, REPORT_SHEET]);
    expect(report.usedArea()).toEqual(firstArea);
    expect(userSheetValues()).toEqual(before);
    expect(userSheetValues()).toEqual(samplePark2DValues().map((row) => row.map((cell) => cell ?? "")));
  });

  it("highlights failing cells and restores the previous fills when cleared", async () => {
    const { user } = await validateSample();
    const sheet = fake.state.sheet(SAMPLE_SHEET_NAME);
    sheet.cellForWrite(7, 1).fill = "#00FF00"; // B8 had a green fill
    await user.click(screen.getByRole("button", { name: "Highlight failing cells" }));
    await screen.findByText(/failing cells highlighted/);
    expect(sheet.cell(4, 1)?.fill).toBe(HIGHLIGHT_FILL); // B5, national notice
    expect(sheet.cell(7, 1)?.fill).toBe(HIGHLIGHT_FILL);
    expect(sheet.cell(9, 1)?.fill).toBe(HIGHLIGHT_FILL); // B10, offsets

    await user.click(screen.getByRole("button", { name: "Clear highlights" }));
    await screen.findByText(/highlights cleared/);
    expect(sheet.cell(7, 1)?.fill).toBe("#00FF00");
    expect(sheet.cell(4, 1)?.fill).toBeUndefined();
    expect(sheet.cell(9, 1)?.fill).toBeUndefined();
  });

  it("inserts the blank template on a new sheet", async () => {
    const { user } = await renderApp();
    const before = userSheetValues();
    await user.click(screen.getByRole("button", { name: "Insert blank template" }));
    await screen.findByText("Blank template inserted on the new sheet “ZC模板 Template”.");
    const template = fake.state.sheet("ZC模板 Template");
    expect(template.valuesOf({ top: 2, left: 0, rows: 1, columns: 5 })).toEqual([
      ["指标 Indicator", "数值 Value", "单位 Unit", "年份 Year", "备注 Note"],
    ]);
    expect(template.cell(3, 0)?.value).toBe("综合能源消费量");
    expect(userSheetValues()).toEqual(before);
  });

  it("says what to do when the sheet is protected", async () => {
    const { user } = await validateSample();
    fake.state.sheet(SAMPLE_SHEET_NAME).protected = true;
    await user.click(screen.getByRole("button", { name: "Highlight failing cells" }));
    const alert = await screen.findByRole("alert");
    expect(text(alert)).toContain("Unprotect the sheet (Review > Unprotect Sheet) and try again");
    expect(fake.state.sheet(SAMPLE_SHEET_NAME).cell(4, 1)?.fill).toBeUndefined();
  });

  it("says to exit cell edit mode", async () => {
    const { user } = await renderApp();
    fake.state.failNextSync("InvalidOperationInCellEditMode");
    await user.click(screen.getByRole("button", { name: "Validate active sheet" }));
    expect(text(await screen.findByRole("alert"))).toContain("Exit cell edit mode");
  });

  it("refuses to validate its own report sheet", async () => {
    const { user } = await validateSample();
    await user.click(screen.getByRole("button", { name: "Write report sheet" }));
    await screen.findByText(/Report written/);
    await user.click(screen.getByRole("button", { name: "Validate active sheet" }));
    expect(text(await screen.findByRole("alert"))).toContain(`“${REPORT_SHEET}” is a report sheet`);
  });

  it("switches the whole pane to Chinese with the language toggle", async () => {
    const { user } = await validateSample();
    await user.click(screen.getByRole("button", { name: "Switch the task pane to Chinese" }));
    expect(screen.getByRole("tab", { name: "检查清单" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "写入报告工作表" })).toBeTruthy();
    expect(text(screen.getByTestId("national-notice"))).toContain("未通过");
    expect(text(screen.getByTestId("tedi-score"))).toContain(expected.tedi!.grade!.zh);
    expect(fake.settings.saved.get(SETTING_KEYS.language)).toBe("zh");
  });

  it("remembers the profile choice in the document settings", async () => {
    const first = await renderApp();
    const jiangsu = screen.getByRole("checkbox", { name: "Jiangsu carbon intensity guide" });
    expect((jiangsu as HTMLInputElement).checked).toBe(true);
    await first.user.click(jiangsu);
    expect((jiangsu as HTMLInputElement).checked).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20)); // saveAsync completes on a timer
    const saved = fake.settings.saved.get(SETTING_KEYS.profiles) as string[];
    expect(saved).not.toContain("jiangsu-intensity");
    expect(saved).toContain("national-notice-2025");
    first.unmount();

    const second = await renderApp();
    expect(
      (screen.getByRole("checkbox", { name: "Jiangsu carbon intensity guide" }) as HTMLInputElement).checked,
    ).toBe(false);
    await second.user.click(screen.getByRole("button", { name: "Validate active sheet" }));
    await screen.findByTestId("national-notice");
    expect(document.querySelector('li[data-profile-id="jiangsu-intensity"]')).toBeNull();
  });
});
