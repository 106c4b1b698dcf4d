import { createContext, useContext } from "react";
import { type UiLanguage, type UiStrings, uiStrings } from "../../i18n";

export interface I18n {
  language: UiLanguage;
  s: UiStrings;
  setLanguage: (language: UiLanguage) => void;
}

export const I18nContext = createContext<I18n>({
  language: "en",
  s: uiStrings("en"),
  setLanguage: () => undefined,
});

/** Strings and language of the task pane. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
