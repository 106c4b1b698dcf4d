/**
 * Part 2: the emission-sheet validator on 1,000 / 10,000 / 100,000-row sheets, each size in its
 * own child process (validatorChild.ts), against a bare pass over the same cells.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import type { ValidatorChildResult } from "./validatorChild";

export interface ValidatorFigure extends ValidatorChildResult {
  msPer1000Rows: number;
  ratioToBarePass: number;
}

export interface ValidatorResult {
  figures: ValidatorFigure[];
  /** ms per 1,000 rows at the largest size ÷ at the size below it: about 1 when growth is linear. */
  growthPer1000RowsLargestVsBelow: number;
  cpuMsLargest: number;
  linearPass: boolean;
  cpuBudgetMs: number;
  cpuPass: boolean;
}

export function runValidatorBench(sizes: readonly number[], timeoutMs: number): ValidatorResult {
  const figures: ValidatorFigure[] = sizes.map((rows) => {
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", "--max-old-space-size=4096", path.join(__dirname, "validatorChild.js"), String(rows)],
      { encoding: "utf8", timeout: timeoutMs, killSignal: "SIGKILL" },
    );
    if (child.status !== 0) {
      throw new Error(
        `validator child (${rows} rows) failed: ${child.error?.message ?? `exit ${child.status} ${child.signal ?? ""}`}\n${child.stderr}`,
      );
    }
    const result = JSON.parse(child.stdout.trim().split("\n").pop()!) as ValidatorChildResult;
    return {
      ...result,
      msPer1000Rows: (result.wallMs / rows) * 1_000,
      ratioToBarePass: result.wallMs / result.bareMs,
    };
  });
  const last = figures[figures.length - 1]!;
  const below = figures[figures.length - 2] ?? last;
  const growth = last.msPer1000Rows / below.msPer1000Rows;
  const cpuBudgetMs = 1_000;
  return {
    figures,
    growthPer1000RowsLargestVsBelow: growth,
    cpuMsLargest: last.cpuMs,
    linearPass: growth <= 1.5,
    cpuBudgetMs,
    cpuPass: last.cpuMs < cpuBudgetMs,
  };
}
