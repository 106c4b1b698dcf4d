/**
 * Office.context.document.settings, typed and promise-based. Settings live in the workbook, so
 * remembered choices and our bookkeeping (report sheet ids, highlights) travel with the file.
 */
import { ExcelFailure } from "./excelFailure";
import { documentSettings } from "./officeHost";

export const SETTING_KEYS = {
  profiles: "zcPark.profiles",
  reportSheets: "zcPark.reportSheetIds",
  highlights: "zcPark.highlights",
  language: "zcPark.language",
} as const;

export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

/** The stored value, or undefined when unset or outside Office. */
export function readSetting<T>(key: SettingKey, isValid: (value: unknown) => value is T): T | undefined {
  const value: unknown = documentSettings()?.get(key);
  return isValid(value) ? value : undefined;
}

/** Sets (or removes, for undefined) the given settings and persists them with saveAsync. */
export function saveSettings(entries: Partial<Record<SettingKey, unknown>>): Promise<void> {
  const settings = documentSettings();
  if (!settings) return Promise.resolve();
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) settings.remove(key);
    else settings.set(key, value);
  }
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed)
        reject(new ExcelFailure("settingsNotSaved", result.error?.message ?? "saveAsync failed"));
      else resolve();
    });
  });
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
