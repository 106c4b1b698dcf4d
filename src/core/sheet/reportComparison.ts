import type { UiLanguage } from "../shared/localizedText";
import type { ParkComparisonRow } from "./compareParks";
import { REPORT_TEXT as T, STATUS_LABEL, say } from "./reportLabels";
import { displayValue } from "./reportValues";
import type { ValidationSummary } from "./types";

/** "2024 (latest with data)", "2023 (requested)", "—". */
export function yearText(summary: ValidationSummary, language: UiLanguage): string {
  if (summary.assessedYear === null) return "—";
  const how = summary.yearChosen === "requested" ? T.yearRequested : T.yearLatest;
  return `${summary.assessedYear} (${say(how, language)})`;
}

/** The comparison table as cells: a header row, then one row per park in rank order. */
export function comparisonCells(
  rows: readonly ParkComparisonRow[],
  language: UiLanguage,
): (string | number)[][] {
  const s = (text: { en: string; zh: string }): string => say(text, language);
  const shown = (value: number | null, unit: string): string | number => {
    if (value === null) return "—";
    const display = displayValue(value, unit, language);
    return display.unit === "%" ? `${display.value}%` : display.value;
  };
  const header = [
    s(T.rank),
    s(T.park),
    s(T.yearShort),
    `${s(T.coreIndicator)} (tCO2/tce)`,
    s(T.noticeVerdict),
    `${s(T.energyShort)} (tce)`,
    `${s(T.intensityShort)} (tCO2/万元)`,
    s(T.renewableShort),
    s(T.failedShort),
    s(T.passedShort),
    "TEDI",
  ];
  return [
    header,
    ...rows.map((row) => [
      row.rank ?? "—",
      row.park ?? "—",
      row.assessedYear ?? "—",
      shown(row.unitEnergyCarbon, "tCO2/tce"),
      row.nothingToValidate ? s(T.nothingShort) : row.notice === null ? "—" : s(STATUS_LABEL[row.notice]),
      shown(row.energyConsumption, "tce"),
      shown(row.carbonIntensityValueAdded, "tCO2/万元"),
      shown(row.renewableShareDomestic, "fraction"),
      row.failed,
      row.passed,
      row.tediScore === null ? "—" : Math.round(row.tediScore * 10) / 10,
    ]),
  ];
}
