/**
 * Reads the block to validate (the active sheet's used range, or the selection clipped to it)
 * in bulk: one sync for the block's size and position, then one sync per chunk of rows
 * (a single chunk up to 20,000 rows / 100,000 cells). Loads only what the validator uses:
 * values, formulas (formula cells are noted), number formats ("%" cells) and hidden rows.
 */
import type { SheetInput } from "../core/sheet";
import { ExcelFailure } from "./excelFailure";
import { HIDDEN_ROW_SCAN_LIMIT, MAX_BLOCK_CELLS, rowsPerChunk } from "./readLimits";
import { runExcel } from "./runExcel";
import { firstCell, splitSheetAddress } from "./sheetAddress";

export type CellValue = string | number | boolean;

export interface SheetSnapshot extends SheetInput {
  /** Full address of the block read, e.g. "'园区排放清单'!A1:E27"; null for an empty sheet. */
  address: string | null;
  values: CellValue[][];
  formulas: CellValue[][];
  numberFormats: CellValue[][];
  /** Per-row hidden flags; omitted when no row is hidden or the block is too tall to scan. */
  hiddenRows?: boolean[];
}

export type ReadScope = "activeSheet" | "selection";

export function readActiveSheet(): Promise<SheetSnapshot> {
  return readBlock("activeSheet");
}

export function readSelection(): Promise<SheetSnapshot> {
  return readBlock("selection");
}

async function readBlock(scope: ReadScope): Promise<SheetSnapshot> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    // valuesOnly: formatting far below the table must not stretch the block.
    const used = sheet.getUsedRangeOrNullObject(true);
    const block =
      scope === "activeSheet" ? used : context.workbook.getSelectedRange().getIntersectionOrNullObject(used);
    block.load("address,rowIndex,columnIndex,rowCount,columnCount,rowHidden");
    await context.sync();

    if (block.isNullObject) return emptySnapshot(sheet.name);

    const { rowIndex, columnIndex, rowCount, columnCount } = block;
    if (rowCount * columnCount > MAX_BLOCK_CELLS)
      throw new ExcelFailure(
        "tooLarge",
        `${block.address} is ${rowCount} × ${columnCount} cells (a stray cell far from the table?)`,
      );
    const values: CellValue[][] = [];
    const formulas: CellValue[][] = [];
    const numberFormats: CellValue[][] = [];
    const scanHidden = block.rowHidden === null && rowCount <= HIDDEN_ROW_SCAN_LIMIT;
    const hiddenRows: boolean[] = block.rowHidden === true ? new Array<boolean>(rowCount).fill(true) : [];

    // Merged areas ride on the first chunk's sync (a label merged over two rows applies to both).
    const merged = mergedAreasOf(sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount));
    const chunkRows = rowsPerChunk(columnCount);
    for (let start = 0; start < rowCount; start += chunkRows) {
      const count = Math.min(chunkRows, rowCount - start);
      const chunk = sheet.getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount);
      chunk.load("values,formulas,numberFormat");
      const rows = scanHidden
        ? Array.from({ length: count }, (_, i) => chunk.getRow(i).load("rowHidden"))
        : [];
      // One sync per chunk is the point: a very large block cannot travel in one response.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      // Row by row, not push(...chunk): spreading a 20,000-row chunk into one call risks the stack.
      appendRows(values, chunk.values as CellValue[][]);
      appendRows(formulas, chunk.formulas as CellValue[][]);
      appendRows(numberFormats, chunk.numberFormat as CellValue[][]);
      for (const row of rows) hiddenRows.push(row.rowHidden === true);
    }

    const { local } = splitSheetAddress(block.address);
    const mergedAreas =
      merged && !merged.isNullObject ? merged.address.split(",").map((area) => area.trim()) : [];
    return {
      sheetName: sheet.name,
      address: block.address,
      origin: firstCell(local),
      values,
      formulas,
      numberFormats,
      ...(hiddenRows.some(Boolean) ? { hiddenRows } : {}),
      ...(mergedAreas.length > 0 ? { mergedAreas } : {}),
    };
  });
}

/** The block's merged areas, loaded with the next sync; null where Excel lacks the API (before 1.13). */
function mergedAreasOf(block: Excel.Range): Excel.RangeAreas | null {
  if (!supportsMergedAreas() || typeof block.getMergedAreasOrNullObject !== "function") return null;
  const merged = block.getMergedAreasOrNullObject();
  merged.load("address");
  return merged;
}

/** ExcelApi 1.13; an Office without a requirements object (outside Excel) answers no. */
function supportsMergedAreas(): boolean {
  try {
    return Office.context?.requirements?.isSetSupported("ExcelApi", "1.13") === true;
  } catch {
    return false;
  }
}

function appendRows(target: CellValue[][], rows: readonly CellValue[][]): void {
  for (const row of rows) target.push(row);
}

function emptySnapshot(sheetName: string): SheetSnapshot {
  return { sheetName, address: null, origin: "A1", values: [], formulas: [], numberFormats: [] };
}
