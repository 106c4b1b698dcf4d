/**
 * From what went wrong to the error value Excel shows. The core throws InputError with a kind in
 * Excel's terms; an error value found in an input cell is passed on as that same error; anything
 * else (a bug) becomes #VALUE! with its message rather than an unexplained failure.
 */
import { isInputError, type InputErrorKind } from "../core/shared/inputError";
import type { LocalizedText, UiLanguage } from "../core/shared/localizedText";

/** What CustomFunctions.Error looks like; compared by properties (the runtime owns the class). */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

export function errorCodeForKind(kind: InputErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "number":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "divisionByZero":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "notAvailable":
      return CustomFunctions.ErrorCode.notAvailable;
    case "value":
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
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
  return new CustomFunctions.Error(errorCodeForKind(kind), message[language]);
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
  return new CustomFunctions.Error(same ?? CustomFunctions.ErrorCode.invalidValue, message);
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
    if (returnableCode(error.code) !== null) return error as CustomFunctions.Error;
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    language === "zh" ? `内部错误：${detail}` : `Internal error: ${detail}`,
  );
}
