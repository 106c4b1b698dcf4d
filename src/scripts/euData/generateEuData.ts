/**
 * npm run eu-data [DIR | FILE ...]: regenerates src/core/eu/data/*.json from the Commission's
 * workbooks and the Official Journal texts. Without arguments it reads ../shared/eu-cbam relative
 * to the repository. A directory argument is searched the same way; file arguments name the
 * workbooks (default-values-*.xlsx, benchmarks-*.xlsx) and texts (Reg-2023-956*.txt,
 * Reg-2025-2083*.txt) directly, so a newer workbook (version 2) regenerates with the same
 * command. Where a directory holds several default-values workbooks, the highest version wins.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { countryList } from "./countryList";
import { readAnnexes } from "./readAnnexes";
import { readBenchmarks } from "./readBenchmarks";
import { readDefaultValues } from "./readDefaultValues";

const ROOT = path.resolve(
  __dirname,
  fs.existsSync(path.resolve(__dirname, "../../../package.json")) ? "../../.." : "../../../../..",
);
const OUT = path.join(ROOT, "src/core/eu/data");

interface Inputs {
  defaultValues: string;
  benchmarks: string;
  regulation: string;
  omnibus: string;
}

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesIn(full) : [full];
  });
}

/** "default-values-v2-2026-08-06.xlsx" → 2; files without a version mark sort first. */
const versionOf = (file: string): number => Number(/-v(\d+)/.exec(path.basename(file))?.[1] ?? 0);

function pick(files: string[], pattern: RegExp, what: string): string {
  const matches = files.filter((file) => pattern.test(path.basename(file)));
  if (matches.length === 0) throw new Error(`no ${what} (${pattern}) among the inputs`);
  return matches.sort((a, b) => versionOf(a) - versionOf(b) || a.localeCompare(b)).at(-1)!;
}

export function resolveInputs(args: string[]): Inputs {
  const given = args.length > 0 ? args : [path.resolve(ROOT, "../shared/eu-cbam")];
  const files = given.flatMap((arg) => (fs.statSync(arg).isDirectory() ? filesIn(arg) : [path.resolve(arg)]));
  // Files named explicitly come first so they win over a directory's older copies.
  const fallback = args.length > 0 ? [...files, ...filesIn(path.resolve(ROOT, "../shared/eu-cbam"))] : files;
  const choose = (pattern: RegExp, what: string): string => {
    const own = files.filter((file) => pattern.test(path.basename(file)));
    return own.length > 0 ? pick(own, pattern, what) : pick(fallback, pattern, what);
  };
  return {
    defaultValues: choose(/^default-values.*\.xlsx$/i, "default-values workbook"),
    benchmarks: choose(/^benchmarks.*\.xlsx$/i, "benchmarks workbook"),
    regulation: choose(/^Reg-2023-956.*\.txt$/i, "text of Regulation (EU) 2023/956"),
    omnibus: choose(/^Reg-2025-2083.*\.txt$/i, "text of Regulation (EU) 2025/2083"),
  };
}

function write(name: string, data: unknown): void {
  const file = path.join(OUT, name);
  fs.writeFileSync(file, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${path.relative(ROOT, file)} (${(fs.statSync(file).size / 1024).toFixed(1)} KiB)`);
}

async function main(): Promise<void> {
  const inputs = resolveInputs(process.argv.slice(2));
  for (const [what, file] of Object.entries(inputs)) console.log(`${what}: ${file}`);
  const defaultValues = await readDefaultValues(inputs.defaultValues);
  const benchmarks = await readBenchmarks(inputs.benchmarks);
  const goods = readAnnexes(inputs.regulation, inputs.omnibus);
  const tableNames = Object.fromEntries(
    Object.entries(defaultValues.tables)
      .filter(([code]) => code !== "OTHER")
      .map(([code, table]) => [code, table.name]),
  );
  fs.mkdirSync(OUT, { recursive: true });
  write("defaultValues.json", defaultValues);
  write("benchmarks.json", benchmarks);
  write("cbamGoods.json", goods);
  write("countries.json", countryList(tableNames, goods.exemptTerritories));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}
