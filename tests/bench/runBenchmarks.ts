/**
 * npm run bench: builds, then measures (issue 8)
 *   1. custom functions through the built bundle vs a plain floating-point formula,
 *   2. the sheet validator at 1k / 10k / 100k rows vs a bare pass over the cells,
 *   3. context.sync() round trips of the Excel layer against the counting stand-in,
 *   4. bundle sizes against their budgets,
 *   5. task pane time to app ready and to the first checklist item in headless Chromium,
 *   6. the EU tables: load time, look-ups per second after load, lazy chunk sizes (issue 12),
 *   7. reading a supplier's CBAM Communication template (target ≤ 1 s per file), the xlsx reader chunks,
 *   8. several parks: 1,000 parks × 100 indicators (long and wide) and a stray far cell (issue 14),
 * prints one table with the machine and writes the same figures to build/bench-results.json.
 * Ratios are always between figures of the same run. A part that fails is reported and the
 * others still run (exit code 1). `--quick` runs smaller sizes (a smoke run).
 */
import * as fs from "fs";
import * as path from "path";
import { runBundleSizes, type BundleFigure } from "./bundleSizes";
import {
  CHUNK_BUDGET_GZIPPED_KIB,
  LOOKUP_TARGET_PER_SECOND,
  runEuDataBench,
  type EuDataResult,
} from "./euDataBench";
import { runFunctionsBench, type FunctionsResult } from "./functionsBench";
import { runParksBench, type ParksResult } from "./parksBench";
import { runRoundTrips, type RoundTripResult } from "./roundTrips";
import {
  runSupplierBench,
  runSupplierBundles,
  type SupplierBundleFigure,
  type SupplierResult,
} from "./supplierBench";
import { describeMachine, machineInfo } from "./support/machine";
import { RESULTS_FILE } from "./support/paths";
import { formatTable } from "./support/table";
import { median, round3 } from "./support/timing";
import { runTaskpaneTiming, type TaskpaneResult } from "./taskpaneTiming";
import { runValidatorBench, type ValidatorResult } from "./validatorBench";

const verdict = (pass: boolean): string => (pass ? "PASS" : "MISS");
const kib = (value: number): string => `${value.toFixed(1)} KiB`;

function functionsTable(result: FunctionsResult): string {
  const rows = result.figures.map((f) => [
    f.function,
    f.calls,
    round3(f.nsPerCall / 1000),
    Math.round(f.evaluationsPerSecond),
    round3(f.plainNsPerCall / 1000),
    Math.round(f.plainEvaluationsPerSecond),
    `${round3(f.ratioToPlain)}×`,
    f.function === "CBAM_COST"
      ? `≤ ${result.cbamTargetRatio}× ${verdict(f.ratioToPlain <= result.cbamTargetRatio)}`
      : "",
  ]);
  const exact = result.cbamExactness;
  return [
    formatTable(
      "1. Custom functions (built dist/functions.js, one call per cell as Excel calls them; medians)",
      ["function", "calls", "µs/call", "evals/s", "plain µs/call", "plain evals/s", "ratio", "target"],
      rows,
    ),
    `   CBAM_COST exact to the cent: ${exact.sampled - exact.adapterMismatches}/${exact.sampled} sampled lines match an integer-cents computation ${verdict(exact.adapterMismatches === 0)}` +
      ` (plain doubles: ${exact.plainFloatMismatches} off by a cent)`,
    ...(exact.firstMismatch ? [`   first mismatch: ${exact.firstMismatch}`] : []),
  ].join("\n");
}

function validatorTable(result: ValidatorResult): string {
  const rows = result.figures.map((f) => [
    f.rows,
    round3(f.wallMs),
    round3(f.cpuMs),
    round3(f.msPer1000Rows),
    round3(f.bareMs),
    `${round3(f.ratioToBarePass)}×`,
    round3(f.heapRetainedMiB),
    round3(f.peakRssDeltaMiB),
    f.issues,
  ]);
  return [
    formatTable(
      "2. Sheet validator (validateSheet, one child process per size; medians)",
      [
        "rows",
        "wall ms",
        "CPU ms",
        "ms/1k rows",
        "bare pass ms",
        "ratio",
        "heap kept MiB",
        "peak RSS +MiB",
        "issues",
      ],
      rows,
    ),
    `   growth: ms per 1k rows at ${result.figures.at(-1)!.rows.toLocaleString("en-US")} ÷ at ${result.figures.at(-2)?.rows.toLocaleString("en-US")} = ${round3(result.growthPer1000RowsLargestVsBelow)} (linear ≤ 1.5) ${verdict(result.linearPass)}` +
      `; CPU at the largest size ${round3(result.cpuMsLargest)} ms (< ${result.cpuBudgetMs} ms) ${verdict(result.cpuPass)}`,
  ].join("\n");
}

function bundleTable(figures: readonly BundleFigure[]): string {
  const rows = figures.map((f) => [
    f.bundle,
    kib(f.minifiedKiB),
    kib(f.gzippedKiB),
    `≤ ${f.budgetGzippedKiB} KiB`,
    verdict(f.pass),
    f.largest
      .slice(0, 4)
      .map((c) => `${c.name} ${Math.round(c.share * 100)}%`)
      .join(", "),
  ]);
  return formatTable(
    "4. Bundle sizes (gzip -9 via zlib; largest sources by minified bytes, from the source map)",
    ["bundle", "minified", "gzipped", "budget", "", "largest"],
    rows,
  );
}

function roundTripTable(result: RoundTripResult): string {
  const rows = result.figures.map((f) => [
    f.rows,
    f.readSyncs,
    f.expectedReadSyncs,
    round3(f.readMs),
    f.reportRows,
    f.writeSyncs,
    f.expectedWriteSyncs,
    round3(f.writeMs),
  ]);
  return [
    formatTable(
      `3. Excel round trips (src/excel against the counting stand-in; chunks of ${result.chunkRows.toLocaleString("en-US")} rows)`,
      [
        "data rows",
        "read syncs",
        "expected",
        "read ms",
        "report rows",
        "write syncs",
        "expected",
        "write ms",
      ],
      rows,
    ),
    `   syncs constant up to one chunk, then +1 per chunk: ${verdict(result.pass)} (ms are the in-memory stand-in's, not Excel's)`,
  ].join("\n");
}

function taskpaneTable(result: TaskpaneResult): string {
  const rows: (string | number)[][] = result.runs.map((r, i) => [
    String(i + 1),
    round3(r.domContentLoadedMs),
    round3(r.appReadyMs),
    round3(r.firstChecklistMs),
    round3(r.firstChecklistMs - r.clickMs),
  ]);
  rows.push([
    "median",
    round3(median(result.runs.map((r) => r.domContentLoadedMs))),
    round3(result.medianAppReadyMs),
    round3(result.medianFirstChecklistMs),
    round3(result.medianClickToChecklistMs),
  ]);
  return formatTable(
    "5. Task pane in headless Chromium, sample workbook (ms from navigation start)",
    ["run", "DOM loaded", "app ready", "first checklist item", "click → checklist"],
    rows,
  );
}

function euDataTable(result: EuDataResult): string {
  return [
    formatTable(
      "6. EU tables (default values, benchmarks, CBAM goods; look-ups after load, medians of 5 runs)",
      ["look-up", "per second", "target", ""],
      result.lookups.map((l) => [
        l.name,
        Math.round(l.perSecond),
        `≥ ${LOOKUP_TARGET_PER_SECOND.toLocaleString("en-US")}`,
        verdict(l.pass),
      ]),
    ),
    formatTable(
      "   lazy chunks (dist/chunks, loaded on first use from the add-in's origin)",
      ["chunk", "minified", "gzipped", "budget", ""],
      result.chunks.map((c) => [
        c.chunk,
        kib(c.minifiedKiB),
        kib(c.gzippedKiB),
        `≤ ${CHUNK_BUDGET_GZIPPED_KIB} KiB`,
        verdict(c.pass),
      ]),
    ),
    `   table load (JSON + indexes, Node) ${round3(result.tableLoadMs)} ms; first CBAM_DEFAULT_SEE through the bundle (chunks included) ${round3(result.bundleFirstCallMs)} ms`,
  ].join("\n");
}

function supplierTable(result: SupplierResult): string {
  const rows = result.figures.map((f) => [
    f.file,
    f.products,
    round3(f.coldMs),
    round3(f.warmMedianMs),
    `≤ ${result.targetMs} ms ${verdict(f.pass)}`,
  ]);
  return [
    formatTable(
      "7. Supplier template read (exceljs, 3 of 19 sheets → reader → pre-send check; first read, then median)",
      ["file", "products", "first ms", "warm ms", "target"],
      rows,
    ),
    `   EU tables loaded once in ${round3(result.euTablesLoadMs)} ms; for reference, exceljs loading all 19 sheets of the cement example: ${round3(result.fullExceljsLoadMs)} ms`,
  ].join("\n");
}

function supplierBundleTable(figure: SupplierBundleFigure): string {
  const rows = figure.lazyChunks.map((chunk) => [chunk.file, kib(chunk.minifiedKiB), kib(chunk.gzippedKiB)]);
  return [
    formatTable(
      "   xlsx reader chunks, fetched only when a template file is picked",
      ["chunk", "minified", "gzipped"],
      rows,
    ),
    `   supplier feature inside taskpane.js: ${kib(figure.inTaskpaneKiB)} minified; taskpane.js ${kib(figure.taskpaneGzippedKiB)} gzipped (≤ ${figure.taskpaneBudgetGzippedKiB} KiB) ${verdict(figure.taskpaneGzippedKiB <= figure.taskpaneBudgetGzippedKiB)}`,
  ].join("\n");
}

type Part<T> = { ok: true; value: T } | { ok: false; error: string };

async function part<T>(name: string, started: number, body: () => T | Promise<T>): Promise<Part<T>> {
  process.stderr.write(`bench: ${name} (${Math.round((Date.now() - started) / 1000)} s)\n`);
  try {
    return { ok: true, value: await body() };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`bench: ${name} failed: ${message}\n`);
    return { ok: false, error: message.split("\n")[0]! };
  }
}

function parksTable(result: ParksResult): string {
  const row = (layout: string, figure: ParksResult["long"], pass: boolean) => [
    layout,
    figure.rows,
    figure.parksFound,
    round3(figure.cpuMs),
    round3(figure.wallMs),
    `< ${result.cpuBudgetMs} ms ${verdict(pass)}`,
  ];
  const stray = result.stray;
  return [
    formatTable(
      `8. Several parks: ${result.parks} parks × ${result.indicators} indicators (validateSheet; medians)`,
      ["layout", "rows", "parks", "CPU ms", "wall ms", "budget"],
      [
        row("long (park | indicator | value | unit)", result.long, result.longPass),
        row("wide (one row per park)", result.wide, result.widePass),
      ],
    ),
    `   Stray cell at XFD1048576 (zc-validate's reader + validator, ${stray.cellsRead} rows held): ` +
      `${round3(stray.strayCpuMs)} ms CPU vs ${round3(stray.plainCpuMs)} ms without it (${round3(result.strayRatio)}×); ` +
      `RSS +${round3(stray.strayRssMiB)} MiB vs +${round3(stray.plainRssMiB)} MiB`,
  ].join("\n");
}

const shown = <T>(title: string, result: Part<T>, render: (value: T) => string): string =>
  result.ok ? render(result.value) : `${title}\n   ERROR: ${result.error}`;

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const started = Date.now();
  const machine = machineInfo();
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];

  const functions = await part("custom functions", started, () =>
    runFunctionsBench({
      callCounts: quick ? [1_000, 10_000] : [10_000, 100_000],
      budgetMs: quick ? 2_000 : 20_000,
    }),
  );
  const validator = await part("validator", started, () => runValidatorBench(sizes, 120_000));
  const roundTrips = await part("Excel round trips", started, () => runRoundTrips(sizes));
  const bundles = await part("bundle sizes", started, () => runBundleSizes());
  const taskpane = await part("task pane in Chromium", started, () =>
    runTaskpaneTiming(quick ? 2 : 5, 60_000),
  );
  const euData = await part("EU tables", started, () => runEuDataBench(quick ? 100_000 : 1_000_000));

  const supplier = await part("supplier templates", started, () => runSupplierBench(quick ? 1 : 3));
  const supplierBundles = await part("supplier bundles", started, () => runSupplierBundles());
  const parks = await part("several parks", started, () => runParksBench(quick ? 100 : 1_000, 100, 180_000));

  const seconds = Math.round((Date.now() - started) / 1000);
  const report = [
    `Benchmarks — ${new Date().toISOString()}${quick ? " (quick)" : ""}`,
    `Machine: ${describeMachine(machine)}`,
    "",
    shown("1. Custom functions", functions, functionsTable),
    "",
    shown("2. Sheet validator", validator, validatorTable),
    "",
    shown("3. Excel round trips", roundTrips, roundTripTable),
    "",
    shown("4. Bundle sizes", bundles, bundleTable),
    "",
    shown("5. Task pane in headless Chromium", taskpane, taskpaneTable),
    "",
    shown("6. EU tables", euData, euDataTable),
    "",
    shown("7. Supplier template read", supplier, supplierTable),
    shown("   Supplier bundles", supplierBundles, supplierBundleTable),
    "",
    shown("8. Several parks", parks, parksTable),
    "",
    `Total bench time ${seconds} s.`,
  ].join("\n");
  console.log(report);

  const value = <T>(result: Part<T>) => (result.ok ? result.value : { error: result.error });
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        quick,
        machine,
        functions: value(functions),
        validator: value(validator),
        roundTrips: value(roundTrips),
        bundles: value(bundles),
        taskpane: value(taskpane),
        euData: value(euData),
        supplier: value(supplier),
        supplierBundles: value(supplierBundles),
        parks: value(parks),
        seconds,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Written ${path.relative(process.cwd(), RESULTS_FILE)}.`);
  const failed = [
    functions,
    validator,
    roundTrips,
    bundles,
    taskpane,
    euData,
    supplier,
    supplierBundles,
    parks,
  ].some((result) => !result.ok);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
