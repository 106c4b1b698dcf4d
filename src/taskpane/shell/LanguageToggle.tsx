import { Button } from "@fluentui/react-components";
import { otherLanguage } from "../../i18n";
import { useI18n } from "./i18nContext";

/**
 * Switches between English and Chinese; the label is in the language it switches to. The
 * accessible name starts with that visible label (speech users say what they see), then says what
 * it does; `label` overrides it (the help page says what it switches).
 */
export function LanguageToggle({ label }: { label?: string } = {}) {
  const { s, language, setLanguage } = useI18n();
  return (
    <Button
      size="small"
      appearance="outline"
      aria-label={label ?? s.app.languageToggleLabel}
      lang={otherLanguage(language) === "zh" ? "zh-CN" : "en-US"}
      onClick={() => setLanguage(otherLanguage(language))}
    >
      {s.app.languageToggle}
    </Button>
  );
}
