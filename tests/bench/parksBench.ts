/** Part 6: several parks (issue 14), run in its own process (parksChild.ts). */
import { spawnSync } from "child_process";
import * as path from "path";
import type { ParksChildResult } from "./parksChild";

export interface ParksResult extends ParksChildResult {
  cpuBudgetMs: number;
  longPass: boolean;
  widePass: boolean;
  /** Stray-cell CPU ÷ plain CPU: about 1 when the used range costs nothing. */
  strayRatio: number;
}

export function runParksBench(parks: number, indicators: number, timeoutMs: number): ParksResult {
  const child = spawnSync(
    process.execPath,
    ["--max-old-space-size=2048", path.join(__dirname, "parksChild.js"), String(parks), String(indicators)],
    { encoding: "utf8", timeout: timeoutMs, killSignal: "SIGKILL" },
  );
  if (child.status !== 0)
    throw new Error(`parks child failed: ${child.error?.message ?? `exit ${child.status}`}\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split("\n").pop()!) as ParksChildResult;
  const cpuBudgetMs = 1_000;
  return {
    ...result,
    cpuBudgetMs,
    longPass: result.long.cpuMs < cpuBudgetMs,
    widePass: result.wide.cpuMs < cpuBudgetMs,
    strayRatio: result.stray.strayCpuMs / result.stray.plainCpuMs,
  };
}
