/**
 * Part 5: the built task pane in headless Chromium with the sample workbook, as the e2e harness
 * runs it (tests/e2e/support): dist/ on a local static server, office.js's CDN address routed to
 * the package copy, the Excel stand-in (tests/support/excelFake/browserEntry.ts, bundled here with
 * webpack) injected before the page's scripts. Per run, from navigation start: app ready (the
 * Validate button in the DOM), and the first checklist item after clicking Validate. Marks are
 * taken in the page by a MutationObserver (performance.now() is measured from navigation start).
 * One browser, a fresh context per run; browser and server are always closed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";
import webpack from "webpack";
import { serveDirectory, type StaticServer } from "../e2e/support/staticServer";
import { DIST, ROOT } from "./support/paths";
import { median } from "./support/timing";

const CDN_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";
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

/** The stand-in's browser build (what tests/e2e/support/bundleExcelFake.ts does, from the repo root). */
async function bundleFake(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    target: "web",
    devtool: false,
    context: ROOT,
    entry: path.join(ROOT, "tests/support/excelFake/browserEntry.ts"),
    output: { path: outDir, filename: "excelFake.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "ESNext" } },
          },
        },
      ],
    },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) =>
      error || !result ? reject(error ?? new Error("no stats")) : resolve(result),
    ),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return path.join(outDir, "excelFake.js");
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
  const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "zc-bench-"));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    const fakeBundle = await bundleFake(tempDir);
    server = await serveDirectory(DIST);
    const origin = server.origin;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
      ],
    });
    const results: TaskpaneRun[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "en-US" });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(timeoutMs);
        await page.route("**/*", async (route) => {
          const url = route.request().url();
          if (url.startsWith(CDN_DIR)) {
            const file = path.join(officeJsDir, url.slice(CDN_DIR.length).split("?")[0]!);
            if (file.startsWith(officeJsDir) && existsSync(file))
              return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
            return route.fulfill({ status: 404, body: "" });
          }
          if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
          return route.abort();
        });
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
