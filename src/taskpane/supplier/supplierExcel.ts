import type { selectCell } from "../../excel";
import type { readActiveTemplate } from "../../excel/supplier";

/** The workbook actions the Supplier data tab uses. The shell passes them in (tests may pass their own). */
export interface SupplierExcel {
  readActiveTemplate: typeof readActiveTemplate;
  selectCell: typeof selectCell;
}
