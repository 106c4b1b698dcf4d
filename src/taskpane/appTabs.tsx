/**
 * The task pane's tabs. Adding one is one line here (plus its label in src/i18n), e.g. the quote
 * builder: { id: "quote", label: (s) => s.tabs.quote, Panel: QuoteTab }.
 */
import type { ComponentType } from "react";
import type { UiStrings } from "../i18n";
import { ChecklistTab } from "./components/ChecklistTab";
import { StandardsTab } from "./components/StandardsTab";
import type { ValidationState } from "./hooks/useValidation";
import { QuoteTab } from "./quote";
import { SupplierTab } from "./supplier";

/** What every tab panel receives: the shared validation state (last result, validate, progress). */
export interface TabPanelProps {
  validation: ValidationState;
}

export interface AppTab {
  id: string;
  label: (s: UiStrings) => string;
  Panel: ComponentType<TabPanelProps>;
}

export const APP_TABS: readonly AppTab[] = [
  { id: "checklist", label: (s) => s.tabs.checklist, Panel: ChecklistTab },
  { id: "standards", label: (s) => s.tabs.standards, Panel: StandardsTab },
  { id: "quote", label: (s) => s.tabs.quote, Panel: QuoteTab },
  { id: "supplier", label: (s) => s.tabs.supplier, Panel: SupplierTab },
];
