import { isKnownUnit, splitTrailingUnit } from "../park";
import type { RawCell } from "./cellValue";
import { type ColumnRole, headerRole } from "./headerWords";
import { foldWidth } from "./normalizeText";

/** What one header cell announces: its role, and a year or unit it carries for its column. */
export interface HeaderCellInfo {
  role: ColumnRole | null;
  /** "2024年", 2024, "2024年数值", "数值（2024）": a value column of that year (years as columns). */
  year?: number;
  /** "数值（万tCO2）", "数值（%）": the unit of every value in the column, unless a row says otherwise. */
  unit?: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
const YEAR_PREFIX = /^(\d{4})\s*(?:年度?)?\s*(.*)$/;
const YEAR_SUFFIX = /^(.*?)\s*[([]?\s*(\d{4})\s*(?:年度?)?\s*[)\]]?$/;

const isYear = (n: number): boolean => Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
const NONE: HeaderCellInfo = { role: null };

/** Reads a header cell. Cached per text: data rows are probed with it too. */
export function headerCellInfo(cell: RawCell): HeaderCellInfo {
  if (typeof cell === "number") return isYear(cell) ? { role: "value", year: cell } : NONE;
  if (typeof cell !== "string" || cell.length > 80) return NONE;
  const cached = cache.get(cell);
  if (cached) return cached;
  if (cache.size > CACHE_LIMIT) cache.clear();
  const info = compute(cell);
  cache.set(cell, info);
  return info;
}

const cache = new Map<string, HeaderCellInfo>();
const CACHE_LIMIT = 100_000;

function compute(cell: string): HeaderCellInfo {
  let text = foldWidth(cell).trim();
  if (text === "") return NONE;
  let unit: string | undefined;
  const parts = splitTrailingUnit(text);
  if (parts.unitText !== undefined && isKnownUnit(parts.unitText)) {
    unit = parts.unitText;
    text = parts.name;
  }
  const withUnit = (info: HeaderCellInfo): HeaderCellInfo => (unit === undefined ? info : { ...info, unit });

  const prefixed = YEAR_PREFIX.exec(text);
  if (prefixed && isYear(Number(prefixed[1]))) {
    const rest = prefixed[2] ?? "";
    if (rest === "" || headerRole(rest) === "value")
      return withUnit({ role: "value", year: Number(prefixed[1]) });
  }
  const suffixed = YEAR_SUFFIX.exec(text);
  if (suffixed && isYear(Number(suffixed[2])) && headerRole(suffixed[1] ?? "") === "value") {
    return withUnit({ role: "value", year: Number(suffixed[2]) });
  }
  return withUnit({ role: headerRole(text) });
}
