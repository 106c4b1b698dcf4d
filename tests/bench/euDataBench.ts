/**
 * Part 6: the EU tables (issue 12). Load time of the tables (JSON parse + indexes) in this fresh
 * process, the first CBAM_DEFAULT_SEE through the built bundle (chunk load included), look-ups per
 * second after load over a mix of codes, countries and years (target ≥ 1,000,000/s), and the
 * lazily loaded chunks' sizes against their 200 KiB gzipped budget.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { loadEuLookup, type EuLookup } from "../../src/core/eu";
import { builtFunction, loadBuiltFunctions } from "./functionsBundle";
import { DIST } from "./support/paths";
import { elapsedMs, median, nowNs } from "./support/timing";

export const LOOKUP_TARGET_PER_SECOND = 1_000_000;
export const CHUNK_BUDGET_GZIPPED_KIB = 200;

export interface ChunkFigure {
  chunk: string;
  minifiedKiB: number;
  gzippedKiB: number;
  pass: boolean;
}

export interface EuDataResult {
  /** loadEuLookup() in Node: JSON parse and index build, ms. */
  tableLoadMs: number;
  /** First CBAM_DEFAULT_SEE call through dist/functions.js: chunk load, parse, index, ms. */
  bundleFirstCallMs: number;
  lookups: { name: string; perSecond: number; pass: boolean }[];
  chunks: ChunkFigure[];
}

const CODES = [
  "7208 51 20",
  "72085120",
  "7601",
  "2523 29 00",
  "2814 10 00",
  "7318 15 90",
  "2804 10 00",
  "7306 30 72",
];
const COUNTRIES = ["CN", "China", "中国", "IN", "Türkiye", "TD", "VN", "KR"];

function perSecond(calls: number, body: (i: number) => unknown): number {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = nowNs();
    for (let i = 0; i < calls; i++) body(i);
    runs.push(calls / (elapsedMs(start) / 1000));
  }
  return median(runs);
}

function lookupFigures(eu: EuLookup, calls: number): EuDataResult["lookups"] {
  const figures = [
    {
      name: "defaultValue(code, country, year), 64 combinations",
      perSecond: perSecond(calls, (i) =>
        eu.defaultValue(CODES[i & 7], COUNTRIES[(i >> 3) & 7], 2026 + (i & 3)),
      ),
    },
    { name: "cbamGood(code)", perSecond: perSecond(calls, (i) => eu.cbamGood(CODES[i & 7])) },
    {
      name: "benchmark(code, route, year)",
      perSecond: perSecond(calls, (i) => eu.benchmark("7208 51 20", { route: "C", year: 2026 + (i & 3) })),
    },
  ];
  return figures.map((f) => ({ ...f, pass: f.perSecond >= LOOKUP_TARGET_PER_SECOND }));
}

function chunkFigures(): ChunkFigure[] {
  const dir = path.join(DIST, "chunks");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => {
      const code = fs.readFileSync(path.join(dir, name));
      const gzippedKiB = zlib.gzipSync(code, { level: 9 }).length / 1024;
      return {
        chunk: name,
        minifiedKiB: code.length / 1024,
        gzippedKiB,
        pass: gzippedKiB <= CHUNK_BUDGET_GZIPPED_KIB,
      };
    });
}

export async function runEuDataBench(calls = 1_000_000): Promise<EuDataResult> {
  const loadStart = nowNs();
  const eu = await loadEuLookup();
  const tableLoadMs = elapsedMs(loadStart);

  const functions = loadBuiltFunctions();
  const defaultSee = builtFunction(functions, "CBAM_DEFAULT_SEE");
  const firstStart = nowNs();
  await defaultSee([["7208 51 20"]], [["CN"]], [[2026]]);
  const bundleFirstCallMs = elapsedMs(firstStart);

  return { tableLoadMs, bundleFirstCallMs, lookups: lookupFigures(eu, calls), chunks: chunkFigures() };
}
