/** Any error the task pane catches → what to tell the user (in the UI language). */
import { ExcelFailure } from "../../excel";
import { type UiLanguage, type UiStrings, format } from "../../i18n";
import type { LocalizedText } from "../../core/shared/localizedText";

/** The active sheet is one of our report sheets: validating it makes no sense. */
export class ReportSheetActiveError extends Error {
  constructor(readonly sheetName: string) {
    super(`Report sheet ${sheetName} is active`);
    this.name = "ReportSheetActiveError";
  }
}

export interface ErrorDescription {
  message: string;
  detail?: string;
}

function hasLocalized(error: unknown): error is { localized: LocalizedText } {
  const localized = (error as { localized?: unknown } | null)?.localized;
  return typeof localized === "object" && localized !== null && "en" in localized && "zh" in localized;
}

export function describeError(error: unknown, s: UiStrings, language: UiLanguage): ErrorDescription {
  if (error instanceof ExcelFailure) return { message: s.errors[error.kind], detail: error.detail };
  if (error instanceof ReportSheetActiveError)
    return { message: format(s.errors.reportSheetActive, { sheet: error.sheetName }) };
  if (hasLocalized(error)) return { message: error.localized[language] };
  return { message: s.errors.unknown, detail: error instanceof Error ? error.message : String(error) };
}
