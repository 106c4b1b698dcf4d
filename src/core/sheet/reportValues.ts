import type { UiLanguage } from "../shared/localizedText";

/** A value as the report shows it: fractions as percentages (number + "%"), flags as yes/no. */
export function displayValue(
  value: number | null,
  unit: string,
  language: UiLanguage,
): { value: number | string; unit: string } {
  if (value === null) return { value: "", unit: displayUnit(unit) };
  if (unit === "fraction") return { value: roundForDisplay(value * 100), unit: "%" };
  if (unit === "flag")
    return {
      value: value === 1 ? (language === "zh" ? "是" : "yes") : language === "zh" ? "否" : "no",
      unit: "",
    };
  return { value: roundForDisplay(value), unit };
}

export function displayUnit(unit: string): string {
  if (unit === "fraction") return "%";
  return unit === "flag" ? "" : unit;
}

// Binary floating point turns 15 % into 15.000000000000002; six significant decimals is plenty.
function roundForDisplay(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
