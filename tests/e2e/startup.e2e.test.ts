/**
 * Start-up in the built pane, as Excel starts it: Excel's display language and the settings saved
 * in the workbook reach the app through Office.context (office.js owns that object: the stand-in
 * must go through it, not around it), and Chinese text renders with a real CJK font.
 */
import { mkdirSync } from "fs";
import path from "path";
import { ARTIFACTS, type TaskpanePage, inspectFake, openTaskpane } from "./support/taskpanePage";

jest.setTimeout(120_000);

interface FakeInspector {
  savedSettings: () => Record<string, unknown>;
}

let pane: TaskpanePage | undefined;

afterEach(async () => {
  await pane?.close();
  pane = undefined;
});

describe("task pane start-up through office.js", () => {
  it("starts in Chinese when Excel's display language is zh-CN, with a CJK font", async () => {
    pane = await openTaskpane({ fakeOptions: { displayLanguage: "zh-CN" }, width: 320 });
    const { page } = pane;
    await page.getByRole("button", { name: "校验当前工作表" }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");

    // The glyphs come from the npm font, not from boxes: the face for 校验 must have loaded.
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.load('16px "Segoe UI"', "校验当前工作表");
      return [...document.fonts].some(
        (face) => face.family.replace(/["']/g, "") === "Segoe UI" && face.status === "loaded",
      );
    });
    expect(fontLoaded).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "startup-zh-CN-320.png"), fullPage: false });
    expect(pane.pageErrors).toEqual([]);
    expect(pane.blockedRequests).toEqual([]);
  });

  it("starts in the language remembered in the workbook over Excel's, and remembers a switch", async () => {
    pane = await openTaskpane({
      fakeOptions: { displayLanguage: "en-US", settings: { "zcPark.language": "zh" } },
    });
    const { page } = pane;
    await page.getByRole("button", { name: "校验当前工作表" }).waitFor({ timeout: 60_000 });

    await page.getByRole("button", { name: /将任务窗格切换为英文/ }).click();
    await page.getByRole("button", { name: "Validate active sheet" }).waitFor();
    await page.waitForFunction(
      () =>
        (window as unknown as { __excelFake: FakeInspector }).__excelFake.savedSettings()[
          "zcPark.language"
        ] === "en",
    );
    const saved = await inspectFake(page, (fake: FakeInspector) => fake.savedSettings());
    expect(saved["zcPark.language"]).toBe("en");
  });

  it("starts with the threshold profiles remembered in the workbook", async () => {
    pane = await openTaskpane({
      fakeOptions: { settings: { "zcPark.profiles": ["jiangsu-intensity"] } },
    });
    const { page } = pane;
    await page.getByRole("button", { name: "Validate active sheet" }).waitFor({ timeout: 60_000 });
    const jiangsu = page.getByRole("checkbox", { name: "Jiangsu carbon intensity guide" });
    await jiangsu.waitFor();
    expect(await jiangsu.isChecked()).toBe(true);
    const checked = await page.getByRole("checkbox", { checked: true }).count();
    expect(checked).toBe(1);
  });
});
