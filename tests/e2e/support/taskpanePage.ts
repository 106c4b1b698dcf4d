/**
 * The e2e harness shared by the task pane tests: the built pane (dist/) served on 127.0.0.1, headless
 * Chromium (the system's, else the one shipped in @sparticuz/chromium), a CJK font from npm, office.js from Microsoft's CDN address routed to the package copy (nothing
 * leaves the machine), and the Excel stand-in injected before the app starts (or, for pages Excel
 * opens in a browser such as the function help, no stand-in: a plain browser tab).
 */
import { existsSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../support/browser/chromium";
import { addCjkFont } from "../../support/browser/cjkFont";
import type { ExcelFakeOptions } from "../../support/excelFake/install";
import { bundleExcelFake } from "./bundleExcelFake";
import { routeOffline } from "./routeOffline";
import { type StaticServer, serveDirectory } from "./staticServer";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");

export interface TaskpanePage {
  page: Page;
  /** Origin of the static server, e.g. http://127.0.0.1:41234. */
  origin: string;
  pageErrors: string[];
  blockedRequests: string[];
  close: () => Promise<void>;
}

export interface OpenOptions {
  locale?: string;
  /** Address under the origin; default /taskpane.html. */
  path?: string;
  /** Inject the Excel stand-in (default true); false opens the page as a plain browser would. */
  excelFake?: boolean;
  /** What the stand-in starts with: Excel's display language, settings saved in the workbook. */
  fakeOptions?: Pick<ExcelFakeOptions, "displayLanguage" | "settings" | "officeTheme">;
  /** Viewport width in CSS pixels (default 420). */
  width?: number;
}

/** Opens dist/taskpane.html with the Excel stand-in; throws when dist/ was not built. */
export async function openTaskpane(options: OpenOptions = {}): Promise<TaskpanePage> {
  if (!existsSync(path.join(DIST, "taskpane.html")) || !existsSync(path.join(DIST, "taskpane.js")))
    throw new Error("dist/taskpane.html is missing: run npm run build first");
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "zc-e2e-"));
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    const fakeBundle = options.excelFake === false ? undefined : await bundleExcelFake(tempDir);
    server = await serveDirectory(DIST);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: options.width ?? 420, height: 900 },
      locale: options.locale ?? "en-US",
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const blockedRequests: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const origin = server.origin;
    await routeOffline(page, origin, (url) => blockedRequests.push(url));
    await addCjkFont(page, origin);
    if (fakeBundle) {
      if (options.fakeOptions)
        await page.addInitScript((fakeOptions) => {
          (window as unknown as { __excelFakeOptions: unknown }).__excelFakeOptions = fakeOptions;
        }, options.fakeOptions);
      await page.addInitScript({ path: fakeBundle });
    }
    await page.goto(`${origin}${options.path ?? "/taskpane.html"}`);
    return { page, origin, pageErrors, blockedRequests, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs `read` against window.__excelFake in the page (the function is sent as source text). */
export function inspectFake<I, T>(page: Page, read: (fake: I) => T): Promise<T> {
  return page.evaluate((source) => {
    const fake = (window as unknown as { __excelFake: I }).__excelFake;
    return (new Function("fake", `return (${source})(fake);`) as (f: I) => T)(fake);
  }, read.toString());
}
