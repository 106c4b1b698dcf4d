/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
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

function indicatorRow(indicatorId: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`li[data-indicator-id="${indicatorId}"]`);
  if (!row) throw new Error(`no row ${indicatorId}`);
  return row;
}

const alertText = () => text(screen.getByTestId("live-alert"));
const statusText = () => text(screen.getByTestId("live-status"));

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
    const { user } = await validateSample();
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
    expect(text(indicatorRow("offset_dependency"))).toContain("15 %");
    // passes are folded away until asked for
    expect(document.querySelector('li[data-indicator-id="renewable_energy_share"]')).toBeNull();
    await user.click(screen.getByRole("button", { name: /^Passed \(\d+\)$/ }));
    expect(text(indicatorRow("renewable_energy_share"))).toContain("used by 17 of 22 standards");
  });

  it("puts the verdict first: the national notice, its band and Go to B5", async () => {
    const { user } = await validateSample();
    const verdict = screen.getByTestId("verdict");
    expect(verdict.dataset.kind).toBe("notice-fail");
    // samplePark.ts: 105,000 tCO2 ÷ 350,000 tce = 0.3, band 200,000–1,000,000 tce, limit 0.2
    expect(text(verdict)).toContain("Does not meet the national zero-carbon park notice");
    expect(text(verdict)).toContain(
      "Carbon emissions per unit of energy used 0.3 tCO2/tce, limit ≤ 0.2 tCO2/tce (200,000–1,000,000 tce band)",
    );
    fake.state.select(SAMPLE_SHEET_NAME, "A1");
    await user.click(within(verdict).getByRole("button", { name: /^Go to B5/ }));
    await screen.findByText("Selected B5.");
    expect(fake.state.selectionAddress).toBe(`${SAMPLE_SHEET_NAME}!B5`);
    // announced to screen readers, and the profile picker folds to one line
    expect(screen.getByTestId("profiles-collapsed")).toBeTruthy();
  });

  it("lists one row per indicator, failures first, each with how to fix it", async () => {
    await validateSample();
    const sections = [...document.querySelectorAll<HTMLElement>("ul[data-section]")].map(
      (list) => list.dataset.section,
    );
    expect(sections).toEqual(["failure", "missing", "guidance"]); // passes folded
    // The notice's guiding indicator: clean energy 38 % against a 90 % reference is guidance, with
    // the gap 90 − 38 = 52 % (samplePark.ts; park-standards.md section 4).
    const clean = indicatorRow("clean_energy_share");
    expect(clean.dataset.section).toBe("guidance");
    expect(text(clean)).toContain("to at least 90 % (52 % more)");
    const failures = document.querySelectorAll('ul[data-section="failure"] > li');
    expect(failures[0]!.getAttribute("data-indicator-id")).toBe("unit_energy_carbon_emissions");
    // 105,000 − 0.2 × 350,000 = 35,000 tCO2
    expect(text(failures[0])).toContain(
      "How to fix: Cut CO2 emissions by 35,000 tCO2 at the current comprehensive energy consumption.",
    );
    // intensity per value added: one row with the TEDI and both Jiangsu limits inside
    const intensity = indicatorRow("carbon_intensity_value_added");
    expect(intensity.querySelectorAll("li[data-check-id]")).toHaveLength(3);
    expect(document.querySelectorAll('li[data-indicator-id="carbon_intensity_value_added"]')).toHaveLength(1);
    expect(text(indicatorRow("scope3_coverage"))).toContain("Add a row 范围3核算覆盖率 with a % value.");
  });

  it("announces the result and re-renders messages in the new language", async () => {
    const { user } = await validateSample();
    // Four failing indicators (samplePark.ts): the notice's ratio, embodied carbon "否", intensity, offsets.
    await waitFor(() =>
      expect(statusText()).toMatch(
        /^Validation done\. Does not meet the national zero-carbon park notice\. 4 failing · \d+ missing · \d+ passing\.$/,
      ),
    );
    await user.click(within(indicatorRow("offset_dependency")).getByRole("button", { name: /^Go to B10/ }));
    await screen.findByText("Selected B10.");
    await user.click(screen.getByRole("button", { name: /switch the task pane to Chinese/ }));
    expect(statusText()).toContain("已选中 B10。");
    const verdict = text(screen.getByTestId("verdict"));
    expect(verdict).toContain("未达到国家零碳园区通知要求");
    expect(verdict).toContain("单位能耗碳排放 0.3 tCO2/tce，限值 ≤ 0.2 tCO2/tce（20–100 万 tce 档）");
  });

  it("replaces an older error with a newer success", async () => {
    const { user } = await validateSample();
    fake.state.sheet(SAMPLE_SHEET_NAME).protected = true;
    await user.click(screen.getByRole("button", { name: "Highlight failing cells" }));
    await waitFor(() => expect(alertText()).toContain("Unprotect the sheet"));
    fake.state.sheet(SAMPLE_SHEET_NAME).protected = false;
    await user.click(screen.getByRole("button", { name: "Highlight failing cells" }));
    await screen.findByText(/failing cells highlighted/);
    expect(alertText()).toBe("");
  });

  it("selects a check's source cell in Excel when its button is clicked", async () => {
    const { user } = await validateSample();
    fake.state.select(SAMPLE_SHEET_NAME, "A1");
    await user.click(within(indicatorRow("offset_dependency")).getByRole("button", { name: /B10/ }));
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
    await waitFor(() =>
      expect(alertText()).toContain("Unprotect the sheet (Review > Unprotect Sheet) and try again"),
    );
    expect(fake.state.sheet(SAMPLE_SHEET_NAME).cell(4, 1)?.fill).toBeUndefined();
  });

  it("says to exit cell edit mode", async () => {
    const { user } = await renderApp();
    fake.state.failNextSync("InvalidOperationInCellEditMode");
    await user.click(screen.getByRole("button", { name: "Validate active sheet" }));
    await waitFor(() => expect(alertText()).toContain("Exit cell edit mode"));
  });

  it("refuses to validate its own report sheet", async () => {
    const { user } = await validateSample();
    await user.click(screen.getByRole("button", { name: "Write report sheet" }));
    await screen.findByText(/Report written/);
    await user.click(screen.getByRole("button", { name: "Validate active sheet" }));
    await waitFor(() => expect(alertText()).toContain(`“${REPORT_SHEET}” is a report sheet`));
  });

  it("switches the whole pane to Chinese with the language toggle", async () => {
    const { user } = await validateSample();
    await user.click(screen.getByRole("button", { name: /switch the task pane to Chinese/ }));
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
