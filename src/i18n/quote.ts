/** The quote builder's UI strings by language (kept apart from the shell's strings in en.ts/zh.ts). */
import type { UiLanguage } from "../core/shared/localizedText";
import { quoteEn, type QuoteStrings } from "./quoteEn";
import { quoteZh } from "./quoteZh";

export type { QuoteStrings };
export const QUOTE_STRINGS: Readonly<Record<UiLanguage, QuoteStrings>> = { en: quoteEn, zh: quoteZh };

export function quoteStrings(language: UiLanguage): QuoteStrings {
  return QUOTE_STRINGS[language];
}

/** Fills "{name}" placeholders (same rule as the shell's format). */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
