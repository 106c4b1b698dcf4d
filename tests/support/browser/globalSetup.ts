/**
 * jest global setup: resolves the e2e browser once, before the workers start, so that two workers
 * never unpack the packaged Chromium at the same time; the workers read the choice from the
 * environment. A failure is left for the e2e tests to report (unit tests do not need a browser).
 */
import { CHOICE_ENV, resolveChromium } from "./chromium";

export default function globalSetup(): void {
  if (process.env[CHOICE_ENV]) return;
  try {
    process.env[CHOICE_ENV] = JSON.stringify(resolveChromium());
  } catch {
    // Reported by the first e2e test that launches a browser.
  }
}
