export * from "./templateCells";
export * from "./types";
export * from "./euData";
export * from "./templateError";
export { readSupplierTemplate, type ReadResult } from "./readTemplate";
export { checkSupplierTemplate, type SupplierCheckOptions } from "./preSendCheck";
export { deriveCbamFields } from "./seeCbam";
export { SUPPLIER_RULES, PLAUSIBLE_SHARE_OF_DEFAULT, SEE_SUM_TOLERANCE } from "./data/checkRules";
export { TEMPLATE_SHEETS_READ, COMMUNICATION_SHEET, PRODUCTS_SHEET } from "./data/templateLayout";
