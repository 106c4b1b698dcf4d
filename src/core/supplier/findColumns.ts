import { normalizeLabel } from "../sheet/normalizeText";
import { textAt } from "./cellReading";
import type { ProductColumnRule, ProductField } from "./data/templateLayout";
import { LAST_HEADER_COLUMN } from "./data/templateLayout";
import type { TemplateSheet } from "./templateCells";

/**
 * Finds each product field's column by the header text of one row (row 25 of
 * Summary_Communication, row 8 of Summary_Products), so files of 2.1 and 2.1.1, whose columns from
 * P on differ by one, read alike. The first column whose header starts with the rule's text
 * counts; a unit column under the same merged header is the next one (rule.offset).
 */
export function findProductColumns(
  sheet: TemplateSheet,
  headerRow: number,
  rules: readonly ProductColumnRule[],
): Partial<Record<ProductField, number>> {
  const headers: { column: number; text: string }[] = [];
  for (let column = 1; column <= LAST_HEADER_COLUMN; column++) {
    const text = textAt(sheet, headerRow, column);
    if (text !== null) headers.push({ column, text: normalizeLabel(text) });
  }
  const columns: Partial<Record<ProductField, number>> = {};
  for (const rule of rules) {
    const wanted = normalizeLabel(rule.header);
    const match = headers.find((header) => header.text.startsWith(wanted));
    if (match) columns[rule.field] = match.column + (rule.offset ?? 0);
  }
  return columns;
}
