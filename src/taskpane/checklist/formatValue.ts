import { displayValue } from "../../core/sheet";
import type { UiLanguage } from "../../i18n";

/** "0.3 tCO2/tce", "15 %", "no" — the core decides the display unit, we only join and localise digits. */
export function formatValue(value: number | null, unit: string, language: UiLanguage): string {
  const shown = displayValue(value, unit, language);
  const number =
    typeof shown.value === "number"
      ? shown.value.toLocaleString(language === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 6 })
      : shown.value;
  return shown.unit ? `${number} ${shown.unit}` : number;
}
