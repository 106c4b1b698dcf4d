/**
 * Excel I/O of the quote builder: insert a quote as a live table of ZC formulas on a new sheet,
 * read it back. Constant number of syncs; no pricing here (the formulas and core/quote price).
 */
export { insertQuote, type QuoteInserted } from "./insertQuote";
export { readQuote } from "./readQuote";
export { issueCell, parseQuoteSheet, type QuoteRead, type QuoteSheetSnapshot } from "./parseQuoteSheet";
export { QuoteReadError } from "./quoteReadError";
export { QUOTE_COLUMNS, QUOTE_COLUMN_KEYS } from "./quoteColumns";
export {
  CHART_POSITION,
  CHART_SOURCE,
  PARAMETER_CELLS,
  PATH_ROWS,
  QUOTE_TABLE_PREFIX,
  TABLE_HEADER_ROW,
  quoteBlock,
  rowFormulas,
  rowOfLine,
  tableAddress,
  tableHeaders,
  tableRows,
  type QuoteSheetLabels,
} from "./quoteSheetLayout";
