/** @jest-environment jsdom */
/**
 * A sheet listing several parks in the pane: the park picker, the comparison view and the report
 * sheet with one row per park. Figures worked by hand:
 *   甲: 9 万tCO2 / 50 万tce = 90,000 / 500,000 = 0.18 tCO2/tce (band 200k-1M, ≤ 0.2): pass.
 *   乙: 42 万tCO2 / 120 万tce = 420,000 / 1,200,000 = 0.35 (band ≥ 1M, ≤ 0.3): fail.
 *   Ranked lower first: 甲 (1), 乙 (2).
 */
import { screen, within } from "@testing-library/react";
import { type ExcelFake, installExcelFake } from "../../support/excelFake";
import { renderApp, text } from "../renderApp";

const SHEET = "园区汇总";
let fake: ExcelFake;

beforeEach(() => {
  fake = installExcelFake();
  fake.state.addSheet(SHEET, [
    ["园区", "指标", "数值", "单位"],
    ["甲园区", "综合能源消费量", 50, "万tce"],
    ["甲园区", "二氧化碳排放量", 9, "万tCO2"],
    ["乙园区", "综合能源消费量", 120, "万tce"],
    ["乙园区", "二氧化碳排放量", 42, "万tCO2"],
  ]);
  fake.state.activate(SHEET);
});
afterEach(() => fake.uninstall());

async function validate() {
  const app = await renderApp();
  await app.user.click(screen.getByRole("button", { name: "Validate active sheet" }));
  await screen.findByTestId("park-comparison", {}, { timeout: 10000 });
  return app;
}

describe("several parks in the Checklist tab", () => {
  it("compares the parks ranked by tCO2/tce and shows the first park; the picker switches park", async () => {
    const { user } = await validate();
    const rows = within(screen.getByTestId("park-comparison")).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.getAttribute("data-park"))).toEqual(["甲园区", "乙园区"]);
    expect(text(rows[0])).toContain("0.18 tCO2/tce");
    expect(text(rows[0])).toContain("Pass");
    expect(text(rows[1])).toContain("0.35 tCO2/tce");
    expect(text(rows[1])).toContain("Fail");

    expect(text(screen.getByTestId("national-notice"))).toContain("0.18 tCO2/tce");
    await user.selectOptions(screen.getByTestId("park-picker"), "1");
    expect(text(screen.getByTestId("national-notice"))).toContain("0.35 tCO2/tce");
    expect(text(screen.getByTestId("national-notice"))).toContain("Fail");
    // A row of the comparison opens its park too.
    await user.click(screen.getByRole("button", { name: "Show 甲园区" }));
    expect(text(screen.getByTestId("national-notice"))).toContain("0.18 tCO2/tce");
  });

  it("writes a report sheet with one row per park", async () => {
    const { user } = await validate();
    await user.click(screen.getByRole("button", { name: "Write report sheet" }));
    await screen.findByText(/Report written/);
    const report = fake.state.sheets.find((sheet) => sheet.name !== SHEET)!;
    const values = report.valuesOf({ top: 0, left: 0, rows: 12, columns: 11 });
    const parkRows = values.filter((row) => typeof row[0] === "number" && String(row[1]).endsWith("园区"));
    // rank, park, year, tCO2/tce, notice …
    expect(parkRows.map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      [1, "甲园区", 0.18, "PASS"],
      [2, "乙园区", 0.35, "FAIL"],
    ]);
  });
});
