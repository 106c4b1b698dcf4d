import { quoteStrings, type QuoteStrings } from "../../i18n/quote";
import type { UiLanguage } from "../../i18n";
import { useI18n } from "../shell/i18nContext";

/** The quote builder's strings and the pane's language. */
export function useQuoteStrings(): { q: QuoteStrings; language: UiLanguage } {
  const { language } = useI18n();
  return { q: quoteStrings(language), language };
}
