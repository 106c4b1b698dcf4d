import type { insertQuote, readQuote } from "../../excel/quote";

/** The workbook actions the quote builder uses. The shell passes them in (tests may pass their own). */
export interface QuoteExcel {
  insertQuote: typeof insertQuote;
  readQuote: typeof readQuote;
}
