import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { columnLetters } from "../core/sheet/a1";
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
  } catch {
    // exceljs's own text ("Cannot set properties of undefined") says nothing to a user.
    throw new WorkbookError(
      `${unreadableMessage(file)}: a part of the workbook is damaged. Open it in Excel (which offers to repair it) and save it again`,
    );
  }
  if (workbook.worksheets.length === 0)
    throw new WorkbookError(`${unreadableMessage(file)}: it has no worksheets`);
  return workbook;
}

/**
 * The named sheet, else the active worksheet if it is visible, else the first visible worksheet.
 * Chart sheets are not worksheets (exceljs does not load them, but they count in the tab order the
 * active tab refers to); hidden and very hidden sheets are never picked by default.
 */
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
  const visible = sheets
    .filter((sheet) => sheet.state === undefined || sheet.state === "visible")
    .sort((a, b) => tabOrder(a) - tabOrder(b));
  const activeTab = workbook.views?.[0]?.activeTab;
  const active = activeTab === undefined ? undefined : visible.find((sheet) => tabOrder(sheet) === activeTab);
  const chosen = active ?? visible[0];
  if (!chosen) throw new WorkbookError("The workbook has no visible worksheet; name one with --sheet");
  return chosen;
}

/** A worksheet's place among all the workbook's sheets, chart sheets included (workbook.xml order). */
function tabOrder(sheet: ExcelJS.Worksheet): number {
  const order = (sheet as unknown as { orderNo?: number }).orderNo;
  return typeof order === "number" && order >= 0 ? order : Number.MAX_SAFE_INTEGER;
}

/**
 * The sheet in the shape the add-in gets from range.values, but holding only what the sheet holds:
 * one entry per row that has cells (rowNumbers says which sheet row), each a sparse array with an
 * entry per cell that holds data. The used range is never allocated, so a stray cell at XFD1048576
 * costs one cell, not 17 billion. Merged areas are listed for the validator.
 */
export function sheetInput(sheet: ExcelJS.Worksheet): SheetInput {
  const values: RawCell[][] = [];
  const formulas: RawCell[][] = [];
  const numberFormats: RawCell[][] = [];
  const hiddenRows: boolean[] = [];
  const rowNumbers: number[] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  // eachCell without includeEmpty visits only the cells that exist; rows come from rowsWithCells.
  forEachRowWithCells(sheet, (sheetRow, rowNumber) => {
    const rowValues: RawCell[] = [];
    const rowFormulas: RawCell[] = [];
    const rowFormats: RawCell[] = [];
    sheetRow.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const c = columnNumber - 1;
      if (cell.isMerged && cell.master !== cell) noteMerge(merges, cell.master, rowNumber, columnNumber);
      const value = rangeValueOf(cell);
      rowValues[c] = value;
      rowFormulas[c] = rangeFormulaOf(cell, value);
      const format = numberFormatOf(cell);
      if (format !== undefined) rowFormats[c] = format;
    });
    values.push(rowValues);
    formulas.push(rowFormulas);
    numberFormats.push(rowFormats);
    hiddenRows.push(sheetRow.hidden === true);
    rowNumbers.push(rowNumber);
  });
  const mergedAreas = Array.from(merges.entries(), ([master, area]) =>
    area.bottom === area.top && area.right === area.left
      ? master
      : `${master}:${columnLetters(area.right - 1)}${area.bottom}`,
  );
  return {
    sheetName: sheet.name,
    values,
    formulas,
    numberFormats,
    hiddenRows,
    origin: "A1",
    rowNumbers,
    ...(mergedAreas.length > 0 ? { mergedAreas } : {}),
  };
}

/**
 * Calls `visit` for each row that exists, in order. exceljs's own eachRow walks its row array with
 * forEach, which visits every index up to the last row (1,048,576 steps for one stray cell at the
 * bottom: about 40 ms); a for-in over the same sparse array visits only the rows that exist. The
 * array is exceljs 4.4's internal `_rows` (pinned version): without it, eachRow is used.
 */
function forEachRowWithCells(
  sheet: ExcelJS.Worksheet,
  visit: (row: ExcelJS.Row, rowNumber: number) => void,
): void {
  const rows = (sheet as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  if (!Array.isArray(rows)) {
    sheet.eachRow({ includeEmpty: false }, visit);
    return;
  }
  for (const key in rows) {
    const row = rows[key as unknown as number];
    if (row && row.hasValues) visit(row, row.number);
  }
}

/** The number format Excel would report; a date cell without one still reads as a date. */
function numberFormatOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.numFmt) return cell.numFmt;
  const value = cell.value;
  if (value instanceof Date) return "yyyy-mm-dd";
  if (value !== null && typeof value === "object" && "result" in value && value.result instanceof Date)
    return "yyyy-mm-dd";
  return undefined;
}

function noteMerge(
  merges: Map<string, { top: number; left: number; bottom: number; right: number }>,
  master: ExcelJS.Cell,
  row: number,
  column: number,
): void {
  const key = master.address;
  const area = merges.get(key) ?? { top: Number(master.row), left: Number(master.col), bottom: 0, right: 0 };
  area.bottom = Math.max(area.bottom, row, area.top);
  area.right = Math.max(area.right, column, area.left);
  merges.set(key, area);
}
