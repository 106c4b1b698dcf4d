/**
 * A CJK font for e2e pages on machines without one (a fresh Linux has none): Noto Sans SC from the
 * npm package @fontsource/noto-sans-sc, served under the page's own origin and declared for the
 * family name Fluent UI asks for first ('Segoe UI'), limited by the package's unicode ranges to CJK
 * code points — Latin text still falls through to the next font in Fluent's stack.
 */
import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";

const FONT_DIR = path.dirname(require.resolve("@fontsource/noto-sans-sc/package.json"));
/** Regular and Fluent's semibold. */
const WEIGHTS = ["400", "600"];
export const FONT_ROUTE = "/__e2e_fonts__/";
/** The family the rules are declared under (Fluent's first choice, absent on Linux). */
export const CJK_FONT_FAMILY = "Segoe UI";

function fontFaceCss(origin: string): string {
  return WEIGHTS.map((weight) => readFileSync(path.join(FONT_DIR, `${weight}.css`), "utf8"))
    .join("\n")
    .replace(/font-family: 'Noto Sans SC'/g, `font-family: '${CJK_FONT_FAMILY}'`)
    .replace(/url\(\.\/files\//g, `url(${origin}${FONT_ROUTE}`);
}

/** Injects the @font-face rules and serves the font files; call before page.goto. */
export async function addCjkFont(page: Page, origin: string): Promise<void> {
  await page.route(`${origin}${FONT_ROUTE}**`, (route) => {
    const name = path.basename(new URL(route.request().url()).pathname);
    const file = path.join(FONT_DIR, "files", name);
    if (!/^[\w.-]+\.woff2?$/.test(name)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: "font/woff2", body: readFileSync(file) });
  });
  await page.addInitScript((css: string) => {
    const add = () => {
      const style = document.createElement("style");
      style.setAttribute("data-e2e-font", "noto-sans-sc");
      style.textContent = css;
      document.head.appendChild(style);
    };
    if (document.head) add();
    else document.addEventListener("DOMContentLoaded", add, { once: true });
  }, fontFaceCss(origin));
}
