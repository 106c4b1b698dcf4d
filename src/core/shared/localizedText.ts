/** Text every user-facing piece of the core carries in both supported languages. */
export interface LocalizedText {
  en: string;
  zh: string;
}

export type UiLanguage = "en" | "zh";

/** Office reports languages as BCP 47 tags ("zh-CN", "en-US"); every Chinese variant reads zh. */
export function languageFromTag(tag: string | undefined | null): UiLanguage {
  return typeof tag === "string" && tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function pick(text: LocalizedText, language: UiLanguage): string {
  return text[language];
}
