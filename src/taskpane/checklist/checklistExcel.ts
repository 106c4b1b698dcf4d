import type {
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

/** The workbook actions the checklist uses. The shell passes them in (tests may pass their own). */
export interface ChecklistExcel {
  readActiveSheet: typeof readActiveSheet;
  readSelection: typeof readSelection;
  selectCell: typeof selectCell;
  writeReportSheet: typeof writeReportSheet;
  highlightCells: typeof highlightCells;
  clearHighlights: typeof clearHighlights;
  insertTemplateSheet: typeof insertTemplateSheet;
  loadProfileChoice: typeof loadProfileChoice;
  saveProfileChoice: typeof saveProfileChoice;
}
