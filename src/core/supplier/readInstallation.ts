import { normalizeLabel } from "../sheet/normalizeText";
import { a1, dateAt, textAt } from "./cellReading";
import {
  INSTALLATION_CELLS,
  INSTALLATION_LABEL_COLUMN,
  INSTALLATION_VALUE_COLUMN,
  type InstallationField,
} from "./data/templateLayout";
import type { TemplateSheet } from "./templateCells";
import type { SupplierInstallation } from "./types";

/**
 * The installation block (G12:G21). The rows are fixed in every release; a label in column D that
 * does not match (rows inserted by hand) leaves the field blank rather than reading the wrong row.
 */
export function readInstallation(sheet: TemplateSheet): SupplierInstallation {
  const values = {} as Record<InstallationField, string | null>;
  const cells = {} as Record<InstallationField, string>;
  for (const rule of INSTALLATION_CELLS) {
    cells[rule.field] = a1(rule.row, INSTALLATION_VALUE_COLUMN);
    const label = textAt(sheet, rule.row, INSTALLATION_LABEL_COLUMN);
    // An uncalculated label (formula without result) cannot confirm or refute the row: read it.
    const labelMatches =
      label === null || rule.labels.some((start) => normalizeLabel(label).startsWith(normalizeLabel(start)));
    if (!labelMatches) {
      values[rule.field] = null;
      continue;
    }
    values[rule.field] =
      rule.field === "periodStart" || rule.field === "periodEnd"
        ? dateAt(sheet, rule.row, INSTALLATION_VALUE_COLUMN)
        : textAt(sheet, rule.row, INSTALLATION_VALUE_COLUMN);
  }
  return { ...values, cells };
}
