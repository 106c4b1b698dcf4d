/**
 * The quote table's columns. Headers are fixed English identifiers in every UI language: the
 * formulas refer to them by name ([@[SEE (tCO2e/t)]]), so they must not change with the language.
 */
import type { QuoteLineField } from "../../core/quote";

export interface QuoteColumn {
  header: string;
  /** The input field the column holds; undefined for formula (output) columns. */
  field?: QuoteLineField;
  numberFormat: string;
}

export const QUOTE_COLUMNS = {
  description: { header: "Description", field: "description", numberFormat: "General" },
  cnCode: { header: "CN code", field: "cnCode", numberFormat: "@" },
  country: { header: "Country of origin", field: "country", numberFormat: "@" },
  good: { header: "Good", field: "good", numberFormat: "General" },
  quantity: { header: "Quantity (t)", field: "quantity", numberFormat: "#,##0.###" },
  see: { header: "SEE (tCO2e/t)", field: "see", numberFormat: "0.0####" },
  valueType: { header: "Value type", field: "valueType", numberFormat: "General" },
  benchmark: { header: "Benchmark (tCO2e/t)", field: "benchmark", numberFormat: "0.0####" },
  basePrice: { header: "Base price (EUR/t)", field: "basePrice", numberFormat: "#,##0.00" },
  alternativeSee: { header: "Alternative SEE (tCO2e/t)", field: "alternativeSee", numberFormat: "0.0####" },
  cost: { header: "CBAM cost (EUR)", numberFormat: "#,##0.00" },
  costPerTonne: { header: "Cost per t (EUR)", numberFormat: "#,##0.00" },
  surcharge: { header: "Surcharge (%)", numberFormat: "0.00%" },
  alternativeCost: { header: "Cost with alternative SEE (EUR)", numberFormat: "#,##0.00" },
  saving: { header: "Saving (EUR)", numberFormat: "#,##0.00" },
  costCny: { header: "CBAM cost (CNY)", numberFormat: "#,##0.00" },
} satisfies Record<string, QuoteColumn>;

export type QuoteColumnKey = keyof typeof QUOTE_COLUMNS;

export const QUOTE_COLUMN_KEYS = Object.keys(QUOTE_COLUMNS) as QuoteColumnKey[];

/** [@[Header]]: this row's cell of a column (always bracketed, so any header text is safe). */
export const thisRow = (key: QuoteColumnKey): string => `[@[${QUOTE_COLUMNS[key].header}]]`;

/** Table[[Header]]: a whole column of the table. */
export const wholeColumn = (table: string, key: QuoteColumnKey): string =>
  `${table}[[${QUOTE_COLUMNS[key].header}]]`;
