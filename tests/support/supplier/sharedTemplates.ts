/**
 * The Commission's Communication templates in ../shared/eu-cbam (beside the repository, as in CI),
 * and broken copies crafted from them with exceljs for the tests.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { rangeFormulaOf } from "../../../src/cli/exceljsCell";
import { loadWorkbook } from "../../../src/cli/readWorkbook";
import { templateWorkbookOf } from "../../../src/cli/templateWorkbook";
import { TEMPLATE_SHEETS_READ, type TemplateWorkbook } from "../../../src/core/supplier";

export const EU_CBAM_DIR = path.resolve(__dirname, "../../../../shared/eu-cbam");
export const BLANK_TEMPLATE = path.join(EU_CBAM_DIR, "communication-template-v2.1.1.xlsx");
export const CEMENT_EXAMPLE = path.join(EU_CBAM_DIR, "examples/example-cement-v2.1.xlsx");
export const FERTILISER_EXAMPLE = path.join(EU_CBAM_DIR, "examples/example-fertiliser-v2.1.xlsx");
export const SCREWS_EXAMPLE = path.join(EU_CBAM_DIR, "examples/example-screws-and-nuts-v2.1.xlsx");

export async function readTemplateFile(file: string): Promise<TemplateWorkbook> {
  return templateWorkbookOf(await loadWorkbook(file, { onlySheets: TEMPLATE_SHEETS_READ }));
}

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A copy of `source` changed by `mutate`, written to `target`. Only the sheets the reader uses are
 * kept filled (the others load empty), which keeps crafting fast; the copy is still a template.
 */
export async function craftCopy(
  source: string,
  target: string,
  mutate: (workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = await loadWorkbook(source, { onlySheets: TEMPLATE_SHEETS_READ });
  mutate(workbook);
  await workbook.xlsx.writeFile(target);
  return target;
}

/** Sets a cell that holds a formula to a new cached result, keeping the formula (as Excel would after a recalculation). */
export function setResult(sheet: ExcelJS.Worksheet, address: string, result: ExcelJS.CellValue): void {
  const formula = formulaOf(sheet, address);
  sheet.getCell(address).value = formula ? ({ formula, result } as ExcelJS.CellFormulaValue) : result;
}

/** Drops a formula cell's cached result, as a file saved by a tool that does not calculate. */
export function dropResult(sheet: ExcelJS.Worksheet, address: string): void {
  const formula = formulaOf(sheet, address);
  if (!formula) throw new Error(`${sheet.name}!${address} holds no formula`);
  sheet.getCell(address).value = { formula } as ExcelJS.CellFormulaValue;
}

/** The formula without its "=" (shared formulas resolved), or undefined for a constant. */
function formulaOf(sheet: ExcelJS.Worksheet, address: string): string | undefined {
  const shown = rangeFormulaOf(sheet.getCell(address), "");
  return typeof shown === "string" && shown.startsWith("=") ? shown.slice(1) : undefined;
}

const RANGE = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/;
const letterNumber = (letters: string): number =>
  [...letters].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0);

/**
 * Inserts an empty column as Excel does, merged cells included (exceljs's spliceColumns moves
 * values but leaves merges where they were, which would blank the moved header text).
 */
export function insertColumn(sheet: ExcelJS.Worksheet, column: number): void {
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  const moved: [number, number, number, number][] = [];
  for (const range of merges) {
    const match = RANGE.exec(range);
    if (!match) continue;
    const [top, left, bottom, right] = [
      Number(match[2]),
      letterNumber(match[1]!),
      Number(match[4]),
      letterNumber(match[3]!),
    ];
    if (right < column) continue;
    sheet.unMergeCells(range);
    moved.push([top, left >= column ? left + 1 : left, bottom, right + 1]);
  }
  sheet.spliceColumns(column, 0, []);
  for (const [top, left, bottom, right] of moved) sheet.mergeCells(top, left, bottom, right);
}

export interface CommissionFiles {
  cement: TemplateWorkbook;
  screws: TemplateWorkbook;
  fertiliser: TemplateWorkbook;
  blank: TemplateWorkbook;
}

/** The three filled examples and the blank 2.1.1 template, read as the CLI reads them. */
export async function readCommissionFiles(): Promise<CommissionFiles> {
  const [cement, screws, fertiliser, blank] = await Promise.all(
    [CEMENT_EXAMPLE, SCREWS_EXAMPLE, FERTILISER_EXAMPLE, BLANK_TEMPLATE].map(readTemplateFile),
  );
  return { cement: cement!, screws: screws!, fertiliser: fertiliser!, blank: blank! };
}
