/**
 * Rows of the blank bilingual emission-sheet template: the inventory quantities the validator
 * derives from, the paper's twelve TEDI core indicators and the ten high-frequency indicators of
 * the 22 standards, each with its canonical unit; values and years left blank.
 */
import {
  HIGH_FREQUENCY_INDICATORS,
  type IndicatorDefinition,
  TEDI_CORE_INDICATORS,
  indicatorById,
} from "../../core/park";
import type { UiStrings } from "../../i18n";

const INVENTORY_IDS = [
  "energy_consumption",
  "co2_emissions",
  "gross_emissions",
  "industrial_value_added",
  "offsets_retired",
  "electricity_consumption",
  "renewable_electricity_direct",
  "green_certificates",
  "renewable_electricity_total",
] as const;

export interface BlankTemplate {
  rows: string[][];
  /** 0-based row of the column headers. */
  headerRow: number;
}

export function blankTemplate(s: UiStrings["template"]): BlankTemplate {
  const seen = new Set<string>();
  const indicators: IndicatorDefinition[] = [];
  const add = (indicator: IndicatorDefinition | undefined) => {
    if (indicator && !seen.has(indicator.id)) {
      seen.add(indicator.id);
      indicators.push(indicator);
    }
  };
  INVENTORY_IDS.forEach((id) => add(indicatorById(id)));
  TEDI_CORE_INDICATORS.forEach(add);
  HIGH_FREQUENCY_INDICATORS.forEach(add);

  const width = 5;
  const blank = (): string[] => new Array<string>(width).fill("");
  const rows: string[][] = [
    [s.title, "", "", "", ""],
    blank(),
    [s.indicator, s.value, s.unit, s.year, s.note],
  ];
  for (const indicator of indicators) {
    // The Chinese name is what park sheets use; the validator matches it exactly.
    rows.push([indicator.name.zh, "", unitLabel(indicator, s.flagHint), "", indicator.name.en]);
  }
  rows.push(blank(), [s.footnote, "", "", "", ""]);
  return { rows, headerRow: 2 };
}

function unitLabel(indicator: IndicatorDefinition, flagHint: string): string {
  if (indicator.canonicalUnit === "fraction") return "%";
  if (indicator.kind === "flag" || indicator.canonicalUnit === "flag") return flagHint;
  if (indicator.canonicalUnit === "count") return "";
  return indicator.canonicalUnit;
}
