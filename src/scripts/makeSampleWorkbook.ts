/**
 * Writes assets/sample-park.xlsx from the sample data in src/core/sheet/samplePark.ts (the same
 * values tests use without reading the workbook). Run after the node build:
 *   npx tsc -p tsconfig.node.json && node build/node/src/scripts/makeSampleWorkbook.js
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  SAMPLE_HEADER_ROW,
  SAMPLE_NOTES,
  SAMPLE_ROWS,
  SAMPLE_SCOPE_SHEET_NAME,
  SAMPLE_SHEET_NAME,
  samplePark2DValues,
  sampleScopeTable2DValues,
} from "../core/sheet/samplePark";
import type { RawCell } from "../core/sheet/cellValue";

// A fixed date keeps the workbook's document properties identical from run to run.
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

function writeValues(sheet: ExcelJS.Worksheet, values: readonly (readonly RawCell[])[]): void {
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === "" || value === null || value === undefined) return;
      sheet.getCell(r + 1, c + 1).value = value;
    });
  });
}

function addInventorySheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SAMPLE_SHEET_NAME);
  writeValues(sheet, samplePark2DValues());
  sheet.mergeCells(1, 1, 1, 5);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getRow(SAMPLE_HEADER_ROW).font = { bold: true };
  sheet.getRow(SAMPLE_HEADER_ROW).eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
  });
  // Formula cells carry their cached result, as Excel saves them (exceljs does not calculate).
  SAMPLE_ROWS.forEach((row, index) => {
    if (!row.formula) return;
    const cell = sheet.getCell(SAMPLE_HEADER_ROW + 1 + index, 2);
    cell.value = { formula: row.formula.slice(1), result: row.value as number };
  });
  const notesStart = SAMPLE_HEADER_ROW + SAMPLE_ROWS.length + 2;
  SAMPLE_NOTES.forEach((_, index) => {
    sheet.mergeCells(notesStart + index, 1, notesStart + index, 5);
    sheet.getCell(notesStart + index, 1).font = { italic: true, color: { argb: "FF595959" } };
  });
  sheet.columns = [{ width: 26 }, { width: 14 }, { width: 12 }, { width: 10 }, { width: 44 }];
  sheet.views = [{ state: "frozen", ySplit: SAMPLE_HEADER_ROW }];
}

function addScopeSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SAMPLE_SCOPE_SHEET_NAME);
  writeValues(sheet, sampleScopeTable2DValues());
  sheet.getRow(1).font = { bold: true };
  sheet.columns = [{ width: 12 }, { width: 34 }, { width: 18 }, { width: 12 }, { width: 10 }];
}

export async function makeSampleWorkbook(outputPath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "zero-carbon-park-cbam-addin";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  addInventorySheet(workbook);
  addScopeSheet(workbook);
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];
  await workbook.xlsx.writeFile(outputPath);
}

if (require.main === module) {
  // build/node/src/scripts → repository root is four levels up.
  const output = path.resolve(__dirname, "../../../../assets/sample-park.xlsx");
  makeSampleWorkbook(output).then(
    () => process.stdout.write(`Wrote ${output}\n`),
    (error: unknown) => {
      process.stderr.write(`Could not write ${output}: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
