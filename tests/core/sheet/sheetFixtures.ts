import type { RawCell, SheetInput } from "../../../src/core/sheet";

export const HEADER: RawCell[] = ["指标 Indicator", "数值 Value", "单位 Unit", "年份 Year"];

/** A sheet with the standard header in row 1 and the given data rows below it. */
export function table(rows: RawCell[][], extra: Partial<SheetInput> = {}): SheetInput {
  return { sheetName: "Sheet1", values: [HEADER, ...rows], ...extra };
}

/** Freezes every row so any write by the validator throws. */
export function deepFreeze<T>(rows: T[][]): T[][] {
  rows.forEach((row) => Object.freeze(row));
  return Object.freeze(rows) as T[][];
}
