import type { LocalizedText } from "../shared/localizedText";

/** The workbook is not a Communication template (or not one this reader knows): adapters report it and stop. */
export class TemplateError extends Error {
  readonly localized: LocalizedText;

  constructor(localized: LocalizedText) {
    super(localized.en);
    this.name = "TemplateError";
    this.localized = localized;
  }
}

export function isTemplateError(error: unknown): error is TemplateError {
  return error instanceof TemplateError;
}
