import { displayValue } from "../../core/sheet";
import type { UiLanguage } from "../../i18n";

/**
 * "0.3 tCO2/tce", "15 %", "no" — the core decides the display unit, we only join and localise
 * digits. A no-break space joins number and unit so a narrow pane never wraps them apart.
 */
export function formatValue(value: number | null, unit: string, language: UiLanguage): string {
  const shown = displayValue(value, unit, language);
  const number =
    typeof shown.value === "number"
      ? shown.value.toLocaleString(language === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 6 })
      : shown.value;
  if (!shown.unit) return number;
  return shown.unit === "%" && language === "zh" ? `${number}%` : `${number}\u00a0${shown.unit}`;
}
