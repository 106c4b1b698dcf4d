#!/usr/bin/env node
/**
 * zc-cbam: CBAM tools on the command line. `zc-cbam supplier FILE…` reads suppliers' EU
 * Communication templates with the same core the add-in uses and runs the pre-send check.
 * Exit codes: 0 no error finding, 1 an error finding, 2 usage / file / not-a-template problems.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { pick } from "../core/shared/localizedText";
import {
  checkSupplierTemplate,
  countBySeverity,
  isTemplateError,
  readSupplierTemplate,
  renderSupplierReport,
  summaryHeader,
  summaryRows,
  supplierReportJson,
  toCsv,
  type SummaryCell,
  type SupplierReport,
} from "../core/supplier";
import { CBAM_HELP, parseCbamCli, type SupplierCliOptions } from "./cbamArgs";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./exitCodes";
import { WorkbookError } from "./readWorkbook";
import { runCommand } from "./runCommand";
import { supplierEuData } from "./supplierEuData";
import { writeSummaryWorkbook, type SummaryFinding } from "./supplierSummaryXlsx";
import { loadTemplateWorkbook } from "./templateWorkbook";

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const PROCESS_IO: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

type FileOutcome = { file: string; report: SupplierReport } | { file: string; problem: string };

export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<number> {
  const parsed = parseCbamCli(argv);
  if (parsed.kind === "help") {
    io.out(CBAM_HELP);
    return EXIT_OK;
  }
  if (parsed.kind === "usage-error") {
    io.err(`zc-cbam: ${parsed.message}\n\n${CBAM_HELP}`);
    return EXIT_USAGE;
  }
  const options = parsed.options;
  let files: string[];
  try {
    files = await expandFolders(options.files);
  } catch (error) {
    io.err(`zc-cbam: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  if (options.out !== undefined && files.some((file) => path.resolve(file) === path.resolve(options.out!))) {
    io.err(`zc-cbam: --out ${options.out} is one of the files to read; it is never overwritten.\n`);
    return EXIT_USAGE;
  }
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await readOne(file, options));
  for (const outcome of outcomes) {
    if ("problem" in outcome) io.err(`zc-cbam: ${outcome.problem}\n`);
  }
  print(outcomes, options, io);
  if (options.out !== undefined) await writeOut(outcomes, options);
  if (outcomes.some((outcome) => "problem" in outcome)) return EXIT_USAGE;
  const anyError = outcomes.some((o) => "report" in o && countBySeverity(o.report.findings).errors > 0);
  return anyError ? EXIT_FAILED : EXIT_OK;
}

/** A folder stands for its .xlsx files (Excel's "~$" lock files left out), in name order. */
async function expandFolders(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    if (!stat?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const names = (await fs.readdir(arg))
      .filter((name) => name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$"))
      .sort();
    if (names.length === 0) throw new Error(`The folder ${arg} holds no .xlsx file.`);
    for (const name of names) files.push(path.join(arg, name));
  }
  return files;
}

async function readOne(file: string, options: SupplierCliOptions): Promise<FileOutcome> {
  try {
    const workbook = await loadTemplateWorkbook(file);
    const euData = await supplierEuData();
    const read = readSupplierTemplate(workbook, euData);
    const report = checkSupplierTemplate(read, {
      today: new Date().toISOString().slice(0, 10),
      euData,
      maxDefaultValueShare: options.maxDefaultValueShare,
    });
    return { file, report };
  } catch (error) {
    if (error instanceof WorkbookError) return { file, problem: error.message };
    if (isTemplateError(error))
      return { file, problem: `${file}: ${pick(error.localized, options.language)}` };
    throw error;
  }
}

function print(outcomes: readonly FileOutcome[], options: SupplierCliOptions, io: Io): void {
  const { language } = options;
  if (options.json) {
    const items = outcomes.map((o) =>
      "report" in o ? supplierReportJson(o.file, o.report, language) : { file: o.file, error: o.problem },
    );
    io.out(`${JSON.stringify(items.length === 1 ? items[0] : items, null, 2)}\n`);
    return;
  }
  const reports = outcomes.filter((o): o is { file: string; report: SupplierReport } => "report" in o);
  io.out(reports.map((o) => renderSupplierReport(o.file, o.report, language)).join("\n"));
  if (outcomes.length > 1 && options.out === undefined) {
    io.out(`\n${toCsv([summaryHeader(language), ...summaryTable(outcomes)])}`);
  }
}

function summaryTable(outcomes: readonly FileOutcome[]): SummaryCell[][] {
  return outcomes.flatMap((o) => ("report" in o ? summaryRows(o.file, o.report) : []));
}

async function writeOut(outcomes: readonly FileOutcome[], options: SupplierCliOptions): Promise<void> {
  const findings: SummaryFinding[] = outcomes.flatMap((o) =>
    "report" in o
      ? o.report.findings.map((f) => ({
          file: o.file,
          severity: f.severity,
          cell: `${f.sheet}!${f.cell}`,
          message: pick(f.message, options.language),
        }))
      : [{ file: o.file, severity: "error", cell: "", message: o.problem }],
  );
  await writeSummaryWorkbook(
    options.out!,
    summaryHeader(options.language),
    summaryTable(outcomes),
    findings,
    options.language,
  );
}

if (require.main === module) runCommand("zc-cbam", main);
