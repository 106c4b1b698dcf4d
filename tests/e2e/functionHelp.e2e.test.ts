/**
 * End to end: the function help as Excel opens it from a custom function's help link, i.e. the
 * built taskpane.html?help=ID in a plain browser tab: office.js present (routed to the package
 * copy) but no Office host and no Excel stand-in. Expected text comes from the built metadata
 * (dist/functions.json, dist/functions.zh-CN.json), so the page must agree with Excel's own help.
 */
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, DIST, type TaskpanePage, openTaskpane } from "./support/taskpanePage";

jest.setTimeout(180_000);

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; optional?: boolean }[];
  }[];
}

const readMetadata = (file: string): Metadata =>
  JSON.parse(readFileSync(path.join(DIST, file), "utf8")) as Metadata;

let en: Metadata;
let zh: Metadata;
let pane: TaskpanePage | undefined;
let page: Page;

beforeAll(async () => {
  en = readMetadata("functions.json");
  zh = readMetadata("functions.zh-CN.json");
  pane = await openTaskpane({ path: "/taskpane.html?help=CBAM_COST", excelFake: false });
  page = pane.page;
});

afterAll(async () => {
  await pane?.close();
});

const cbamCost = (metadata: Metadata) => metadata.functions.find((fn) => fn.id === "CBAM_COST")!;

describe("function help in a browser (no Office host, no Excel stand-in)", () => {
  it("shows CBAM_COST's syntax, description and argument help from functions.json", async () => {
    const heading = page.getByRole("heading", { level: 1, name: "ZC.CBAM_COST" });
    await heading.waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => typeof Excel)).toBe("undefined");
    expect((await page.getByTestId("help-syntax").textContent())?.trim()).toBe(
      "=ZC.CBAM_COST(embedded, quantity, eu_price, year, [benchmark], [paid_price], [default_value])",
    );
    const fn = cbamCost(en);
    await page.getByText(fn.description, { exact: true }).waitFor();

    const table = page.getByRole("table", { name: "Arguments of ZC.CBAM_COST" });
    const headers = await table.getByRole("columnheader").allTextContents();
    expect(headers).toEqual(["Argument", "Required?", "Description"]);
    expect(await table.getByRole("row").count()).toBe(1 + fn.parameters.length);
    const paidPrice = fn.parameters.find((p) => p.name === "paid_price")!;
    const row = table.locator('tr[data-parameter="paid_price"]');
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      "paid_price",
      "Optional",
      paidPrice.description,
    ]);

    const examples = page.getByRole("table", { name: "Examples of ZC.CBAM_COST" });
    expect(await examples.textContent()).toContain("=ZC.CBAM_COST(2, 1000, 80, 2026, 1.37)53140");
    // links to every other function, reachable with Tab
    const others = page.getByRole("navigation", { name: "Other ZC functions" }).getByRole("link");
    expect(await others.count()).toBe(en.functions.length - 1);
    let focused = "";
    for (let i = 0; i < 40 && focused !== "ZC.CBAM_CERTIFICATES"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    }
    expect(focused).toBe("ZC.CBAM_CERTIFICATES");

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.screenshot({ path: path.join(ARTIFACTS, "function-help.png"), fullPage: true });
    await page.setViewportSize({ width: 420, height: 900 });
  });

  it("follows a link to another function, and Back returns", async () => {
    // office.js removes history.pushState in a browser, so this is a page load there.
    await page.getByRole("link", { name: "ZC.CBAM_CERTIFICATES" }).click();
    await page.getByRole("heading", { level: 1, name: "ZC.CBAM_CERTIFICATES" }).waitFor();
    expect(new URL(page.url()).search).toBe("?help=CBAM_CERTIFICATES&lang=en");
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "ZC.CBAM_COST" }).waitFor();
  });

  it("?lang=zh shows the Chinese description from functions.zh-CN.json", async () => {
    await page.goto(`${pane!.origin}/taskpane.html?help=CBAM_COST&lang=zh`);
    const fn = cbamCost(zh);
    await page.getByText(fn.description, { exact: true }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    const table = page.getByRole("table", { name: "ZC.CBAM_COST 的参数" });
    expect(await table.locator('tr[data-parameter="embedded"]').textContent()).toContain(
      fn.parameters[0]!.description,
    );
    // the toggle switches back to English in place
    await page.getByRole("button", { name: /以英文显示此帮助/ }).click();
    await page.getByText(cbamCost(en).description, { exact: true }).waitFor();
    // office.js removed replaceState, so the address keeps lang=zh; the links carry the choice.
    const link = page.getByRole("link", { name: "ZC.CBAM_PHASE_IN" });
    expect(await link.getAttribute("href")).toBe("?help=CBAM_PHASE_IN&lang=en");
  });

  it("?help lists every function of functions.json", async () => {
    await page.goto(`${pane!.origin}/taskpane.html?help`);
    const index = page.getByRole("navigation", { name: "Functions in the ZC namespace" });
    await index.waitFor({ timeout: 60_000 });
    const names = await index.getByRole("link").allTextContents();
    expect(names).toEqual(en.functions.map((fn) => `ZC.${fn.name}`));
    await page.screenshot({ path: path.join(ARTIFACTS, "function-help-index.png"), fullPage: true });
  });

  it("raised no page errors and fetched nothing off the page's origin", () => {
    expect(pane!.blockedRequests.every((url) => !url.startsWith(pane!.origin))).toBe(true);
    expect(pane!.pageErrors).toEqual([]);
  });
});
