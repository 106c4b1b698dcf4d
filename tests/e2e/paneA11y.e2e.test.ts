/**
 * The pane at Excel's real task-pane widths (320 px on Windows, 450 px wide panes) in zh-CN and
 * en-US: axe-core on the main states, the keyboard path from Validate to the verdict and the first
 * failure's "Go to", nothing wider than the pane, the verdicts visible without scrolling, and
 * screenshots of each state in test-artifacts/pane/ (not committed).
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, type TaskpanePage, openTaskpane } from "./support/taskpanePage";

jest.setTimeout(300_000);

const AXE = require.resolve("axe-core/axe.min.js");
const SHOTS = path.join(ARTIFACTS, "pane");

interface AxeViolation {
  id: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Rules switched off, each for a named reason (none so far). label-content-name-mismatch is
 * experimental in axe and off by default: the review found it, so it is switched on here.
 */
const EXCLUDED_RULES: Record<string, string> = {};

/**
 * Nodes left out, each a false positive from Fluent's own markup:
 * - i[data-tabster-dummy]: tabster (Fluent's focus manager) puts focusable, aria-hidden <i>
 *   sentinels around tab lists and the page to move focus in and out; they hold no content and
 *   hand focus on at once, so aria-hidden-focus flags them although no user ever rests there.
 */
const EXCLUDED_NODES = ["i[data-tabster-dummy]"];

async function axeViolations(page: Page): Promise<string[]> {
  // Fluent fades panels in: colours measured mid-animation are half transparent, so let motion end.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    async ({ excluded, nodes }) => {
      const axe = (
        window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> } }
      ).axe;
      const rules: Record<string, { enabled: boolean }> = {
        "label-content-name-mismatch": { enabled: true },
      };
      for (const id of excluded) rules[id] = { enabled: false };
      const context = { include: [["html"]], exclude: nodes.map((selector) => [selector]) };
      const result = await axe.run(context, { rules });
      return result.violations;
    },
    { excluded: Object.keys(EXCLUDED_RULES), nodes: EXCLUDED_NODES },
  );
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** The page's content is never wider than the pane (no sideways scrolling of the whole pane). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await page.screenshot({ path: path.join(SHOTS, `${name}-full.png`), fullPage: true });
}

const LANGUAGES = [
  {
    tag: "en-US",
    validate: "Validate active sheet",
    quote: "Quote",
    standards: "22 standards",
    supplier: "Supplier data",
    fill: {
      description: "Description, line 1",
      cn: "CN code, line 1",
      quantity: "Quantity (t), line 1",
      see: "SEE (tCO2e/t), line 1",
      benchmark: "Benchmark (tCO2e/t), line 1",
      basePrice: "Base price (EUR/t), line 1",
      price: /^EU certificate price \(EUR\/tCO2e\)/,
    },
  },
  {
    tag: "zh-CN",
    validate: "校验当前工作表",
    quote: "报价",
    standards: "22项标准",
    supplier: "供应商数据",
    fill: {
      description: "第 1 行品名",
      cn: "第 1 行CN 编码",
      quantity: "第 1 行数量（吨）",
      see: "第 1 行单位隐含排放 SEE（tCO2e/吨）",
      benchmark: "第 1 行基准值（tCO2e/吨）",
      basePrice: "第 1 行基础价格（欧元/吨）",
      price: /^欧盟证书价格（欧元\/tCO2e）/,
    },
  },
] as const;

describe.each(LANGUAGES)("task pane at 320 px, $tag", (language) => {
  let pane: TaskpanePage | undefined;
  let page: Page;
  const name = (state: string) => `${language.tag}-320-${state}`;

  beforeAll(async () => {
    pane = await openTaskpane({ fakeOptions: { displayLanguage: language.tag }, width: 320 });
    page = pane.page;
    await page.getByRole("button", { name: language.validate }).waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await pane?.close();
  });

  it("checklist before validating: no axe violations, nothing wider than the pane", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, name("checklist-start"));
  });

  it("reaches the verdict and the first failure's Go to within 5 Tab presses from Validate", async () => {
    const validate = page.getByRole("button", { name: language.validate });
    await validate.focus();
    await page.keyboard.press("Enter");
    const verdict = page.getByTestId("verdict");
    await verdict.waitFor({ timeout: 60_000 });
    await validate.focus();
    const stops: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      stops.push(
        await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          if (!active) return "";
          if (active.closest('[data-testid="verdict"]')) return "verdict";
          const firstFailure = document.querySelector('ul[data-section="failure"] > li');
          if (firstFailure?.contains(active) && active.tagName === "BUTTON") return "first-failure-go-to";
          return active.getAttribute("aria-label") ?? active.textContent ?? "";
        }),
      );
      if (stops.includes("first-failure-go-to")) break;
    }
    expect(stops).toContain("verdict");
    expect(stops).toContain("first-failure-go-to");
    expect(stops.length).toBeLessThanOrEqual(5);
  });

  it("checklist with the verdict: on screen without scrolling, no axe violations", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.getByTestId("verdict").boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThan(900);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, name("checklist-verdict"));
    // and with the passes unfolded
    await page.locator("#zc-section-pass button").click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("22 standards: no axe violations", async () => {
    await page.getByRole("tab", { name: language.standards }).click();
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, name("standards"));
  });

  it("quote, blank and priced: the cost per tonne on screen, no axe violations", async () => {
    await page.getByRole("tab", { name: language.quote }).click();
    await page.getByTestId("quote-verdict").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, name("quote-blank"));

    const fill = (label: string | RegExp, value: string) =>
      page.getByRole("textbox", { name: label, exact: typeof label === "string" }).fill(value);
    const f = language.fill;
    await fill(f.description, "Hot-rolled coil");
    await fill(f.cn, "7208");
    await fill(f.quantity, "1,000");
    await fill(f.see, "2.0");
    await fill(f.benchmark, "1.37");
    await fill(f.basePrice, "600");
    await fill(f.price, "80");
    const perTonne = page.getByTestId("quote-verdict-per-tonne");
    await perTonne.waitFor();
    // cbam.md §7 at 80 EUR: 53.14 EUR/t in 2026; the default delivery year is next year, so only
    // the figure's presence and place are checked here (tests/taskpane/quote pins the values).
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await perTonne.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThan(900);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, name("quote-priced"));
  });

  it("supplier data: no axe violations", async () => {
    await page.getByRole("tab", { name: language.supplier }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, name("supplier"));
  });

  it("raised no page errors", () => {
    expect(pane!.pageErrors).toEqual([]);
  });
});

describe("task pane at 450 px", () => {
  it.each(["en-US", "zh-CN"])("fits without sideways scrolling in %s", async (tag) => {
    const pane = await openTaskpane({ fakeOptions: { displayLanguage: tag }, width: 450 });
    try {
      const { page } = pane;
      await page.getByTestId("live-status").waitFor({ state: "attached", timeout: 60_000 });
      await page
        .getByRole("button", { name: tag === "zh-CN" ? "校验当前工作表" : "Validate active sheet" })
        .click();
      await page.getByTestId("verdict").waitFor({ timeout: 60_000 });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, `${tag}-450-checklist-verdict`);
      await page.getByRole("tab", { name: tag === "zh-CN" ? "报价" : "Quote" }).click();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, `${tag}-450-quote-blank`);
    } finally {
      await pane.close();
    }
  });
});
