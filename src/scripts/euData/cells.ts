/** Reading the Commission workbooks' cells: CN codes, figures, marks. */
import Decimal from "decimal.js";
import type ExcelJS from "exceljs";
import type { DefaultField } from "../../core/eu/types";

/** A cell's plain value: rich text joined, formula results taken. */
export function plain(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "object" && "richText" in value) return value.richText.map((run) => run.text).join("");
  if (typeof value === "object" && "result" in value) return plain(value.result as ExcelJS.CellValue);
  // An error value (Taiwan's mark-up columns hold #VALUE! where the total is text): no figure.
  if (typeof value === "object" && "error" in value) return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** "2523 10 00", 28141000, "7208" → digits; null when the cell holds no CN code. */
export function cnDigits(value: ExcelJS.CellValue): string | null {
  const v = plain(value);
  if (typeof v === "number") return Number.isInteger(v) && v > 0 ? String(v) : null;
  if (typeof v !== "string") return null;
  const digits = v.replace(/[\s\u00a0]/g, "");
  return /^\d{4,10}$/.test(digits) ? digits : null;
}

/**
 * The binding figure: the Official Journal prints three decimals and the workbook stores some
 * unrounded (China 7208: 3.186892655, printed 3,187), so round half-up to three decimals.
 */
export function threeDecimals(value: number): number {
  // 12 significant digits first: the workbook's products carry binary noise (1.65 × 1.01 is
  // stored as 1.6664999999999999, which the OJ prints 1,667).
  return new Decimal(value.toPrecision(12)).toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toNumber();
}

export function defaultField(value: ExcelJS.CellValue): DefaultField | "see below" {
  const v = plain(value);
  if (typeof v === "number") return threeDecimals(v);
  const text = (v ?? "").trim();
  // "N/A", "N.A.", "N/a" and one "N/(A" (Qatar, indirect emissions of hydrogen) all mean not applicable.
  if (/^n[./(]{0,2}a\.?$/i.test(text)) return "N/A";
  if (/^see below$/i.test(text)) return "see below";
  if (text === "" || /^[–—\-_]$/.test(text)) return null;
  const numeric = Number(text.replace(",", "."));
  if (Number.isFinite(numeric)) return threeDecimals(numeric);
  throw new Error(`unexpected default-value field "${text}"`);
}

/** "(A)" → "A", "(C)/(F)" → "C/F" (either route), " " → "". */
export function routeLetter(value: ExcelJS.CellValue): string {
  const text = String(plain(value) ?? "").trim();
  if (text === "" || /^n\.?\/?a\.?$/i.test(text)) return "";
  if (!/^\([A-Z]\)(\s*\/\s*\([A-Z]\))*$/.test(text)) throw new Error(`unexpected route mark "${text}"`);
  return [...text.matchAll(/\(([A-Z])\)/g)].map((match) => match[1]).join("/");
}
