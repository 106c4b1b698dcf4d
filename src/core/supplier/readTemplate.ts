import { a1, numberAt, numberOrNull, serialToIsoDate, textAt, type NumberRead } from "./cellReading";
import { SUPPLIER_RULES } from "./data/checkRules";
import {
  COMMUNICATION_FIRST_PRODUCT_ROW,
  COMMUNICATION_HEADER_ROW,
  COMMUNICATION_SHEET,
  MAX_PRODUCTS,
  PRODUCT_COLUMNS,
  PRODUCT_NUMBER_COLUMN,
  PRODUCTS_FIRST_PRODUCT_ROW,
  PRODUCTS_HEADER_ROW,
  PRODUCTS_SHEET,
  TEMPLATE_RELEASES,
  VERSION_DATE_CELL,
  VERSION_SHEET,
  type ProductField,
} from "./data/templateLayout";
import type { SupplierEuData } from "./euData";
import { findProductColumns } from "./findColumns";
import { readInstallation } from "./readInstallation";
import { deriveCbamFields } from "./seeCbam";
import { shownValue, type TemplateSheet, type TemplateWorkbook } from "./templateCells";
import { TemplateError } from "./templateError";
import type { SupplierFinding, SupplierProduct, SupplierTemplate } from "./types";

type Columns = Partial<Record<ProductField, number>>;

const TEXT_FIELDS = [
  "productionProcess",
  "aggregatedGoodsCategory",
  "cnName",
  "productName",
  "unit",
  "electricityEfSource",
  "carbonPriceInstrument",
  "currency",
  "carbonPriceDueUnit",
  "effectiveCarbonPriceDueUnit",
] as const;
const NUMBER_FIELDS = [
  "seeDirect",
  "seeIndirect",
  "seeTotal",
  "defaultValueShare",
  "embeddedElectricity",
  "electricityEmissionFactor",
  "carbonPriceDue",
  "effectiveCarbonPriceDue",
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** A product row counts when one of these holds something. */
const IDENTIFYING_FIELDS: readonly ProductField[] = [
  "cnCode",
  "productName",
  "productionProcess",
  "seeDirect",
  "seeIndirect",
  "seeTotal",
];

/** What the reader found per product beyond the values: raw number reads, for the check. */
export interface ProductReads {
  numbers: Record<NumberField, NumberRead>;
}

export interface ReadResult extends SupplierTemplate {
  /** Parallel to products. */
  reads: ProductReads[];
}

/**
 * Reads a Commission Communication template (2.1 or 2.1.1) from its cell values. Throws a
 * TemplateError when the workbook is not one. `euData` (optional) fills in the CBAM fields.
 */
export function readSupplierTemplate(workbook: TemplateWorkbook, euData?: SupplierEuData): ReadResult {
  const sheet = workbook.sheet(COMMUNICATION_SHEET);
  if (!sheet) {
    throw new TemplateError({
      en: `This is not a CBAM Communication template: it has no sheet "${COMMUNICATION_SHEET}" (sheets: ${workbook.sheetNames.join(", ")}).`,
      zh: `这不是 CBAM 数据沟通模板：没有名为“${COMMUNICATION_SHEET}”的工作表（现有工作表：${workbook.sheetNames.join("、")}）。`,
    });
  }
  const columns = findProductColumns(sheet, COMMUNICATION_HEADER_ROW, PRODUCT_COLUMNS);
  const missing = PRODUCT_COLUMNS.filter((rule) => rule.required && columns[rule.field] === undefined);
  if (missing.length > 0) {
    const names = missing.map((rule) => `"${rule.header}"`).join(", ");
    throw new TemplateError({
      en: `${COMMUNICATION_SHEET} row ${COMMUNICATION_HEADER_ROW} lacks the headers ${names}: not a CBAM Communication template of version 2.1 or later, or saved without calculated values (open it in Excel, recalculate, save).`,
      zh: `${COMMUNICATION_SHEET} 第 ${COMMUNICATION_HEADER_ROW} 行缺少表头 ${names}：不是 2.1 及以后版本的 CBAM 数据沟通模板，或保存时未计算公式（请在 Excel 中打开、重新计算并保存）。`,
    });
  }
  const readFindings: SupplierFinding[] = [];
  const hasElectricityEfColumn = columns.electricityEmissionFactor !== undefined;
  const templateVersion = readVersion(workbook, hasElectricityEfColumn, readFindings);
  const installation = readInstallation(sheet);
  const products: SupplierProduct[] = [];
  const reads: ProductReads[] = [];
  const productsSheet = workbook.sheet(PRODUCTS_SHEET);
  const productsColumns = productsSheet
    ? findProductColumns(productsSheet, PRODUCTS_HEADER_ROW, PRODUCT_COLUMNS)
    : undefined;
  for (let index = 0; index < MAX_PRODUCTS; index++) {
    const row = COMMUNICATION_FIRST_PRODUCT_ROW + index;
    const number = numberOrNull(numberAt(sheet, row, PRODUCT_NUMBER_COLUMN)) ?? index + 1;
    const counterpart =
      productsSheet && productsColumns
        ? { sheet: productsSheet, columns: productsColumns, row: PRODUCTS_FIRST_PRODUCT_ROW + index }
        : undefined;
    const present = IDENTIFYING_FIELDS.some((field) => hasValue(sheet, row, columns[field]));
    if (counterpart) noteUncalculated(sheet, row, columns, counterpart, number, present, readFindings);
    if (!present) continue;
    const { product, numbers } = readProduct(sheet, row, number, columns);
    products.push(deriveCbamFields(product, euData));
    reads.push({ numbers });
  }
  return { templateVersion, hasElectricityEfColumn, installation, products, readFindings, reads };
}

function hasValue(sheet: TemplateSheet, row: number, column: number | undefined): boolean {
  if (column === undefined) return false;
  const value = shownValue(sheet.cell(row, column));
  return value !== "" && value !== null && value !== undefined;
}

function readProduct(
  sheet: TemplateSheet,
  row: number,
  number: number,
  columns: Columns,
): { product: SupplierProduct; numbers: Record<NumberField, NumberRead> } {
  const cells: Partial<Record<ProductField, string>> = {};
  for (const rule of PRODUCT_COLUMNS) {
    const column = columns[rule.field];
    if (column !== undefined) cells[rule.field] = a1(row, column);
  }
  const text = (field: ProductField): string | null => {
    const column = columns[field];
    return column === undefined ? null : textAt(sheet, row, column);
  };
  const numbers = {} as Record<NumberField, NumberRead>;
  for (const field of NUMBER_FIELDS) {
    const column = columns[field];
    numbers[field] = column === undefined ? { kind: "blank" } : numberAt(sheet, row, column);
  }
  const texts = {} as Record<(typeof TEXT_FIELDS)[number], string | null>;
  for (const field of TEXT_FIELDS) texts[field] = text(field);
  const cnText = text("cnCode");
  const product: SupplierProduct = {
    number,
    row,
    cell: `${COMMUNICATION_SHEET}!${cells.cnCode ?? a1(row, PRODUCT_NUMBER_COLUMN)}`,
    ...texts,
    cnCode: cnText === null ? null : cnText.replace(/[\s.]/g, ""),
    seeDirect: numberOrNull(numbers.seeDirect),
    seeIndirect: numberOrNull(numbers.seeIndirect),
    seeTotal: numberOrNull(numbers.seeTotal),
    defaultValueShare: numberOrNull(numbers.defaultValueShare),
    embeddedElectricity: numberOrNull(numbers.embeddedElectricity),
    electricityEmissionFactor: numberOrNull(numbers.electricityEmissionFactor),
    carbonPriceDue: numberOrNull(numbers.carbonPriceDue),
    effectiveCarbonPriceDue: numberOrNull(numbers.effectiveCarbonPriceDue),
    seeCbam: null,
    basis: null,
    isCbamGood: null,
    sector: null,
    cells,
  };
  return { product, numbers };
}

/**
 * Summary_Communication copies Summary_Products by formula. Where a copy has no saved result but
 * the product sheet holds the value, the file was saved without recalculating: what the importer
 * would read is blank. One finding per product row (the first such cell).
 */
function noteUncalculated(
  sheet: TemplateSheet,
  row: number,
  columns: Columns,
  counterpart: { sheet: TemplateSheet; columns: Columns; row: number },
  number: number,
  present: boolean,
  findings: SupplierFinding[],
): void {
  for (const field of IDENTIFYING_FIELDS) {
    const column = columns[field];
    const sourceColumn = counterpart.columns[field];
    if (column === undefined || sourceColumn === undefined) continue;
    const cell = sheet.cell(row, column);
    const uncalculated = cell !== undefined && cell.isFormula && !cell.hasCachedValue;
    if (!uncalculated || !hasValue(counterpart.sheet, counterpart.row, sourceColumn)) continue;
    const source = `${counterpart.sheet.name}!${a1(counterpart.row, sourceColumn)}`;
    const rule = SUPPLIER_RULES[present ? "not-calculated" : "product-missing-from-communication"];
    findings.push({
      rule: rule.id,
      severity: rule.severity,
      sheet: sheet.name,
      cell: a1(row, column),
      product: number,
      source: rule.source,
      message: present
        ? {
            en: `Product ${number}: the formula in ${a1(row, column)} has no calculated value although ${source} is filled; the file was saved without recalculating. Open it in Excel, recalculate (F9) and save.`,
            zh: `产品 ${number}：${a1(row, column)} 的公式没有计算结果，而 ${source} 已填写；文件保存前未重新计算。请在 Excel 中打开、按 F9 重新计算后保存。`,
          }
        : {
            en: `Product ${number} is filled in ${source} but missing from ${sheet.name} row ${row} (formulas without calculated values). Open the file in Excel, recalculate (F9) and save.`,
            zh: `产品 ${number} 已在 ${source} 填写，但 ${sheet.name} 第 ${row} 行中缺失（公式没有计算结果）。请在 Excel 中打开、按 F9 重新计算后保存。`,
          },
    });
    return;
  }
}

/** The release named by VersionDocumentation!B3, checked against the header layout found. */
function readVersion(
  workbook: TemplateWorkbook,
  hasElectricityEfColumn: boolean,
  findings: SupplierFinding[],
): string | null {
  const sheet = workbook.sheet(VERSION_SHEET);
  const value = sheet ? shownValue(sheet.cell(VERSION_DATE_CELL.row, VERSION_DATE_CELL.column)) : "";
  const date = typeof value === "number" ? serialToIsoDate(value) : String(value ?? "").slice(0, 10);
  const release = TEMPLATE_RELEASES.find((candidate) => candidate.date === date);
  if (release && release.hasElectricityEfColumn !== hasElectricityEfColumn) {
    const rule = SUPPLIER_RULES["version-layout-mismatch"];
    findings.push({
      rule: rule.id,
      severity: rule.severity,
      sheet: VERSION_SHEET,
      cell: VERSION_DATE_CELL.address,
      source: rule.source,
      message: {
        en: `The file says template ${release.version} (${date}) but its ${COMMUNICATION_SHEET} columns ${hasElectricityEfColumn ? "include" : "lack"} the "Electricity EF" column of 2.1.1; columns were read by their headers. Check that no column was inserted or deleted by hand.`,
        zh: `文件标明模板版本 ${release.version}（${date}），但 ${COMMUNICATION_SHEET} 的列${hasElectricityEfColumn ? "包含" : "缺少"} 2.1.1 版新增的“Electricity EF”列；已按表头读取各列。请检查是否有人手动插入或删除了列。`,
      },
    });
  }
  return release?.version ?? null;
}
