/**
 * UI strings in English and Chinese, and the choice of language: Office's display language
 * unless the user switched in the task pane (remembered per workbook).
 */
import { type UiLanguage, languageFromTag } from "../core/shared/localizedText";
import { en, type UiStrings } from "./en";
import { zh } from "./zh";

export type { UiStrings, UiLanguage };
export const UI_STRINGS: Readonly<Record<UiLanguage, UiStrings>> = { en, zh };

export function uiStrings(language: UiLanguage): UiStrings {
  return UI_STRINGS[language];
}

/** A saved choice wins; otherwise Office's display language ("zh-CN" → zh, anything else → en). */
export function initialLanguage(
  savedChoice: UiLanguage | undefined,
  officeTag: string | undefined,
): UiLanguage {
  return savedChoice ?? languageFromTag(officeTag);
}

export function otherLanguage(language: UiLanguage): UiLanguage {
  return language === "en" ? "zh" : "en";
}

/** Fills "{name}" placeholders. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** BCP 47 tag for the document's lang attribute and number formatting. */
export function languageTag(language: UiLanguage): string {
  return language === "zh" ? "zh-CN" : "en-US";
}
