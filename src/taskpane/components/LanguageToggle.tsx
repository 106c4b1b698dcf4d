import { Button } from "@fluentui/react-components";
import { otherLanguage } from "../../i18n";
import { useI18n } from "../hooks/i18nContext";

/** Switches between English and Chinese; the label is in the language it switches to. */
export function LanguageToggle() {
  const { s, language, setLanguage } = useI18n();
  return (
    <Button
      size="small"
      appearance="outline"
      aria-label={s.app.languageToggleLabel}
      lang={otherLanguage(language) === "zh" ? "zh-CN" : "en-US"}
      onClick={() => setLanguage(otherLanguage(language))}
    >
      {s.app.languageToggle}
    </Button>
  );
}
