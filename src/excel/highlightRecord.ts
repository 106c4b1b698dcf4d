/**
 * What "highlight failing cells" changed, kept in the document settings so "clear highlights"
 * can restore each cell's previous fill (even after the workbook was closed and reopened).
 */
import { SETTING_KEYS, readSetting } from "./documentSettings";

export interface HighlightedCell {
  sheetName: string;
  /** Local address, e.g. "B5". */
  address: string;
  /** Fill before we highlighted it; null = no fill. */
  previousFill: string | null;
}

function isHighlightList(value: unknown): value is HighlightedCell[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as HighlightedCell).sheetName === "string" &&
        typeof (item as HighlightedCell).address === "string" &&
        ((item as HighlightedCell).previousFill === null ||
          typeof (item as HighlightedCell).previousFill === "string"),
    )
  );
}

export function readHighlightRecord(): HighlightedCell[] {
  return readSetting(SETTING_KEYS.highlights, isHighlightList) ?? [];
}

export function cellKey(cell: { sheetName: string; address: string }): string {
  return `${cell.sheetName}\u0000${cell.address.toUpperCase()}`;
}
