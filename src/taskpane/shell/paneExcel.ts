/**
 * Every workbook action the tabs use, bound to Office.js in one place (the task-pane template's
 * style: the entry passes the Excel functions down, components never import them). A new tab adds
 * its own actions interface to PaneExcel and its bindings here.
 */
import {
  clearHighlights,
  highlightCells,
  insertTemplateSheet,
  loadProfileChoice,
  readActiveSheet,
  readSelection,
  saveProfileChoice,
  selectCell,
  writeReportSheet,
} from "../../excel";
import { insertQuote, readQuote } from "../../excel/quote";
import { readActiveTemplate } from "../../excel/supplier";
import type { ChecklistExcel } from "../checklist/checklistExcel";
import type { QuoteExcel } from "../quote/quoteExcel";
import type { SupplierExcel } from "../supplier/supplierExcel";

export interface PaneExcel extends ChecklistExcel, QuoteExcel, SupplierExcel {}

export const officeExcel: PaneExcel = {
  readActiveSheet,
  readSelection,
  selectCell,
  writeReportSheet,
  highlightCells,
  clearHighlights,
  insertTemplateSheet,
  loadProfileChoice,
  saveProfileChoice,
  insertQuote,
  readQuote,
  readActiveTemplate,
};
