/**
 * Argument coercion: one Excel value (a single cell, one element of a range, or null for an
 * omitted optional argument) → the typed value the core takes. The rules, documented in the
 * function help and the README:
 * - blank (empty cell, "" or omitted): the default of an optional argument; required → #VALUE!
 *   "<name> is empty".
 * - numbers stored as text are numbers: "1,234.5", " 12 ", "(120)" = -120, full-width digits; a
 *   decimal comma ("1,5") is not a number.
 * - percent text ("12%") = 0.12, but only where the argument is a share; elsewhere #VALUE!.
 * - TRUE/FALSE → #VALUE! for number and text arguments; boolean arguments take TRUE/FALSE, 1/0
 *   and the text "TRUE"/"FALSE".
 * - an error value in an input is passed on (see errors.ts).
 * Range checks (negative, year out of range, ...) are the core's: these readers only parse.
 */
import { InputError } from "../../core/shared/inputError";
import type { LocalizedText } from "../../core/shared/localizedText";
import { readYear } from "../../core/sheet/yearCell";
import { ErrorInInput } from "../errors";
import { text } from "../language";
import { readCell, type Cell } from "./cell";

export interface ParamSpec {
  /** The parameter's name as the signature shows it ("embedded"). */
  name: string;
  /** What is expected, for messages: unit and range ("tCO2e per tonne of good, 0 or more"). */
  expects: LocalizedText;
}

export interface NumberSpec extends ParamSpec {
  /** Present = the argument is optional and a blank takes this value. */
  default?: number;
  /** Accept "12%" as 0.12 (share arguments only). */
  percent?: boolean;
}

export interface BooleanSpec extends ParamSpec {
  default: boolean;
}

export interface TextSpec extends ParamSpec {
  default?: string;
}

function invalid(spec: ParamSpec, en: string, zh: string): InputError {
  return new InputError(
    "value",
    spec.name,
    text(`${en}; expected ${spec.expects.en}.`, `${zh}；应为${spec.expects.zh}。`),
  );
}

function emptyError(spec: ParamSpec): InputError {
  return invalid(spec, `${spec.name} is empty`, `${spec.name} 为空`);
}

function notANumber(spec: ParamSpec, shown: string): InputError {
  return invalid(spec, `${spec.name}: "${shown}" is not a number`, `${spec.name}：“${shown}”不是数字`);
}

export function readNumber(raw: unknown, spec: NumberSpec): number {
  const cell = readCell(raw);
  switch (cell.kind) {
    case "blank":
      if (spec.default !== undefined) return spec.default;
      throw emptyError(spec);
    case "error":
      throw new ErrorInInput(cell.code, spec.name);
    case "boolean":
      throw notANumber(spec, cell.value ? "TRUE" : "FALSE");
    case "text":
      throw notANumber(spec, cell.text);
    case "number":
      if (!cell.percentSign) return cell.value;
      if (spec.percent) return cell.value / 100;
      throw invalid(
        spec,
        `${spec.name}: "${cell.value}%" is a percentage, not accepted here`,
        `${spec.name}：“${cell.value}%”是百分数，此处不适用`,
      );
  }
}

/** An optional number whose absence the core must see (undefined), rather than a default value. */
export function readOptionalNumber(raw: unknown, spec: NumberSpec): number | undefined {
  return readCell(raw).kind === "blank" ? undefined : readNumber(raw, spec);
}

/**
 * A calendar year: 2026, "2026", "2026年", or a date (serial or text) read as its year — the
 * sheet validator's rule (core/sheet/yearCell). Whether the year is in range is the core's check.
 */
export function readYearArgument(raw: unknown, spec: NumberSpec): number {
  const cell = readCell(raw);
  if (cell.kind === "blank") {
    if (spec.default !== undefined) return spec.default;
    throw emptyError(spec);
  }
  if (cell.kind === "error") throw new ErrorInInput(cell.code, spec.name);
  if (cell.kind === "boolean") throw notANumber(spec, cell.value ? "TRUE" : "FALSE");
  const reading = readYear(cell);
  if (reading.kind === "year" || reading.kind === "dateSerial") return reading.year;
  const shown = cell.kind === "number" ? String(cell.value) : cell.text;
  throw invalid(spec, `${spec.name}: "${shown}" is not a year`, `${spec.name}：“${shown}”不是年份`);
}

const TRUE_TEXT = new Set(["true", "是"]);
const FALSE_TEXT = new Set(["false", "否"]);

/** TRUE/FALSE, a number (0 = FALSE, any other = TRUE, as Excel), or the text TRUE/FALSE/是/否. */
export function readBoolean(raw: unknown, spec: BooleanSpec): boolean {
  const cell: Cell = readCell(raw);
  switch (cell.kind) {
    case "blank":
      return spec.default;
    case "error":
      throw new ErrorInInput(cell.code, spec.name);
    case "boolean":
      return cell.value;
    case "number":
      if (cell.fromText) break;
      return cell.value !== 0;
    case "text": {
      const folded = cell.text.toLowerCase();
      if (TRUE_TEXT.has(folded)) return true;
      if (FALSE_TEXT.has(folded)) return false;
      break;
    }
  }
  const shown = cell.kind === "text" ? cell.text : cell.kind === "number" ? String(cell.value) : "";
  throw invalid(
    spec,
    `${spec.name}: "${shown}" is not TRUE or FALSE`,
    `${spec.name}：“${shown}”不是 TRUE 或 FALSE`,
  );
}

/** Text as typed (trimmed); a number is read as its text; TRUE/FALSE → #VALUE!. */
export function readText(raw: unknown, spec: TextSpec): string {
  const cell = readCell(raw);
  switch (cell.kind) {
    case "blank":
      if (spec.default !== undefined) return spec.default;
      throw emptyError(spec);
    case "error":
      throw new ErrorInInput(cell.code, spec.name);
    case "boolean":
      throw invalid(
        spec,
        `${spec.name}: ${cell.value ? "TRUE" : "FALSE"} is not text`,
        `${spec.name}：${cell.value ? "TRUE" : "FALSE"} 不是文本`,
      );
    case "number":
      return typeof raw === "string" ? raw.trim() : String(cell.value);
    case "text":
      return cell.text;
  }
}
