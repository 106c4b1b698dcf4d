/**
 * Where everything goes on a quote sheet, and the formulas (pure: no Office calls).
 *
 *   A1          title
 *   A3:B7       parameters: delivery year, price (delivery year), paid price, CNY rate, SEE reduction %
 *   D3:E10      delivery-year summary: totals, surcharge, scenario, CNY, de minimis (ZC.CBAM_DEMINIMIS)
 *   A12:J19     2026-2034 path: year, price, free allocation (ZC.CBAM_FREE_ALLOCATION), total cost
 *               (SUM of ZC.CBAM_COST over the table's columns), cost per t, surcharge %, scenario
 *   L1:S19      line chart of the surcharge row
 *   A21         the quote table (header row, one row per line), inputs as values, outputs as ZC formulas
 *
 * Row formulas use structured references to their own row ([@[SEE (tCO2e/t)]]) and absolute A1
 * references to the parameter cells ($B$3 year, $B$4 price, $B$5 paid price, $B$6 rate, $B$7 %):
 * both survive sorting and added rows, and a reader sees every input of a figure in the formula.
 * The block sits above the table so a growing table never runs into it.
 */
import type Decimal from "decimal.js";
import { COST_PATH_YEARS, GOOD_SPELLINGS, GOODS_OUTSIDE_DE_MINIMIS } from "../../core/cbam";
import { VALUE_TYPE_SPELLINGS, formatCnCode, type Quote, type QuoteLine } from "../../core/quote";
import type { QuoteStrings } from "../../i18n/quote";
import { QUOTE_COLUMNS, QUOTE_COLUMN_KEYS, type QuoteColumnKey, thisRow, wholeColumn } from "./quoteColumns";

export type SheetCell = string | number | boolean;
export type QuoteSheetLabels = QuoteStrings["sheet"];

export const QUOTE_TABLE_PREFIX = "ZCQuote";

/** Parameter cells (absolute, as the formulas use them). */
export const PARAMETER_CELLS = {
  deliveryYear: "$B$3",
  price: "$B$4",
  paidPrice: "$B$5",
  exchangeRate: "$B$6",
  reductionPercent: "$B$7",
} as const;
export type ParameterKey = keyof typeof PARAMETER_CELLS;
const PARAMETER_KEYS = Object.keys(PARAMETER_CELLS) as ParameterKey[];

/** The block above the table: rows 1-19, columns A-J (0-based row index = sheet row − 1). */
export const BLOCK = { address: "A1:J19", rows: 19, columns: 10 } as const;
const FIRST_PARAMETER_ROW = 3;
const SUMMARY_LABEL_COLUMN = 3; // D
export const PATH_ROWS = {
  year: 12,
  price: 13,
  freeAllocation: 14,
  cost: 15,
  costPerTonne: 16,
  surcharge: 17,
  alternativeCost: 18,
  saving: 19,
} as const;
export const PATH_COLUMNS = { first: "B", last: "J" } as const;
export const TABLE_HEADER_ROW = 21;
export const CHART_POSITION = { from: "L1", to: "S19" } as const;

const YEAR_COLUMNS = COST_PATH_YEARS.map((_, i) => String.fromCharCode("B".charCodeAt(0) + i));

/** An Excel array constant of texts: {"default","Default value","默认值"}. */
const textArray = (texts: readonly string[]): string =>
  `{${texts.map((t) => `"${t.replace(/"/g, '""')}"`).join(",")}}`;

/**
 * CBAM_COST's default_value argument for a row: the row's good when its value type is any
 * spelling of "default" the reader accepts (core/quote/valueType), else FALSE; CBAM_COST reads
 * the good in any spelling (core/cbam/goodNames). So the sheet prices a line as the pane does.
 */
const defaultValueArgument = (ref: (key: QuoteColumnKey) => string): string =>
  `IF(ISNUMBER(MATCH(TRIM(${ref("valueType")}),${textArray(VALUE_TYPE_SPELLINGS.default)},0)),${ref("good")},FALSE)`;

/** SUMIFS criteria leaving out every spelling of the goods outside the de minimis count. */
const deMinimisCriteria = (good: string): string =>
  GOODS_OUTSIDE_DE_MINIMIS.flatMap((id) => GOOD_SPELLINGS[id])
    .map((spelling) => `${good},"<>${spelling}"`)
    .join(",");

/** ZC.CBAM_COST(see, quantity, price, year, benchmark, paid price, default value). */
function cbamCost(
  ref: (key: QuoteColumnKey) => string,
  seeKey: "see" | "alternativeSee",
  quantity: string,
  price: string,
  year: string,
): string {
  return `ZC.CBAM_COST(${ref(seeKey)},${quantity},${price},${year},${ref("benchmark")},${PARAMETER_CELLS.paidPrice},${defaultValueArgument(ref)})`;
}

/** Output formulas of one table row (identical on every row). */
export function rowFormulas() {
  const { price, deliveryYear, exchangeRate, reductionPercent } = PARAMETER_CELLS;
  return {
    alternativeSeePercent: `=${thisRow("see")}*(1-${reductionPercent}/100)`,
    cost: `=${cbamCost(thisRow, "see", thisRow("quantity"), price, deliveryYear)}`,
    // Quantity 1 gives the engine's cost per tonne (rounded once), not a rounded cost ÷ quantity.
    costPerTonne: `=${cbamCost(thisRow, "see", "1", price, deliveryYear)}`,
    surcharge: `=${thisRow("costPerTonne")}/${thisRow("basePrice")}`,
    alternativeCost: `=${cbamCost(thisRow, "alternativeSee", thisRow("quantity"), price, deliveryYear)}`,
    saving: `=${thisRow("cost")}-${thisRow("alternativeCost")}`,
    costCny: `=IF(${exchangeRate}="","",ROUND(${thisRow("cost")}*${exchangeRate},2))`,
  };
}

const blankIfNull = (value: { toNumber(): number } | null): SheetCell =>
  value === null ? "" : value.toNumber();

/** One table row: input values, then output formulas (range.formulas accepts both). */
function tableRow(quote: Quote, line: QuoteLine): SheetCell[] {
  const formulas = rowFormulas();
  const cells: Record<QuoteColumnKey, SheetCell> = {
    description: line.description,
    cnCode: line.cnCode === null ? "" : formatCnCode(line.cnCode),
    country: line.country,
    good: line.good,
    quantity: line.quantity.toNumber(),
    see: line.see.toNumber(),
    valueType: line.seeIsDefaultValue ? "default" : "actual",
    benchmark: blankIfNull(line.benchmark),
    basePrice: line.basePrice.toNumber(),
    alternativeSee:
      quote.scenario.kind === "percent" ? formulas.alternativeSeePercent : line.alternativeSee.toNumber(),
    cost: formulas.cost,
    costPerTonne: formulas.costPerTonne,
    surcharge: formulas.surcharge,
    alternativeCost: formulas.alternativeCost,
    saving: formulas.saving,
    costCny: formulas.costCny,
  };
  return QUOTE_COLUMN_KEYS.map((key) => cells[key]);
}

export const tableHeaders = (): string[] => QUOTE_COLUMN_KEYS.map((key) => QUOTE_COLUMNS[key].header);

export const tableRows = (quote: Quote): SheetCell[][] => quote.lines.map((line) => tableRow(quote, line));

export const tableNumberFormats = (lineCount: number): string[][] =>
  Array.from({ length: lineCount }, () => QUOTE_COLUMN_KEYS.map((key) => QUOTE_COLUMNS[key].numberFormat));

/** "A21:P23" for n lines. */
export function tableAddress(lineCount: number): string {
  const lastColumn = String.fromCharCode("A".charCodeAt(0) + QUOTE_COLUMN_KEYS.length - 1);
  return `A${TABLE_HEADER_ROW}:${lastColumn}${TABLE_HEADER_ROW + lineCount}`;
}

/** Sheet row (1-based) of a quote line (1-based), as written. */
export const rowOfLine = (line: number): number => TABLE_HEADER_ROW + line;

const isPricePath = (price: Quote["certificatePrice"]): price is ReadonlyMap<number, Decimal> =>
  price instanceof Map;

function parameterValues(quote: Quote): Record<ParameterKey, SheetCell> {
  const pathArea = `$${PATH_COLUMNS.first}$${PATH_ROWS.year}:$${PATH_COLUMNS.last}$${PATH_ROWS.price}`;
  const price = quote.certificatePrice;
  return {
    deliveryYear: quote.deliveryYear,
    // A price path lives in the path block; the delivery year's price is looked up from it.
    price: isPricePath(price)
      ? `=HLOOKUP(${PARAMETER_CELLS.deliveryYear},${pathArea},2,FALSE)`
      : price.toNumber(),
    paidPrice: quote.paidPrice.toNumber(),
    exchangeRate: quote.exchangeRate === null ? "" : quote.exchangeRate.toNumber(),
    reductionPercent: quote.scenario.kind === "percent" ? quote.scenario.reductionPercent.toNumber() : "",
  };
}

/** Delivery-year summary formulas (column E), over the whole table so added rows count. */
function summaryFormulas(table: string): [keyof QuoteSheetLabels, string][] {
  const column = (key: QuoteColumnKey) => wholeColumn(table, key);
  const good = column("good");
  return [
    ["totalCost", `=SUM(${column("cost")})`],
    ["baseValue", `=SUMPRODUCT(${column("quantity")},${column("basePrice")})`],
    ["surcharge", "=E3/E4"],
    ["alternativeCost", `=SUM(${column("alternativeCost")})`],
    ["saving", "=E3-E6"],
    ["totalCny", `=IF(${PARAMETER_CELLS.exchangeRate}="","",SUM(${column("costCny")}))`],
    // Goods outside the 50 t (electricity, hydrogen: the goods data's countsTowardDeMinimis), in any spelling.
    ["countedMass", `=SUMIFS(${column("quantity")},${deMinimisCriteria(good)})`],
    ["deMinimis", "=ZC.CBAM_DEMINIMIS(E9)"],
  ];
}

/** The 2026-2034 rows: one formula per year column, `c` being that column's letter. */
function pathRows(
  quote: Quote,
  table: string,
): [keyof QuoteSheetLabels, (c: string, i: number) => SheetCell][] {
  const column = (key: QuoteColumnKey) => wholeColumn(table, key);
  const price = quote.certificatePrice;
  const totalCost = (seeKey: "see" | "alternativeSee", c: string) =>
    `=SUM(${cbamCost(column, seeKey, column("quantity"), `${c}$${PATH_ROWS.price}`, `${c}$${PATH_ROWS.year}`)})`;
  return [
    ["year", (_c, i) => COST_PATH_YEARS[i]!],
    [
      "pathPrice",
      (_c, i) =>
        isPricePath(price) ? price.get(COST_PATH_YEARS[i]!)!.toNumber() : `=${PARAMETER_CELLS.price}`,
    ],
    ["freeAllocation", (c) => `=ZC.CBAM_FREE_ALLOCATION(${c}$${PATH_ROWS.year})`],
    ["pathCost", (c) => totalCost("see", c)],
    ["pathCostPerTonne", (c) => `=ROUND(${c}${PATH_ROWS.cost}/SUM(${column("quantity")}),2)`],
    ["pathSurcharge", (c) => `=${c}${PATH_ROWS.cost}/$E$4`],
    ["pathAlternativeCost", (c) => totalCost("alternativeSee", c)],
    ["pathSaving", (c) => `=${c}${PATH_ROWS.cost}-${c}${PATH_ROWS.alternativeCost}`],
  ];
}

const grid = <T>(fill: T): T[][] =>
  Array.from({ length: BLOCK.rows }, () => Array<T>(BLOCK.columns).fill(fill));

/** Rows 1-19 × A-J: labels, parameter values, summary and path formulas. */
export function quoteBlock(quote: Quote, table: string, labels: QuoteSheetLabels): SheetCell[][] {
  const cells = grid<SheetCell>("");
  cells[0]![0] = labels.title;
  const parameters = parameterValues(quote);
  PARAMETER_KEYS.forEach((key, i) => {
    cells[FIRST_PARAMETER_ROW - 1 + i]![0] = labels[key];
    cells[FIRST_PARAMETER_ROW - 1 + i]![1] = parameters[key];
  });
  summaryFormulas(table).forEach(([label, formula], i) => {
    cells[FIRST_PARAMETER_ROW - 1 + i]![SUMMARY_LABEL_COLUMN] = labels[label];
    cells[FIRST_PARAMETER_ROW - 1 + i]![SUMMARY_LABEL_COLUMN + 1] = formula;
  });
  pathRows(quote, table).forEach(([label, cell], r) => {
    const row = cells[PATH_ROWS.year - 1 + r]!;
    row[0] = labels[label];
    YEAR_COLUMNS.forEach((c, i) => (row[1 + i] = cell(c, i)));
  });
  return cells;
}

const MONEY = "#,##0.00";
/** Number formats of the block, same shape as quoteBlock. */
export function quoteBlockNumberFormats(): string[][] {
  const formats = grid("General");
  formats[3]![1] = MONEY; // B4 price
  formats[4]![1] = MONEY; // B5 paid price
  formats[5]![1] = "0.0000"; // B6 rate
  for (const row of [3, 4, 6, 7, 8]) formats[row - 1]![4] = MONEY;
  formats[4]![4] = "0.00%"; // E5 surcharge
  formats[8]![4] = "#,##0.###"; // E9 mass
  const pathFormats: Record<number, string> = {
    [PATH_ROWS.year]: "0",
    [PATH_ROWS.price]: MONEY,
    [PATH_ROWS.freeAllocation]: "0.0%",
    [PATH_ROWS.cost]: MONEY,
    [PATH_ROWS.costPerTonne]: MONEY,
    [PATH_ROWS.surcharge]: "0.00%",
    [PATH_ROWS.alternativeCost]: MONEY,
    [PATH_ROWS.saving]: MONEY,
  };
  for (const [row, format] of Object.entries(pathFormats))
    for (let c = 1; c < BLOCK.columns; c++) formats[Number(row) - 1]![c] = format;
  return formats;
}

/** The chart's data: the surcharge row with its label, and the years as categories. */
export const CHART_SOURCE = {
  series: `A${PATH_ROWS.surcharge}:${PATH_COLUMNS.last}${PATH_ROWS.surcharge}`,
  categories: `${PATH_COLUMNS.first}${PATH_ROWS.year}:${PATH_COLUMNS.last}${PATH_ROWS.year}`,
} as const;

/** Labels of the parameter cells, for checking the block is still where we wrote it. */
export const PARAMETER_LABEL_CELLS: Readonly<Record<ParameterKey, string>> = Object.fromEntries(
  PARAMETER_KEYS.map((key, i) => [key, `A${FIRST_PARAMETER_ROW + i}`]),
) as Record<ParameterKey, string>;
export { PARAMETER_KEYS };
