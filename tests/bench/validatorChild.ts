/**
 * One validator measurement in a fresh process (node --expose-gc validatorChild.js <rows>), so
 * the peak RSS (process.resourceUsage().maxRSS) belongs to that sheet size alone. Prints one JSON
 * line: time per run (median), CPU, the bare pass over the same cells, memory deltas.
 */
import { validateSheet } from "../../src/core/sheet";
import { barePass, generateParkSheet } from "./sheetGenerator";
import { cpuMs, median } from "./support/timing";

export interface ValidatorChildResult {
  rows: number;
  runs: number;
  wallMs: number;
  cpuMs: number;
  bareMs: number;
  issues: number;
  readings: number;
  heapRetainedMiB: number;
  peakRssDeltaMiB: number;
  rssMiB: number;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const MiB = 2 ** 20;

function main(): void {
  const rows = Number(process.argv[2]);
  if (!Number.isInteger(rows) || rows <= 0) throw new Error("usage: validatorChild <rows>");

  // Warm-up on a small sheet, so the first measured run is not the JIT's.
  const small = generateParkSheet(1_000);
  for (let i = 0; i < 3; i++) validateSheet({ sheetName: "Warm-up", values: small, origin: "A1" });

  const values = generateParkSheet(rows);
  const input = { sheetName: "园区排放清单", values, origin: "A1" };
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;

  const first = cpuMs(() => validateSheet(input));
  const heapRetained = process.memoryUsage().heapUsed - heapBefore; // the result is still alive
  const peakRssDelta = process.resourceUsage().maxRSS * 1024 - maxRssBefore;
  const result = first.value;

  const runs = rows >= 100_000 ? 3 : 5;
  const wall: number[] = [first.wallMs];
  const cpu: number[] = [first.cpuMs];
  for (let i = 1; i < runs; i++) {
    const run = cpuMs(() => validateSheet(input));
    wall.push(run.wallMs);
    cpu.push(run.cpuMs);
  }
  const bare: number[] = [];
  let tags = 0;
  for (let i = 0; i < runs; i++) {
    const run = cpuMs(() => barePass(values));
    tags += run.value;
    bare.push(run.wallMs);
  }

  const out: ValidatorChildResult = {
    rows,
    runs,
    wallMs: median(wall),
    cpuMs: median(cpu),
    bareMs: median(bare) + (tags === -1 ? 1 : 0),
    issues: result.issues.length,
    readings: result.readings.length,
    heapRetainedMiB: heapRetained / MiB,
    peakRssDeltaMiB: peakRssDelta / MiB,
    rssMiB: process.memoryUsage().rss / MiB,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main();
