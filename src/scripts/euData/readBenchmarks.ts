/**
 * The Commission's benchmark workbook (IR (EU) 2025/2620 annex as a table), sheet "Benchmarks":
 * CN code (8-digit integer), description, Column A value and marks, Column B value and marks.
 * A code with several routes or periods repeats on the following rows; sector rows have no value.
 */
import ExcelJS from "exceljs";
import type { BenchmarkRow, BenchmarksFile } from "../../core/eu/types";
import { cnDigits, plain } from "./cells";
import { workbookSource } from "./sourceInfo";

function value(cell: ExcelJS.CellValue): number | null {
  const v = plain(cell);
  if (typeof v === "number") return v;
  if (v === null || String(v).trim() === "") return null;
  throw new Error(`unexpected benchmark "${String(v)}"`);
}

function marks(cell: ExcelJS.CellValue): string {
  const text = String(plain(cell) ?? "").trim();
  if (text !== "" && !/^(\([A-Z0-9]\))+$/.test(text)) throw new Error(`unexpected route mark "${text}"`);
  return text;
}

export async function readBenchmarks(file: string): Promise<BenchmarksFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const source = workbookSource(
    file,
    workbook,
    "European Commission, CBAM benchmarks workbook",
    "Commission Implementing Regulation (EU) 2025/2620, Annex",
  );
  const sheet = workbook.getWorksheet("Benchmarks");
  if (!sheet) throw new Error(`${file}: no "Benchmarks" sheet`);
  const descriptions: string[] = [];
  const descriptionIndex = new Map<string, number>();
  const rows: BenchmarkRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const code = cnDigits(row.getCell(1).value);
    if (code === null) return;
    if (code.length !== 8) throw new Error(`Benchmarks row ${number}: CN code ${code} is not 8 digits`);
    const description = String(plain(row.getCell(2).value) ?? "").trim();
    let index = descriptionIndex.get(description);
    if (index === undefined) {
      index = descriptions.length;
      descriptions.push(description);
      descriptionIndex.set(description, index);
    }
    rows.push([
      code,
      index,
      value(row.getCell(3).value),
      marks(row.getCell(4).value),
      value(row.getCell(5).value),
      marks(row.getCell(6).value),
    ]);
  });
  return { source, descriptions, rows };
}
