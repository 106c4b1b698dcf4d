/**
 * Decimal strings from the core ("53140.00") in the user's locale ("53,140.00") without going
 * through a float: only the separators come from Intl, the digits stay as computed.
 */
import { type UiLanguage, languageTag } from "../../i18n";

function separators(language: UiLanguage): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(languageTag(language)).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === "group")?.value ?? ",",
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
  };
}

export function formatDecimal(fixed: string, language: UiLanguage): string {
  const { group, decimal } = separators(language);
  const negative = fixed.startsWith("-");
  const [whole = "0", fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : decimal + fraction}`;
}

/** "8.86 %" / "8.86%" as the locale writes percentages; a no-break space never wraps apart. */
export function formatPercent(fixed: string, language: UiLanguage): string {
  return language === "zh"
    ? `${formatDecimal(fixed, language)}%`
    : `${formatDecimal(fixed, language)}\u00a0%`;
}
