/** The Quote tab (issue 7): export quote builder with the CBAM surcharge path. */
export { QuoteTab } from "./QuoteTab";
export type { QuoteExcel } from "./quoteExcel";
export { createQuoteDraftStore, paneQuoteDraftStore, type QuoteDraftStore } from "./quoteDraftStore";
export { quoteDraftReducer, type QuoteDraftAction } from "./quoteDraftReducer";
