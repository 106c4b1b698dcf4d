/**
 * Part 6: reading a supplier's CBAM Communication template (zc-cbam supplier's path: file →
 * exceljs with only the three sheets the reader uses → reader → pre-send check with the EU
 * tables), per file, against the target of 1 s per file. The first read of a process (cold) and
 * the median of the next ones (warm) are reported, and a full exceljs load of all 19 sheets as
 * the reference the sheet pruning is measured against.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadTemplateWorkbook } from "../../src/cli/templateWorkbook";
import { loadEuLookup } from "../../src/core/eu";
import { checkSupplierTemplate, readSupplierTemplate, supplierEuDataFrom } from "../../src/core/supplier";
import { ROOT } from "./support/paths";
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
