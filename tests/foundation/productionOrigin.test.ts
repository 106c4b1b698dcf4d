/**
 * A production build for another host (ADDIN_ORIGIN) must send every link to that host: the
 * manifest, both functions metadata files (Excel's "Help on this function"), and nothing in the
 * output may name localhost — not even a source map's copy of a comment.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "fs";
import os from "os";
import path from "path";

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, "../..");
const ORIGIN = "https://zc-addin.example.com";
let outDir = "";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), "zc-origin-build-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_ORIGIN: ORIGIN, ADDIN_OUTPUT_DIR: outDir },
    stdio: "pipe",
  });
});

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`production build for ${ORIGIN}`, () => {
  test("no file in the output names localhost", () => {
    const files = filesUnder(outDir);
    expect(files.length).toBeGreaterThan(5);
    const naming = files.filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(file, "latin1")));
    expect(naming.map((file) => path.relative(outDir, file))).toEqual([]);
  });

  test.each(["functions.json", "functions.zh-CN.json"])("%s sends every help link to the origin", (name) => {
    const metadata = JSON.parse(readFileSync(path.join(outDir, name), "utf8")) as {
      functions: { id: string; helpUrl?: string }[];
    };
    expect(metadata.functions.length).toBeGreaterThan(5);
    for (const fn of metadata.functions) expect(fn.helpUrl).toBe(`${ORIGIN}/taskpane.html?help=${fn.id}`);
  });

  test("the manifest's URLs are on the origin and the page loads office.js from Microsoft's CDN", () => {
    const manifest = readFileSync(path.join(outDir, "manifest.xml"), "utf8");
    const urls = [...manifest.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map(
      (match) => match[1]!,
    );
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => new URL(url).origin !== ORIGIN)).toEqual([]);
    const page = readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    expect(page).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });
});
