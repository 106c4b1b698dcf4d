import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import type { RawCell } from "../core/sheet/cellValue";
import type { SheetInput } from "../core/sheet/types";
import { rangeFormulaOf, rangeValueOf } from "./exceljsCell";
import { keepOnlySheets } from "./keepOnlySheets";

/** A problem with the file or the sheet choice: the CLI prints the message and exits 2. */
export class WorkbookError extends Error {
  override name = "WorkbookError";
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Encrypted .xlsx files (and legacy .xls) are OLE compound documents, not zip archives.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Buffer, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

/** The file's bytes, once it looks like an .xlsx (a zip); file and format problems are WorkbookErrors. */
export async function readXlsxBytes(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookError(`File not found: ${file}`);
    if (code === "EISDIR") throw new WorkbookError(`${file} is a directory, not an .xlsx file`);
    throw new WorkbookError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookError(
      `${unreadableMessage(file)}: it is an encrypted workbook or a legacy .xls file; save it as an unprotected .xlsx`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookError(unreadableMessage(file));
  return bytes;
}

const unreadableMessage = (file: string): string =>
  `${file} is not a readable .xlsx (corrupt or password-protected)`;

export interface LoadOptions {
  /**
   * Parse only these sheets: the others are loaded empty (names and order kept). The
   * Communication template has 19 heavy sheets; reading three of them is what makes it fast.
   */
  onlySheets?: readonly string[];
}

export async function loadWorkbook(file: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const bytes = await readXlsxBytes(file);
  const workbook = new ExcelJS.Workbook();
  try {
    const kept = options.onlySheets ? await keepOnlySheets(bytes, options.onlySheets) : bytes;
    await workbook.xlsx.load(kept as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookError(`${unreadableMessage(file)}: ${(error as Error).message}`);
  }
  if (workbook.worksheets.length === 0)
    throw new WorkbookError(`${unreadableMessage(file)}: it has no worksheets`);
  return workbook;
}

/** The named sheet, else the active tab, else the first sheet; a missing name lists the sheets. */
export function pickSheet(workbook: ExcelJS.Workbook, name: string | undefined): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (name !== undefined) {
    const found =
      sheets.find((sheet) => sheet.name === name) ??
      sheets.find((sheet) => sheet.name.trim() === name.trim());
    if (found) return found;
    throw new WorkbookError(
      `No sheet named "${name}". Available sheets: ${sheets.map((sheet) => `"${sheet.name}"`).join(", ")}`,
    );
  }
  const active = workbook.views?.[0]?.activeTab;
  return (active !== undefined ? sheets[active] : undefined) ?? sheets[0]!;
}

/** The sheet from A1 to its last used cell, in the shape the add-in gets from range.values. */
export function sheetInput(sheet: ExcelJS.Worksheet): SheetInput {
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  const blankRow = (fill: RawCell): RawCell[] => new Array<RawCell>(columnCount).fill(fill);
  const values = Array.from({ length: rowCount }, () => blankRow(""));
  const formulas = Array.from({ length: rowCount }, () => blankRow(""));
  const numberFormats = Array.from({ length: rowCount }, () => blankRow("General"));
  const hiddenRows = new Array<boolean>(rowCount).fill(false);
  // eachRow visits only rows with cells, so a sparse 100,000-row sheet costs what it holds.
  sheet.eachRow({ includeEmpty: false }, (sheetRow, rowNumber) => {
    const r = rowNumber - 1;
    hiddenRows[r] = sheetRow.hidden === true;
    sheetRow.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber > columnCount) return;
      const c = columnNumber - 1;
      const value = rangeValueOf(cell);
      values[r]![c] = value;
      formulas[r]![c] = rangeFormulaOf(cell, value);
      if (cell.numFmt) numberFormats[r]![c] = cell.numFmt;
    });
  });
  return { sheetName: sheet.name, values, formulas, numberFormats, hiddenRows, origin: "A1" };
}
