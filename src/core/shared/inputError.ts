import type { LocalizedText } from "./localizedText";

/**
 * What kind of bad input it was, in Excel's terms, so adapters can map it to the matching
 * error value (#VALUE!, #NUM!, #DIV/0!, #N/A) without parsing messages.
 */
export type InputErrorKind = "value" | "number" | "divisionByZero" | "notAvailable";

/**
 * Thrown by the core for input it cannot use. Always names the argument (or cell) and what was
 * expected, in both languages.
 */
export class InputError extends Error {
  readonly kind: InputErrorKind;
  readonly argument: string;
  readonly localized: LocalizedText;

  constructor(kind: InputErrorKind, argument: string, localized: LocalizedText) {
    super(localized.en);
    this.name = "InputError";
    this.kind = kind;
    this.argument = argument;
    this.localized = localized;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
