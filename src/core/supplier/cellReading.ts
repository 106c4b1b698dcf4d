/** Typed reads of template cells: blank, text, number, date, each with its A1 address. */
import { columnLetters } from "../sheet/a1";
import { parseCell, type RawCell } from "../sheet/cellValue";
import { shownValue, type TemplateSheet } from "./templateCells";

/** Row 26, column 6 → "F26". */
export function a1(row: number, column: number): string {
  return `${columnLetters(column - 1)}${row}`;
}

export function textAt(sheet: TemplateSheet, row: number, column: number): string | null {
  const value = shownValue(sheet.cell(row, column));
  if (value === null || value === undefined || value === "") return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

export type NumberRead =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  /** Text that is no number, or an error value such as "#N/A". */
  | { kind: "invalid"; shown: string };

/** A number as the file holds it; numbers stored as text ("0.91", "0,91" is not) are read too. */
export function numberAt(sheet: TemplateSheet, row: number, column: number): NumberRead {
  return readNumber(shownValue(sheet.cell(row, column)));
}

export function readNumber(value: RawCell): NumberRead {
  const parsed = parseCell(value);
  switch (parsed.kind) {
    case "blank":
      return { kind: "blank" };
    case "number":
      // "12%" typed as text is 0.12, like Excel would store it.
      return { kind: "number", value: parsed.percentSign ? parsed.value / 100 : parsed.value };
    case "error":
      return { kind: "invalid", shown: parsed.code };
    case "boolean":
      return { kind: "invalid", shown: String(parsed.value).toUpperCase() };
    case "text":
      return { kind: "invalid", shown: parsed.text };
  }
}

export function numberOrNull(read: NumberRead): number | null {
  return read.kind === "number" ? read.value : null;
}

const EXCEL_EPOCH_UTC_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An Excel date serial (what range.values gives for a date cell) → "2023-01-01". */
export function serialToIsoDate(serial: number): string {
  return new Date(EXCEL_EPOCH_UTC_MS + Math.round(serial * DAY_MS)).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A date cell as "yyyy-mm-dd"; typed ISO text is taken as is; other text is returned unchanged. */
export function dateAt(sheet: TemplateSheet, row: number, column: number): string | null {
  const value = shownValue(sheet.cell(row, column));
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return serialToIsoDate(value);
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text === "") return null;
  const iso = ISO_DATE.exec(text);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : text;
}

export function isIsoDate(text: string | null): text is string {
  return text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text);
}
