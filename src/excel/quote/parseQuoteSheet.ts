/**
 * A quote table read back into a draft (pure: the Office reads are in readQuote.ts). Tolerates
 * user edits: columns found by header, blank rows skipped, goods and value types in English or
 * Chinese; a cell that cannot be understood becomes an issue naming the cell, and the number
 * checks are left to validateQuote, whose issues issueCell() turns into cell addresses.
 */
import { CBAM_GOOD_IDS, COST_PATH_YEARS, goodFromText, type CbamGood } from "../../core/cbam";
import {
  valueTypeFromText,
  type QuoteDraft,
  type QuoteIssue,
  type QuoteLineDraft,
  type QuoteLineField,
} from "../../core/quote";
import type { LocalizedText } from "../../core/shared/localizedText";
import { QUOTE_STRINGS } from "../../i18n/quote";
import { columnLetter, sheetCell } from "./cellAddress";
import { QUOTE_COLUMNS, type QuoteColumnKey } from "./quoteColumns";
import { QuoteReadError, bilingual } from "./quoteReadError";
import {
  PARAMETER_CELLS,
  PARAMETER_KEYS,
  PARAMETER_LABEL_CELLS,
  PATH_ROWS,
  type ParameterKey,
} from "./quoteSheetLayout";

/** What readQuote loads: the table and the block above it (A1:J19), values and formulas. */
export interface QuoteSheetSnapshot {
  sheetName: string;
  tableName: string;
  headerAddress: string;
  headers: readonly unknown[];
  /** 1-based sheet row and 0-based column of the first body cell. */
  bodyTop: number;
  bodyLeft: number;
  body: readonly (readonly unknown[])[];
  blockValues: readonly (readonly unknown[])[];
  blockFormulas: readonly (readonly unknown[])[];
}

export interface QuoteRead {
  draft: QuoteDraft;
  sheetName: string;
  tableName: string;
  /** Cells that could not be understood at all (bad good, bad value type). */
  cellIssues: { cell: string; message: LocalizedText }[];
  /** Sheet row of each draft line. */
  lineRows: number[];
  /** Column letter of each input field present in the table. */
  fieldColumns: Partial<Record<QuoteColumnKey, string>>;
}

type InputKey = Extract<QuoteColumnKey, QuoteLineField>;
const REQUIRED: readonly InputKey[] = [
  "cnCode",
  "good",
  "quantity",
  "see",
  "valueType",
  "benchmark",
  "basePrice",
];
// A quote written before the country column existed still reads (country "").
const OPTIONAL: readonly InputKey[] = ["description", "country", "alternativeSee"];

const text = (value: unknown): string =>
  typeof value === "string" ? value.trim() : value === null || value === undefined ? "" : String(value);

const fold = (value: string): string => value.trim().toLowerCase();

/** The good a cell names (id, English or Chinese name: the core's one reading); "" when blank. */
const readGood = (typed: string): CbamGood | "" | null => (typed === "" ? "" : goodFromText(typed));

function columnsByHeader(snapshot: QuoteSheetSnapshot): Partial<Record<QuoteColumnKey, number>> {
  const found: Partial<Record<QuoteColumnKey, number>> = {};
  const headers = snapshot.headers.map((header) => fold(text(header)));
  for (const key of [...REQUIRED, ...OPTIONAL]) {
    const index = headers.indexOf(fold(QUOTE_COLUMNS[key].header));
    if (index >= 0) found[key] = index;
    else if (REQUIRED.includes(key))
      throw new QuoteReadError("missingColumn", {
        table: snapshot.tableName,
        column: QUOTE_COLUMNS[key].header,
        address: snapshot.headerAddress,
      });
  }
  return found;
}

/** "$B$4" → [row index, column index] in the block. */
function blockIndex(cell: string): [number, number] {
  const match = /^\$?([A-Z])\$?(\d+)$/.exec(cell)!;
  return [Number(match[2]) - 1, match[1]!.charCodeAt(0) - 65];
}

function checkParameterLabels(snapshot: QuoteSheetSnapshot): void {
  for (const key of PARAMETER_KEYS) {
    const [row, column] = blockIndex(PARAMETER_LABEL_CELLS[key]);
    const label = fold(text(snapshot.blockValues[row]?.[column]));
    const expected = [QUOTE_STRINGS.en.sheet[key], QUOTE_STRINGS.zh.sheet[key]];
    if (!expected.map(fold).includes(label))
      throw new QuoteReadError("parameterLabel", {
        cell: sheetCell(snapshot.sheetName, columnLetter(column), row + 1),
        label: expected[0]!,
      });
  }
}

function parameter(snapshot: QuoteSheetSnapshot, key: ParameterKey, formulas = false): string {
  const [row, column] = blockIndex(PARAMETER_CELLS[key]);
  return text((formulas ? snapshot.blockFormulas : snapshot.blockValues)[row]?.[column]);
}

function readPrice(snapshot: QuoteSheetSnapshot): QuoteDraft["price"] {
  // A path quote looks the delivery year's price up in the path block; any other entry is one price.
  if (!/^=\s*HLOOKUP\(/i.test(parameter(snapshot, "price", true)))
    return { kind: "single", price: parameter(snapshot, "price") };
  const byYear: Record<number, string> = {};
  const years = snapshot.blockValues[PATH_ROWS.year - 1] ?? [];
  const prices = snapshot.blockValues[PATH_ROWS.price - 1] ?? [];
  years.forEach((year, i) => {
    if (typeof year === "number" && COST_PATH_YEARS.includes(year)) byYear[year] = text(prices[i]);
  });
  return { kind: "path", byYear };
}

export function parseQuoteSheet(snapshot: QuoteSheetSnapshot): QuoteRead {
  const columns = columnsByHeader(snapshot);
  checkParameterLabels(snapshot);
  const fieldColumns: QuoteRead["fieldColumns"] = {};
  for (const [key, index] of Object.entries(columns))
    fieldColumns[key as QuoteColumnKey] = columnLetter(snapshot.bodyLeft + index);
  const cellIssues: QuoteRead["cellIssues"] = [];
  const lines: QuoteLineDraft[] = [];
  const lineRows: number[] = [];

  snapshot.body.forEach((row, r) => {
    const field = (key: InputKey): string => (columns[key] === undefined ? "" : text(row[columns[key]!]));
    if ([...REQUIRED, ...OPTIONAL].every((key) => field(key) === "")) return;
    const sheetRow = snapshot.bodyTop + r;
    const cell = (key: InputKey) => sheetCell(snapshot.sheetName, fieldColumns[key]!, sheetRow);
    const good = readGood(field("good"));
    if (good === null)
      cellIssues.push({
        cell: cell("good"),
        message: bilingual("badGood", {
          cell: cell("good"),
          value: field("good"),
          goods: CBAM_GOOD_IDS.join(", "),
        }),
      });
    const valueType = valueTypeFromText(field("valueType"));
    if (valueType === null)
      cellIssues.push({
        cell: cell("valueType"),
        message: bilingual("badValueType", { cell: cell("valueType"), value: field("valueType") }),
      });
    lines.push({
      description: field("description"),
      cnCode: field("cnCode"),
      good: good ?? "",
      quantity: field("quantity"),
      see: field("see"),
      valueType: valueType ?? "actual",
      benchmark: field("benchmark"),
      basePrice: field("basePrice"),
      alternativeSee: field("alternativeSee"),
      country: field("country"),
    });
    lineRows.push(sheetRow);
  });

  const reduction = parameter(snapshot, "reductionPercent");
  return {
    draft: {
      lines,
      price: readPrice(snapshot),
      paidPrice: parameter(snapshot, "paidPrice"),
      exchangeRate: parameter(snapshot, "exchangeRate"),
      deliveryYear: parameter(snapshot, "deliveryYear"),
      scenario: reduction === "" ? { kind: "perLine" } : { kind: "percent", reductionPercent: reduction },
    },
    sheetName: snapshot.sheetName,
    tableName: snapshot.tableName,
    cellIssues,
    lineRows,
    fieldColumns,
  };
}

const PARAMETER_OF_FIELD: Partial<Record<QuoteIssue["field"], ParameterKey>> = {
  deliveryYear: "deliveryYear",
  paidPrice: "paidPrice",
  exchangeRate: "exchangeRate",
  reductionPercent: "reductionPercent",
};

/** The cell a validation issue of a read quote is about, e.g. 'ZC Quote'!E23; null if none. */
export function issueCell(read: QuoteRead, issue: QuoteIssue): string | null {
  if (issue.line !== null) {
    const column = read.fieldColumns[issue.field as QuoteColumnKey];
    const row = read.lineRows[issue.line - 1];
    return column && row ? sheetCell(read.sheetName, column, row) : null;
  }
  if (issue.field === "certificatePrice") {
    if (issue.year === undefined) return sheetCell(read.sheetName, "B", 4);
    const column = columnLetter(1 + COST_PATH_YEARS.indexOf(issue.year));
    return sheetCell(read.sheetName, column, PATH_ROWS.price);
  }
  const key = PARAMETER_OF_FIELD[issue.field];
  if (!key) return null;
  const [row, column] = blockIndex(PARAMETER_CELLS[key]);
  return sheetCell(read.sheetName, columnLetter(column), row + 1);
}
