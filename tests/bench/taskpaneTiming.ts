/**
 * Part 5: the built task pane in headless Chromium with the sample workbook, as the e2e harness
 * runs it (tests/e2e/support): dist/ on a local static server, office.js's CDN address routed to
 * the package copy, the Excel stand-in (tests/support/excelFake/browserEntry.ts, bundled here with
 * webpack) injected before the page's scripts. Per run, from navigation start: app ready (the
 * Validate button in the DOM), and the first checklist item after clicking Validate. Marks are
 * taken in the page by a MutationObserver (performance.now() is measured from navigation start).
 * One browser, a fresh context per run; browser and server are always closed.
 */
import { existsSync, mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/browser/chromium";
import { bundleExcelFake } from "../e2e/support/bundleExcelFake";
import { routeOffline } from "../e2e/support/routeOffline";
import { serveDirectory, type StaticServer } from "../e2e/support/staticServer";
import { DIST, ROOT } from "./support/paths";
import { median } from "./support/timing";

const VALIDATE = "Validate active sheet";
const CHECKLIST_ITEM = "li[data-check-id]";

export interface TaskpaneRun {
  appReadyMs: number;
  clickMs: number;
  firstChecklistMs: number;
  domContentLoadedMs: number;
}

export interface TaskpaneResult {
  runs: TaskpaneRun[];
  medianAppReadyMs: number;
  medianFirstChecklistMs: number;
  medianClickToChecklistMs: number;
}

/** Runs in the page before anything else: marks app ready, the click and the first checklist item. */
function markScript({
  validateLabel,
  checklistSelector,
}: {
  validateLabel: string;
  checklistSelector: string;
}): void {
  const marks: Record<string, number> = {};
  (window as unknown as { __benchMarks: Record<string, number> }).__benchMarks = marks;
  const look = () => {
    if (marks.ready === undefined) {
      for (const button of Array.from(document.querySelectorAll("button"))) {
        if (button.textContent?.trim() === validateLabel) marks.ready = performance.now();
      }
    }
    if (marks.checklist === undefined && document.querySelector(checklistSelector)) {
      marks.checklist = performance.now();
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener("pointerdown", () => (marks.click ??= performance.now()), true);
}

export async function runTaskpaneTiming(runs: number, timeoutMs: number): Promise<TaskpaneResult> {
  if (!existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run npm run build");
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "zc-bench-"));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    const fakeBundle = await bundleExcelFake(tempDir, ROOT);
    server = await serveDirectory(DIST);
    const origin = server.origin;
    browser = await launchChromium();
    const results: TaskpaneRun[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "en-US" });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(timeoutMs);
        await routeOffline(page, origin);
        await page.addInitScript({ path: fakeBundle });
        await page.addInitScript(markScript, { validateLabel: VALIDATE, checklistSelector: CHECKLIST_ITEM });
        await page.goto(`${origin}/taskpane.html`);
        const validate = page.getByRole("button", { name: VALIDATE });
        await validate.waitFor({ state: "visible" });
        await validate.click();
        await page.locator(CHECKLIST_ITEM).first().waitFor({ state: "visible" });
        const marks = await page.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as
            PerformanceNavigationTiming | undefined;
          const seen = (window as unknown as { __benchMarks: Record<string, number | undefined> })
            .__benchMarks;
          return {
            ready: seen.ready,
            click: seen.click,
            checklist: seen.checklist,
            domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
          };
        });
        results.push({
          appReadyMs: marks.ready ?? Number.NaN,
          clickMs: marks.click ?? Number.NaN,
          firstChecklistMs: marks.checklist ?? Number.NaN,
          domContentLoadedMs: marks.domContentLoaded ?? Number.NaN,
        });
      } finally {
        await context.close().catch(() => undefined);
      }
    }
    return {
      runs: results,
      medianAppReadyMs: median(results.map((r) => r.appReadyMs)),
      medianFirstChecklistMs: median(results.map((r) => r.firstChecklistMs)),
      medianClickToChecklistMs: median(results.map((r) => r.firstChecklistMs - r.clickMs)),
    };
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(tempDir, { recursive: true, force: true });
  }
}
