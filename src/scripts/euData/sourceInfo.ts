/** The provenance every generated file carries: file name, version, date and sha256. */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { EuSource } from "../../core/eu/types";

export function sha256Of(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

function isoDate(value: ExcelJS.CellValue): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/**
 * Version and date from the workbook's "Version history" sheet (its last row with a version
 * number). The benchmark workbook prints 2025-02-06 there although it was published in 2026
 * (its file name and the IR 2025/2620 it transcribes say 2026): the file name's date wins
 * when both exist.
 */
export function workbookSource(
  file: string,
  workbook: ExcelJS.Workbook,
  title: string,
  binding: string,
): EuSource {
  const history = workbook.worksheets.find((sheet) => /^version history$/i.test(sheet.name.trim()));
  let version: string | null = null;
  let date: string | null = null;
  history?.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === "number" || (typeof v === "string" && /^\d+(\.\d+)*$/.test(v.trim()))) {
      version = String(v).trim();
      date = isoDate(row.getCell(2).value);
    }
  });
  if (version === null) throw new Error(`${path.basename(file)}: no version in its "Version history" sheet`);
  const named = /(\d{4}-\d{2}-\d{2})/.exec(path.basename(file));
  return {
    file: path.basename(file),
    title,
    version,
    date: named ? named[1]! : date,
    sha256: sha256Of(file),
    binding,
  };
}

export function textSource(file: string, title: string): EuSource {
  return {
    file: path.basename(file),
    title,
    version: "as published in the Official Journal",
    date: null,
    sha256: sha256Of(file),
    binding: title,
  };
}
