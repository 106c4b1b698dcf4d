/**
 * From what went wrong to the error value Excel shows. Excel displays a custom function's message
 * only on #VALUE! and #N/A (Microsoft's custom-functions error documentation; the runtime typings
 * say custom messages are only available with certain error codes), so:
 * - bad input of any kind (text, negative, out of range, a zero divisor) is #VALUE! with a message
 *   naming the argument and what was expected; "no figure for that" is #N/A with the reason;
 * - an error value found in an input cell is passed on as that same error, with a message only
 *   where Excel shows one;
 * - anything else (a bug) becomes #VALUE! with its message rather than an unexplained failure.
 * `withMessage` is the one place an error value gets a message, and it drops it on other codes.
 */
import { isInputError, type InputErrorKind } from "../core/shared/inputError";
import type { LocalizedText, UiLanguage } from "../core/shared/localizedText";

/** What CustomFunctions.Error looks like; compared by properties (the runtime owns the class). */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

/** The core's kinds stay precise (the CLI and the pane use them); Excel gets a code that shows text. */
export function errorCodeForKind(kind: InputErrorKind): CustomFunctions.ErrorCode {
  return kind === "notAvailable"
    ? CustomFunctions.ErrorCode.notAvailable
    : CustomFunctions.ErrorCode.invalidValue;
}

/** True for the codes whose message Excel displays. */
export function showsMessage(code: string): boolean {
  return code === CustomFunctions.ErrorCode.invalidValue || code === CustomFunctions.ErrorCode.notAvailable;
}

/** An error value with `message` where Excel would show it, without one elsewhere. */
export function withMessage(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  return showsMessage(code) ? new CustomFunctions.Error(code, message) : new CustomFunctions.Error(code);
}

/** True for a CustomFunctions.Error (ours, or one Excel passes in for an error cell). */
export function isExcelErrorValue(value: unknown): value is ExcelErrorValue {
  if (typeof value !== "object" || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/**
 * The error codes a custom function may return (#REF! and #NAME? are input-only): an input cell
 * holding one of these is passed on unchanged, any other error value becomes #VALUE!.
 */
function returnableCode(code: string): CustomFunctions.ErrorCode | null {
  const E = CustomFunctions.ErrorCode;
  const returnable: readonly CustomFunctions.ErrorCode[] = [
    E.invalidValue,
    E.notAvailable,
    E.divisionByZero,
    E.invalidNumber,
    E.nullReference,
  ];
  const upper = code.trim().toUpperCase();
  return returnable.find((candidate) => candidate === upper) ?? null;
}

export function excelError(
  kind: InputErrorKind,
  message: LocalizedText,
  language: UiLanguage,
): CustomFunctions.Error {
  return withMessage(errorCodeForKind(kind), message[language]);
}

/**
 * The error value for an error code found in an input cell (argument `argument`): the same code
 * when Excel lets functions return it, else #VALUE! naming the cell's error.
 */
export function propagatedError(code: string, argument: string, language: UiLanguage): CustomFunctions.Error {
  const same = returnableCode(code);
  const message =
    language === "zh"
      ? `${argument} 的单元格含错误值 ${code}。`
      : `${argument} holds the error value ${code}.`;
  return withMessage(same ?? CustomFunctions.ErrorCode.invalidValue, message);
}

/** Thrown by the argument readers for an error value in an input cell; shown by toExcelError. */
export class ErrorInInput {
  constructor(
    readonly code: string,
    readonly argument: string,
  ) {}
}

/** Any thrown value → the CustomFunctions.Error to show. */
export function toExcelError(error: unknown, language: UiLanguage): CustomFunctions.Error {
  if (isInputError(error)) return excelError(error.kind, error.localized, language);
  if (error instanceof ErrorInInput) return propagatedError(error.code, error.argument, language);
  if (isExcelErrorValue(error)) {
    const same = returnableCode(error.code);
    if (same !== null)
      return error.message && !showsMessage(same)
        ? withMessage(same, error.message)
        : (error as CustomFunctions.Error);
    return withMessage(CustomFunctions.ErrorCode.invalidValue, error.message ?? error.code);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    language === "zh" ? `内部错误：${detail}` : `Internal error: ${detail}`,
  );
}
