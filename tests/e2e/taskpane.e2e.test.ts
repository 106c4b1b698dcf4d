/**
 * End to end: the built task pane (dist/) in headless Chromium, with office.js routed to the
 * package copy (no network) and the Excel stand-in holding the sample workbook injected before
 * the app starts. Validates, reads the checklist, writes the report and reads it back.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, type TaskpanePage, inspectFake, openTaskpane } from "./support/taskpanePage";

jest.setTimeout(180_000);

const SAMPLE_SHEET = "园区排放清单";
const REPORT_SHEET = `ZC校验 ${SAMPLE_SHEET}`;

interface FakeInspector {
  sheetNames: () => string[];
  usedValues: (name: string) => (string | number | boolean)[][] | null;
  selection: () => string | null;
}

let pane: TaskpanePage | undefined;
let page: Page;

beforeAll(async () => {
  pane = await openTaskpane();
  page = pane.page;
});

afterAll(async () => {
  await pane?.close();
});

const inspect = <T>(read: (fake: FakeInspector) => T): Promise<T> => inspectFake(page, read);

describe("task pane in Chromium with the Excel stand-in", () => {
  it("validates the sample sheet from the keyboard and shows the checklist", async () => {
    const validate = page.getByRole("button", { name: "Validate active sheet" });
    await validate.waitFor({ timeout: 60_000 });

    // Keyboard only: Tab through the pane until the validate button has focus, then Enter.
    let focused = "";
    for (let i = 0; i < 40 && focused !== "Validate active sheet"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    }
    expect(focused).toBe("Validate active sheet");
    await page.keyboard.press("Enter");

    const notice = page.getByTestId("national-notice");
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toContain("Fail");
    expect(await notice.textContent()).toContain("0.3\u00a0tCO2/tce"); // no-break space: never wraps
    const tedi = (await page.getByTestId("tedi-score").textContent()) ?? "";
    expect(tedi).toMatch(/^\d+\.\d\s\/\s100 · Grade: .+/);

    const item = page.locator('li[data-check-id="notice-unit-energy-carbon-200k-1m"]');
    expect(await item.getAttribute("data-status")).toBe("fail");
    const row = page.locator('li[data-indicator-id="unit_energy_carbon_emissions"]');
    await row.getByRole("button", { name: /^Go to B5/ }).click();
    await page.getByText("Selected B5.").waitFor();
    expect(await inspect((fake) => fake.selection())).toBe(`${SAMPLE_SHEET}!B5`);
  });

  it("writes the report sheet and the fake holds it", async () => {
    await page.getByRole("button", { name: "Write report sheet" }).click();
    await page.getByText(`Report written to the sheet “${REPORT_SHEET}”.`).waitFor({ timeout: 30_000 });
    const names = await inspect((fake) => fake.sheetNames());
    expect(names).toEqual([SAMPLE_SHEET, REPORT_SHEET]);

    const report = await page.evaluate(
      (name) => (window as unknown as { __excelFake: FakeInspector }).__excelFake.usedValues(name),
      REPORT_SHEET,
    );
    expect(report).not.toBeNull();
    const rows = report!;
    expect(rows[0]![0]).toBe("Zero-carbon park validation report");
    expect(rows).toContainEqual(expect.arrayContaining(["Sheet", SAMPLE_SHEET]));
    const header = rows.findIndex((row) => row[0] === "Profile" && row[2] === "Status");
    expect(rows[header]!.slice(0, 4)).toEqual(["Profile", "Indicator", "Status", "Value"]);
    const noticeRow = rows.find(
      (row) =>
        row[0] === "National notice on zero-carbon parks (2025)" &&
        row[6] === `'${SAMPLE_SHEET}'!B5` &&
        row[2] === "FAIL",
    );
    expect(noticeRow?.[3]).toBe(0.3);

    const userSheet = await page.evaluate(
      (name) => (window as unknown as { __excelFake: FakeInspector }).__excelFake.usedValues(name),
      SAMPLE_SHEET,
    );
    expect(userSheet?.[2]).toEqual(["指标 Indicator", "数值 Value", "单位 Unit", "年份 Year", "备注 Note"]);

    mkdirSync(ARTIFACTS, { recursive: true });
    // What a user sees in a 420×900 pane, and the whole scrolled pane for review.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane.png") });
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-full.png"), fullPage: true });
  });

  it("raised no page errors; everything off-host was aborted, not fetched", () => {
    // office.js tries its telemetry frame outside Office; the route aborts it (and anything else).
    expect(pane!.blockedRequests.every((url) => !url.startsWith(pane!.origin))).toBe(true);
    expect(pane!.pageErrors).toEqual([]);
  });
});
