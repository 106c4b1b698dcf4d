/**
 * Finds a Chromium for the e2e tests and the bench, without ever downloading one: `CHROMIUM_PATH`,
 * then the usual system paths, then the binary that ships inside the npm package
 * @sparticuz/chromium (unpacked to the temp folder on first use, a few seconds).
 */
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { type Browser, chromium } from "playwright-core";

export interface ChromiumChoice {
  executablePath: string;
  /** Extra flags the binary needs (the packaged build brings its own). */
  args: string[];
  source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";
}

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
];

/** Set by tests/support/browser/globalSetup.ts so every jest worker reuses one resolution. */
export const CHOICE_ENV = "ZC_E2E_CHROMIUM";

// Flags of the packaged build's list that would hide real page behaviour in a test.
// --single-process: closing one browser context would end the whole browser (the bench opens several).
const UNWANTED_PACKAGE_FLAGS = new Set([
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--single-process",
]);

const COMMON_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  // Without these Chromium keeps trying to reach Google's hosts on a closed network.
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

/** The packaged binary: @sparticuz/chromium is ESM-only, so it is asked in a child Node process. */
function packagedChromium(): ChromiumChoice {
  const script = [
    "import chromium from '@sparticuz/chromium';",
    "const executablePath = await chromium.executablePath();",
    "process.stdout.write(JSON.stringify({ executablePath, args: chromium.args }));",
  ].join("\n");
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: __dirname,
    encoding: "utf8",
    timeout: 120_000,
  });
  const parsed = JSON.parse(output) as { executablePath: string; args: string[] };
  const packageFlags = parsed.args.filter(
    (flag) => !UNWANTED_PACKAGE_FLAGS.has(flag) && !flag.startsWith("--headless"),
  );
  return { executablePath: parsed.executablePath, args: packageFlags, source: "@sparticuz/chromium" };
}

export function resolveChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const cached = env[CHOICE_ENV];
  if (cached) return JSON.parse(cached) as ChromiumChoice;
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, args: [], source: "CHROMIUM_PATH" };
  }
  const system = SYSTEM_PATHS.find((candidate) => existsSync(candidate));
  if (system) return { executablePath: system, args: [], source: "system" };
  return packagedChromium();
}

export async function launchChromium(): Promise<Browser> {
  const choice = resolveChromium();
  const args = [...COMMON_FLAGS];
  for (const flag of choice.args) if (!args.includes(flag)) args.push(flag);
  return chromium.launch({ executablePath: choice.executablePath, args, headless: true });
}
