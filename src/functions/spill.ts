/**
 * Element-wise evaluation over ranges, so one formula fills a column. Every broadcastable argument
 * is declared as a matrix in the metadata: a single value arrives as [[value]], a range as rows of
 * values, an omitted optional argument as null.
 *
 * Shapes broadcast as Excel's own array arithmetic does: an argument is a single cell, or has the
 * result's number of rows (or 1) and the result's number of columns (or 1). So a column of
 * products against a row of years gives a table. Anything else is #VALUE! naming the argument.
 * An element that fails becomes that cell's error value; the other cells still compute.
 */
import { InputError } from "../core/shared/inputError";
import type { UiLanguage } from "../core/shared/localizedText";
import { isExcelErrorValue, toExcelError, withMessage } from "./errors";
import { text } from "./language";

export type Matrix<T> = T[][];

export interface NamedArgument {
  name: string;
  value: unknown;
}

/** Any argument as a matrix: null/undefined and scalars become 1×1, a flat array one row. */
export function toMatrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value ?? null]];
  if (value.length === 0) return [[null]];
  if (value.every((row) => Array.isArray(row))) {
    const rows = value as unknown[][];
    return rows.some((row) => row.length === 0) ? [[null]] : rows;
  }
  return [value];
}

function shapeOf(matrix: unknown[][]): { rows: number; cols: number } {
  // A loop, not Math.max(...rows): a whole-column argument has 1,048,576 rows, too many arguments
  // for one call (the stack overflows past about 120,000).
  let cols = 0;
  for (const row of matrix) if (row.length > cols) cols = row.length;
  return { rows: matrix.length, cols };
}

const shown = (s: { rows: number; cols: number }) => `${s.rows}×${s.cols}`;

/** The broadcast result shape, or InputError (#VALUE!) naming the first argument that does not fit. */
export function broadcastShape(args: readonly { name: string; matrix: unknown[][] }[]): {
  rows: number;
  cols: number;
} {
  const shapes = args.map((arg) => ({ name: arg.name, ...shapeOf(arg.matrix) }));
  const rowsFrom = shapes.reduce((a, b) => (b.rows > a.rows ? b : a));
  const colsFrom = shapes.reduce((a, b) => (b.cols > a.cols ? b : a));
  for (const s of shapes) {
    const other =
      s.rows !== 1 && s.rows !== rowsFrom.rows
        ? rowsFrom
        : s.cols !== 1 && s.cols !== colsFrom.cols
          ? colsFrom
          : null;
    if (other) {
      throw new InputError(
        "value",
        s.name,
        text(
          `${s.name} is ${shown(s)} but ${other.name} is ${shown(other)}; give ranges of the same shape, a single row or column, or a single cell.`,
          `${s.name} 为 ${shown(s)}，而 ${other.name} 为 ${shown(other)}；请给出形状相同的区域、单行或单列，或单个单元格。`,
        ),
      );
    }
  }
  return { rows: rowsFrom.rows, cols: colsFrom.cols };
}

const isSingleCell = (m: { matrix: unknown[][] }): boolean =>
  m.matrix.length === 1 && m.matrix[0]!.length === 1;

function elementAt(matrix: unknown[][], row: number, col: number): unknown {
  const r = matrix.length === 1 ? matrix[0]! : matrix[row]!;
  // A ragged row (never from Excel) reads its missing cells as blank.
  return r.length === 1 ? r[0] : (r[col] ?? null);
}

/**
 * Calls `compute` once per result cell with the arguments' elements in order. InputError and
 * error values become that cell's CustomFunctions.Error; a shape mismatch throws (whole formula).
 */
export function mapElements<T>(
  args: readonly NamedArgument[],
  compute: (elements: unknown[]) => T,
  language: UiLanguage,
): Matrix<T | CustomFunctions.Error> {
  const matrices = args.map((arg) => ({ name: arg.name, matrix: toMatrix(arg.value) }));
  if (matrices.every(isSingleCell)) {
    // One cell per argument, Excel's most frequent call (a formula filled down a column).
    try {
      return [[finite(compute(matrices.map((m) => m.matrix[0]![0])))]];
    } catch (error) {
      return [[toExcelError(error, language)]];
    }
  }
  const { rows, cols } = broadcastShape(matrices);
  const result: Matrix<T | CustomFunctions.Error | ""> = [];
  const elements: unknown[] = new Array(matrices.length);
  for (let row = 0; row < rows; row++) {
    const line: (T | CustomFunctions.Error | "")[] = [];
    for (let col = 0; col < cols; col++) {
      let anyInput = false;
      for (let i = 0; i < matrices.length; i++) {
        const element = elementAt(matrices[i]!.matrix, row, col);
        elements[i] = element;
        if (!isBlank(element)) anyInput = true;
      }
      // A row with no input at all stays blank: a whole-column reference (A:A) then spills its
      // results and a million empty cells, not a million "is empty" errors.
      if (!anyInput) {
        line.push("");
        continue;
      }
      try {
        line.push(finite(compute(elements.slice())));
      } catch (error) {
        line.push(toExcelError(error, language));
      }
    }
    result.push(line);
  }
  return result as Matrix<T | CustomFunctions.Error>;
}

/** A result too large for a double (1e308 ÷ 1e-300) is #NUM!, as in Excel's own arithmetic. */
function finite<T>(value: T): T | CustomFunctions.Error {
  return typeof value === "number" && !Number.isFinite(value)
    ? withMessage(CustomFunctions.ErrorCode.invalidNumber, "")
    : value;
}

function isBlank(element: unknown): boolean {
  return element === null || element === undefined || element === "";
}

/**
 * What the function returns: the matrix, except that a single cell holding an error is thrown, so
 * a one-cell formula fails the ordinary way (Excel shows the message on the cell either way).
 */
export function finish<T>(matrix: Matrix<T | CustomFunctions.Error>): Matrix<T | CustomFunctions.Error> {
  if (matrix.length === 1 && matrix[0]!.length === 1) {
    const only = matrix[0]![0];
    if (isExcelErrorValue(only)) throw only;
  }
  return matrix;
}

/**
 * Runs an entry point: whatever it throws reaches Excel as a CustomFunctions.Error with a message
 * in the user's language.
 */
export function guard<T>(language: UiLanguage, body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    throw toExcelError(error, language);
  }
  // A single number that overflowed (OFFSET_RATIO of huge sums) is #NUM! too.
  if (typeof result === "number" && !Number.isFinite(result))
    throw withMessage(CustomFunctions.ErrorCode.invalidNumber, "");
  return result;
}

/** Every element of every argument, in reading order (for summed ranges). */
export function flatten(value: unknown): unknown[] {
  return toMatrix(value).flat();
}
