/**
 * Part 3: Excel round trips. The task pane's Excel layer (src/excel) against the in-memory stand-in
 * (tests/support/excelFake), which counts context.sync() calls: syncs to read a sheet for
 * validation and to write its report, for each sheet size. Both should stay constant up to the
 * chunking limit (src/excel/readLimits.ts) and then grow by one per chunk.
 */
import { reportRows, reportSheetName, validateSheet } from "../../src/core/sheet";
import { MAX_CHUNK_ROWS, readActiveSheet, rowsPerChunk, writeReportSheet } from "../../src/excel";
import { installExcelFake } from "../support/excelFake";
import { generateParkSheet } from "./sheetGenerator";
import { elapsedMs, nowNs } from "./support/timing";

export interface RoundTripFigure {
  rows: number;
  sheetRows: number;
  readSyncs: number;
  /** 1 + one per chunk of rowsPerChunk(width) rows. */
  expectedReadSyncs: number;
  reportRows: number;
  writeSyncs: number;
  expectedWriteSyncs: number;
  readMs: number;
  writeMs: number;
}

export interface RoundTripResult {
  figures: RoundTripFigure[];
  chunkRows: number;
  pass: boolean;
}

const SHEET = "园区排放清单";

async function measureSize(rows: number): Promise<RoundTripFigure> {
  const fake = installExcelFake({ displayLanguage: "en-US" });
  try {
    const values = generateParkSheet(rows).map((row) => row.map((cell) => cell ?? ""));
    fake.state.addSheet(SHEET, values as (string | number | boolean)[][]);
    fake.state.activate(SHEET);

    fake.state.syncCount = 0;
    let start = nowNs();
    const snapshot = await readActiveSheet();
    const readMs = elapsedMs(start);
    const readSyncs = fake.state.syncCount;

    const result = validateSheet(snapshot);
    const report = reportRows(result, "en");

    fake.state.syncCount = 0;
    start = nowNs();
    await writeReportSheet(reportSheetName(result.sheetName), report);
    const writeMs = elapsedMs(start);
    const writeSyncs = fake.state.syncCount;

    const width = values[0]!.length;
    const readChunks = Math.ceil(values.length / rowsPerChunk(width));
    const writeChunks = Math.ceil(report.length / rowsPerChunk(report[0]?.length ?? 1));
    return {
      rows,
      sheetRows: values.length,
      readSyncs,
      expectedReadSyncs: 1 + readChunks,
      reportRows: report.length,
      writeSyncs,
      expectedWriteSyncs: 2 + Math.max(0, writeChunks - 1),
      readMs,
      writeMs,
    };
  } finally {
    fake.uninstall();
  }
}

export async function runRoundTrips(sizes: readonly number[]): Promise<RoundTripResult> {
  const figures: RoundTripFigure[] = [];
  for (const rows of sizes) figures.push(await measureSize(rows));
  return {
    figures,
    chunkRows: MAX_CHUNK_ROWS,
    pass: figures.every((f) => f.readSyncs <= f.expectedReadSyncs && f.writeSyncs <= f.expectedWriteSyncs),
  };
}
