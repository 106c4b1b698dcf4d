/**
 * The task pane's tabs. Adding one is one line here (plus its label in src/i18n), e.g.
 * { id: "supplier", label: (s) => s.tabs.supplier, Panel: SupplierTab }. Tabs import their props
 * type from ./tabPanelProps, never from here, so there is no import circle.
 */
import type { ComponentType } from "react";
import type { UiStrings } from "../../i18n";
import { ChecklistTab } from "../checklist/ChecklistTab";
import { QuoteTab } from "../quote";
import { StandardsTab } from "../standards/StandardsTab";
import { SupplierTab } from "../supplier";
import type { TabPanelProps } from "./tabPanelProps";

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
