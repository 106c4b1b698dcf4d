/**
 * Keeps a test page off the network: office.js (and the files it loads next to itself) from
 * Microsoft's CDN address are served from the @microsoft/office-js package, the add-in's own origin
 * and data: URLs pass, and every other request is aborted (and reported to `onBlocked`).
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";

const CDN_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

export async function routeOffline(
  page: Page,
  origin: string,
  onBlocked?: (url: string) => void,
): Promise<void> {
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN_DIR)) {
      const file = path.join(OFFICE_JS_DIR, url.slice(CDN_DIR.length).split("?")[0]!);
      if (file.startsWith(OFFICE_JS_DIR) && existsSync(file))
        return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
      return route.fulfill({ status: 404, body: "" });
    }
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    onBlocked?.(url);
    return route.abort();
  });
}
