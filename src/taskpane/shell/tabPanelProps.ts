import type { ValidationState } from "../checklist/useValidation";
import type { PaneExcel } from "./paneExcel";

/**
 * What every tab panel receives: the shared validation state (last result, validate, progress) and
 * the workbook actions. A tab may declare a narrower props type that this one satisfies.
 */
export interface TabPanelProps {
  validation: ValidationState;
  excel: PaneExcel;
}
