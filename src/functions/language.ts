import { languageFromTag, type LocalizedText, type UiLanguage } from "../core/shared/localizedText";

/**
 * The user's Office display language ("zh-CN" → zh, anything else → en). Outside Office (tests,
 * the CLI) or before Office is initialised there is no `Office.context`: English.
 */
export function userLanguage(): UiLanguage {
  try {
    return typeof Office === "undefined" ? "en" : languageFromTag(Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

/** Shorthand for a bilingual message. */
export function text(en: string, zh: string): LocalizedText {
  return { en, zh };
}
