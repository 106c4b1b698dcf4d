/**
 * End to end, the quote builder: the built pane in headless Chromium with the Excel stand-in.
 * Types the spec §7 line (SEE 2.0, 1,000 t, 80 EUR, benchmark 1.37, 2026 → 53,140.00 EUR),
 * inserts the quote and reads the table's formulas back from the stand-in.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, type TaskpanePage, inspectFake, openTaskpane } from "./support/taskpanePage";

jest.setTimeout(180_000);

interface FakeInspector {
  sheetNames: () => string[];
  syncCount: () => number;
  formulas: (sheet: string, address: string) => (string | number | boolean)[][] | null;
  tables: () => { sheet: string; name: string; address: string }[];
  charts: (sheet: string) => { type: string; source: string; xAxisValues?: string }[];
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

const fill = (name: string, value: string) => page.getByRole("textbox", { name, exact: true }).fill(value);

describe("quote builder in Chromium with the Excel stand-in", () => {
  it("prices the spec line: 53,140.00 EUR in 2026, 160,000.00 EUR in 2034", async () => {
    const tab = page.getByRole("tab", { name: "Quote" });
    await tab.waitFor({ timeout: 60_000 });
    await tab.click();

    await fill("Description, line 1", "Hot-rolled coil");
    await fill("CN code, line 1", "7208 51 20");
    await fill("Quantity (t), line 1", "1000");
    await fill("SEE (tCO2e/t), line 1", "2.0");
    await fill("Benchmark (tCO2e/t), line 1", "1.37");
    await fill("Base price (EUR/t), line 1", "600");
    await page.getByRole("textbox", { name: /^Delivery year/ }).fill("2026");
    await page.getByRole("textbox", { name: /^EU certificate price \(EUR\/tCO2e\)/ }).fill("80");

    const cost = page.getByTestId("quote-line-cost-1");
    await cost.waitFor();
    expect(await cost.textContent()).toBe("53,140.00");
    expect(await page.getByTestId("quote-total-per-tonne").textContent()).toBe("53.14");
    expect(await page.getByTestId("quote-path-2034").textContent()).toContain("160,000.00");
  });

  it("inserts the quote as a table of ZC formulas in two syncs", async () => {
    const before = await inspect((fake) => fake.syncCount());
    await page.getByRole("button", { name: "Insert into workbook" }).click();
    await page
      .getByText("Quote inserted on sheet “ZC Quote” as table ZCQuote1.")
      .waitFor({ timeout: 30_000 });
    expect((await inspect((fake) => fake.syncCount())) - before).toBe(2);

    expect(await inspect((fake) => fake.tables())).toEqual([
      { sheet: "ZC Quote", name: "ZCQuote1", address: "A21:P22" },
    ]);
    const row = await page.evaluate(
      () =>
        (window as unknown as { __excelFake: FakeInspector }).__excelFake.formulas(
          "ZC Quote",
          "A22:P22",
        )?.[0],
    );
    const rowDefault =
      'IF(ISNUMBER(MATCH(TRIM([@[Value type]]),{"default","Default value","默认值"},0)),[@[Good]],FALSE)';
    expect(row).toEqual([
      "Hot-rolled coil",
      "7208 51 20",
      "", // country of origin: none typed
      "iron-and-steel",
      1000,
      2,
      "actual",
      1.37,
      600,
      2,
      `=ZC.CBAM_COST([@[SEE (tCO2e/t)]],[@[Quantity (t)]],$B$4,$B$3,[@[Benchmark (tCO2e/t)]],$B$5,${rowDefault})`,
      `=ZC.CBAM_COST([@[SEE (tCO2e/t)]],1,$B$4,$B$3,[@[Benchmark (tCO2e/t)]],$B$5,${rowDefault})`,
      "=[@[Cost per t (EUR)]]/[@[Base price (EUR/t)]]",
      `=ZC.CBAM_COST([@[Alternative SEE (tCO2e/t)]],[@[Quantity (t)]],$B$4,$B$3,[@[Benchmark (tCO2e/t)]],$B$5,${rowDefault})`,
      "=[@[CBAM cost (EUR)]]-[@[Cost with alternative SEE (EUR)]]",
      '=IF($B$6="","",ROUND([@[CBAM cost (EUR)]]*$B$6,2))',
    ]);
    const parameters = await page.evaluate(() =>
      (window as unknown as { __excelFake: FakeInspector }).__excelFake.formulas("ZC Quote", "A3:B5"),
    );
    expect(parameters).toEqual([
      ["Delivery year", 2026],
      ["EU certificate price, delivery year (EUR/tCO2e)", 80],
      ["Carbon price paid at home (EUR/tCO2e)", 0],
    ]);
    const charts = await page.evaluate(() =>
      (window as unknown as { __excelFake: FakeInspector }).__excelFake.charts("ZC Quote"),
    );
    expect(charts).toEqual([
      expect.objectContaining({ type: "Line", source: "A17:J17", xAxisValues: "B12:J12" }),
    ]);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.getByRole("heading", { name: "Results, delivery year 2026" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "quote.png") });
    await page.screenshot({ path: path.join(ARTIFACTS, "quote-full.png"), fullPage: true });
  });

  it("reads the quote back from the workbook", async () => {
    await page.getByRole("button", { name: "Read quote from workbook" }).click();
    await page.getByText("Quote read from table ZCQuote1 on sheet “ZC Quote”.").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("quote-line-cost-1").textContent()).toBe("53,140.00");
  });

  it("raised no page errors and fetched nothing off-host", () => {
    expect(pane!.blockedRequests.every((url) => !url.startsWith(pane!.origin))).toBe(true);
    expect(pane!.pageErrors).toEqual([]);
  });
});
