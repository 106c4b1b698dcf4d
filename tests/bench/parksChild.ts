/**
 * One multi-park measurement in a fresh process (node parksChild.js): 1,000 parks × 100 indicators,
 * long and wide, validated as the command line validates them; and the stray-far-cell case, the
 * same small table with and without one cell at XFD1048576 read through exceljs as zc-validate
 * reads it. Prints one JSON line.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadWorkbook, pickSheet, sheetInput } from "../../src/cli/readWorkbook";
import { validateSheet } from "../../src/core/sheet";
import { longParkTable, wideParkTable } from "./parkTables";
import { cpuMs, median } from "./support/timing";

export interface ParksChildResult {
  parks: number;
  indicators: number;
  long: { rows: number; cpuMs: number; wallMs: number; parksFound: number };
  wide: { rows: number; cpuMs: number; wallMs: number; parksFound: number };
  stray: {
    plainCpuMs: number;
    strayCpuMs: number;
    plainRssMiB: number;
    strayRssMiB: number;
    cellsRead: number;
  };
}

const MiB = 2 ** 20;

function measure(values: ReturnType<typeof longParkTable>, runs: number) {
  const input = { sheetName: "园区库", values, origin: "A1" };
  validateSheet(input); // warm-up
  const cpu: number[] = [];
  const wall: number[] = [];
  let parksFound = 0;
  for (let i = 0; i < runs; i++) {
    const run = cpuMs(() => validateSheet(input));
    cpu.push(run.cpuMs);
    wall.push(run.wallMs);
    parksFound = run.value.parks.length;
  }
  return { rows: values.length, cpuMs: median(cpu), wallMs: median(wall), parksFound };
}

async function strayCase(): Promise<ParksChildResult["stray"]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zc-bench-stray-"));
  const files: string[] = [];
  for (const stray of [false, true]) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("清单");
    for (const [i, row] of longParkTable(20, 50).entries())
      sheet.getRow(i + 1).values = row as ExcelJS.CellValue[];
    if (stray) sheet.getCell("XFD1048576").value = "x";
    const file = path.join(dir, stray ? "stray.xlsx" : "plain.xlsx");
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  const read = async (file: string) => {
    const workbook = await loadWorkbook(file);
    const before = process.memoryUsage().rss;
    const run = cpuMs(() => validateSheet(sheetInput(pickSheet(workbook, undefined))));
    return {
      cpu: run.cpuMs,
      rss: (process.memoryUsage().rss - before) / MiB,
      cells: run.value.summary.rowsScanned,
    };
  };
  await read(files[0]!); // warm-up
  const plain: number[] = [];
  const stray: number[] = [];
  let plainRss = 0;
  let strayRss = 0;
  let cells = 0;
  for (let i = 0; i < 5; i++) {
    const a = await read(files[0]!);
    const b = await read(files[1]!);
    plain.push(a.cpu);
    stray.push(b.cpu);
    plainRss = Math.max(plainRss, a.rss);
    strayRss = Math.max(strayRss, b.rss);
    cells = b.cells;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    plainCpuMs: median(plain),
    strayCpuMs: median(stray),
    plainRssMiB: plainRss,
    strayRssMiB: strayRss,
    cellsRead: cells,
  };
}

async function main(): Promise<void> {
  const parks = Number(process.argv[2] ?? 1_000);
  const indicators = Number(process.argv[3] ?? 100);
  const result: ParksChildResult = {
    parks,
    indicators,
    long: measure(longParkTable(parks, indicators), 3),
    wide: measure(wideParkTable(parks, indicators), 3),
    stray: await strayCase(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
