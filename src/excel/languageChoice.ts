import { SETTING_KEYS, readSetting, saveSettings } from "./documentSettings";

const isLanguage = (value: unknown): value is "en" | "zh" => value === "en" || value === "zh";

/** The UI language the user switched to in this workbook (overrides Office's display language). */
export function loadLanguageChoice(): "en" | "zh" | undefined {
  return readSetting(SETTING_KEYS.language, isLanguage);
}

export function saveLanguageChoice(language: "en" | "zh"): Promise<void> {
  return saveSettings({ [SETTING_KEYS.language]: language });
}
