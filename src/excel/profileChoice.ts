import { SETTING_KEYS, isStringArray, readSetting, saveSettings } from "./documentSettings";

/** The threshold profiles the user picked last time in this workbook, if any. */
export function loadProfileChoice(): string[] | undefined {
  return readSetting(SETTING_KEYS.profiles, isStringArray);
}

export function saveProfileChoice(profileIds: readonly string[]): Promise<void> {
  return saveSettings({ [SETTING_KEYS.profiles]: [...profileIds] });
}
