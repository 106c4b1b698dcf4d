import type { ParsedCell } from "./cellValue";

/** What a Year cell says: a plain year, a date serial read as its year, or nothing usable. */
export type YearReading =
  | { kind: "none" }
  | { kind: "year"; year: number }
  | { kind: "dateSerial"; year: number; serial: number; isoDate: string }
  | { kind: "invalid"; text: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
// Excel serials for 1954-01-01 .. 2173-10-14: far outside the year range, clearly a date.
const MIN_SERIAL = 20000;
const MAX_SERIAL = 100000;
const YEAR_IN_TEXT = /^(\d{4})(?:\s*年(?:度)?)?(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)?$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** Excel date serial → ISO date (1900 system; the epoch 1899-12-30 absorbs Excel's 1900 leap-year bug). */
export function serialToIsoDate(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `dateFormatted`: whether the cell carries a date number format. A number of 20,000-99,999 is read
 * as a date serial only when it does, or when the format is unknown (undefined, the caller then
 * warns); in a cell known not to be a date it is "not a year" (a typo such as 20240 must not
 * silently become 1955).
 */
export function readYear(cell: ParsedCell, dateFormatted?: boolean): YearReading {
  if (cell.kind === "blank") return { kind: "none" };
  if (cell.kind === "number") {
    const n = cell.value;
    if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return { kind: "year", year: n };
    if (n >= MIN_SERIAL && n < MAX_SERIAL && dateFormatted !== false) return dateSerialReading(n);
    return { kind: "invalid", text: String(n) };
  }
  if (cell.kind === "text") {
    const match = YEAR_IN_TEXT.exec(cell.text);
    if (match) {
      const year = Number(match[1]);
      if (year >= MIN_YEAR && year <= MAX_YEAR) return { kind: "year", year };
    }
    return { kind: "invalid", text: cell.text };
  }
  if (cell.kind === "error") return { kind: "invalid", text: cell.code };
  return { kind: "invalid", text: String(cell.value) };
}

// A Year column of date serials repeats a handful of dates; build each reading once.
const serialReadings = new Map<number, YearReading>();

function dateSerialReading(serial: number): YearReading {
  let reading = serialReadings.get(serial);
  if (!reading) {
    const isoDate = serialToIsoDate(serial);
    reading = { kind: "dateSerial", year: Number(isoDate.slice(0, 4)), serial, isoDate };
    if (serialReadings.size < 10_000) serialReadings.set(serial, reading);
  }
  return reading;
}
