/**
 * Part 6: reading a supplier's CBAM Communication template (zc-cbam supplier's path: file →
 * exceljs with only the three sheets the reader uses → reader → pre-send check with the EU
 * tables), per file, against the target of 1 s per file. The first read of a process (cold) and
 * the median of the next ones (warm) are reported, and a full exceljs load of all 19 sheets as
 * the reference the sheet pruning is measured against. Also what the feature costs the task pane:
 * bytes in its initial bundle and the lazily loaded xlsx reader chunks.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { loadTemplateWorkbook } from "../../src/cli/templateWorkbook";
import { loadEuLookup } from "../../src/core/eu";
import { checkSupplierTemplate, readSupplierTemplate, supplierEuDataFrom } from "../../src/core/supplier";
import { measureBundle } from "./bundleSizes";
import { DIST, ROOT } from "./support/paths";
import { elapsedMs, median, nowNs } from "./support/timing";

export interface SupplierFigure {
  file: string;
  products: number;
  coldMs: number;
  warmMedianMs: number;
  pass: boolean;
}

export interface SupplierResult {
  figures: SupplierFigure[];
  euTablesLoadMs: number;
  fullExceljsLoadMs: number;
  targetMs: number;
}

const TARGET_MS = 1_000;

export async function runSupplierBench(warmRuns: number): Promise<SupplierResult> {
  const dir = path.join(ROOT, "..", "shared", "eu-cbam");
  const files = [
    "communication-template-v2.1.1.xlsx",
    "examples/example-cement-v2.1.xlsx",
    "examples/example-fertiliser-v2.1.xlsx",
    "examples/example-screws-and-nuts-v2.1.xlsx",
  ].map((name) => path.join(dir, name));
  for (const file of files)
    if (!fs.existsSync(file)) throw new Error(`${file} is missing (shared/ beside the repository)`);

  const euStart = nowNs();
  const euData = supplierEuDataFrom(await loadEuLookup());
  const euTablesLoadMs = elapsedMs(euStart);

  const readOnce = async (file: string): Promise<{ ms: number; products: number }> => {
    const start = nowNs();
    const read = readSupplierTemplate(await loadTemplateWorkbook(file), euData);
    const report = checkSupplierTemplate(read, { today: new Date().toISOString().slice(0, 10), euData });
    return { ms: elapsedMs(start), products: report.products.length };
  };

  const figures: SupplierFigure[] = [];
  for (const file of files) {
    const cold = await readOnce(file);
    const warm: number[] = [];
    for (let i = 0; i < warmRuns; i++) warm.push((await readOnce(file)).ms);
    const warmMedianMs = median(warm);
    figures.push({
      file: path.relative(dir, file),
      products: cold.products,
      coldMs: cold.ms,
      warmMedianMs,
      pass: Math.max(cold.ms, warmMedianMs) <= TARGET_MS,
    });
  }

  const fullStart = nowNs();
  await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(files[1]!) as unknown as ArrayBuffer);
  const fullExceljsLoadMs = elapsedMs(fullStart);

  return { figures, euTablesLoadMs, fullExceljsLoadMs, targetMs: TARGET_MS };
}

export interface SupplierBundleFigure {
  /** Minified KiB the supplier feature adds to dist/taskpane.js (its src folders, from the source map). */
  inTaskpaneKiB: number;
  taskpaneGzippedKiB: number;
  taskpaneBudgetGzippedKiB: number;
  /** The chunks the pane fetches when a template file is picked (exceljs, jszip, the reader). */
  lazyChunks: { file: string; minifiedKiB: number; gzippedKiB: number }[];
}

const SUPPLIER_SOURCES = ["src/taskpane/supplier", "src/core/supplier", "src/excel/supplier"];

/** What the supplier feature costs the pane: bytes in the initial bundle, and the lazily loaded xlsx reader. */
export function runSupplierBundles(): SupplierBundleFigure {
  const taskpane = measureBundle("taskpane.js", 1_000);
  const inTaskpaneKiB = taskpane.largest
    .filter((group) => SUPPLIER_SOURCES.some((source) => group.name.startsWith(source)))
    .reduce((sum, group) => sum + group.minifiedKiB, 0);
  // The reader's chunks: dist/chunks/xlsx/ (webpack.config.js), whatever their hashed names.
  const folder = path.join("chunks", "xlsx");
  if (!fs.existsSync(path.join(DIST, folder)))
    throw new Error(`dist/${folder} is missing: run npm run build`);
  const lazyChunks = fs
    .readdirSync(path.join(DIST, folder))
    .map((name) => path.join(folder, name))
    .filter((file) => file.endsWith(".js"))
    .filter((file) => {
      const map = path.join(DIST, `${file}.map`);
      if (!fs.existsSync(map)) return false;
      const sources = (JSON.parse(fs.readFileSync(map, "utf8")) as { sources: string[] }).sources;
      return sources.some((source) => /node_modules\/exceljs\/|src\/taskpane\/supplier\//.test(source));
    })
    .map((file) => {
      const code = fs.readFileSync(path.join(DIST, file));
      return {
        file,
        minifiedKiB: code.length / 1024,
        gzippedKiB: zlib.gzipSync(code, { level: 9 }).length / 1024,
      };
    });
  if (lazyChunks.length === 0)
    throw new Error("no lazily loaded xlsx reader chunk in dist/: run npm run build");
  return {
    inTaskpaneKiB,
    taskpaneGzippedKiB: taskpane.gzippedKiB,
    taskpaneBudgetGzippedKiB: taskpane.budgetGzippedKiB,
    lazyChunks,
  };
}
