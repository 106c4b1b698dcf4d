import { useCallback, useEffect, useState } from "react";
import { loadLanguageChoice, officeDisplayLanguage, saveLanguageChoice } from "../../excel";
import { type UiLanguage, initialLanguage, languageTag } from "../../i18n";

/** UI language: Office's display language, or the user's switch (remembered in the workbook). */
export function useLanguage(): [UiLanguage, (language: UiLanguage) => void] {
  const [language, setLanguageState] = useState<UiLanguage>(() =>
    initialLanguage(loadLanguageChoice(), officeDisplayLanguage()),
  );
  useEffect(() => {
    document.documentElement.lang = languageTag(language);
  }, [language]);
  const setLanguage = useCallback((next: UiLanguage) => {
    setLanguageState(next);
    // Remembering the language is a convenience: a failed save must not disturb the user.
    saveLanguageChoice(next).catch(() => undefined);
  }, []);
  return [language, setLanguage];
}
