/**
 * Broken copies of a real template at the reader's interface: the cells of a workbook read from
 * the Commission's file, with some cells replaced, or a column inserted as template 2.1.1 did.
 * (tests/cli crafts real .xlsx copies with exceljs; here the reader's rules are exercised fast.)
 */
import type { TemplateCell, TemplateSheet, TemplateWorkbook } from "../../../src/core/supplier";

export type CellPatch = Record<string, TemplateCell | undefined>;

const ADDRESS = /^([A-Z]+)(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

function key(row: number, column: number): string {
  return `${row}:${column}`;
}

/** A cell as Excel saves a formula that was calculated to `value`. */
export const calculated = (value: TemplateCell["value"]): TemplateCell => ({
  value,
  isFormula: true,
  hasCachedValue: true,
});
/** A formula saved without a result. */
export const uncalculated: TemplateCell = { value: "", isFormula: true, hasCachedValue: false };
/** A constant typed into the cell. */
export const typed = (value: TemplateCell["value"]): TemplateCell => ({
  value,
  isFormula: false,
  hasCachedValue: true,
});

export function patchWorkbook(
  workbook: TemplateWorkbook,
  patches: Record<string, CellPatch>,
  insertColumnAt?: { sheet: string; column: number },
): TemplateWorkbook {
  return {
    sheetNames: workbook.sheetNames,
    sheet(name) {
      const base = workbook.sheet(name);
      if (!base) return undefined;
      const byKey = new Map<string, TemplateCell | undefined>();
      for (const [address, cell] of Object.entries(patches[name] ?? {})) {
        const match = ADDRESS.exec(address);
        if (!match) throw new Error(`bad address ${address}`);
        byKey.set(key(Number(match[2]), columnNumber(match[1]!)), cell);
      }
      const insert = insertColumnAt?.sheet === name ? insertColumnAt.column : undefined;
      const sheet: TemplateSheet = {
        name: base.name,
        cell(row, column) {
          const k = key(row, column);
          if (byKey.has(k)) return byKey.get(k);
          if (insert === undefined || column < insert) return base.cell(row, column);
          return column === insert ? undefined : base.cell(row, column - 1);
        },
      };
      return sheet;
    },
  };
}
