/**
 * Conversion of a reported value to its indicator's canonical unit. Unknown units are errors,
 * never guessed. Arithmetic goes through decimal.js so that 12 % is exactly 0.12 and 1.5 万tCO2
 * exactly 15,000 tCO2e.
 */
import Decimal from "decimal.js";
import type { LocalizedText } from "../shared/localizedText";
import { ALL_UNIT_FAMILIES } from "./data/units";
import { normalizeUnit } from "./normalize";
import type { ConversionResult, IndicatorDefinition, UnitDefinition } from "./types";

/** Normalised spelling → unit, for one family (label and aliases). */
export function unitIndex(units: readonly UnitDefinition[]): Map<string, UnitDefinition> {
  const index = new Map<string, UnitDefinition>();
  for (const unit of units) {
    for (const spelling of [unit.label, ...unit.aliases]) index.set(normalizeUnit(spelling), unit);
  }
  return index;
}

// Sheets run to 100,000 rows: index each family once instead of folding every alias per row.
const indexByFamily = new WeakMap<readonly UnitDefinition[], Map<string, UnitDefinition>>();
function cachedIndex(units: readonly UnitDefinition[]): Map<string, UnitDefinition> {
  let index = indexByFamily.get(units);
  if (!index) {
    index = unitIndex(units);
    indexByFamily.set(units, index);
  }
  return index;
}

/** Finds the indicator's unit matching `unitLabel`, or undefined. */
export function findUnit(indicator: IndicatorDefinition, unitLabel: string): UnitDefinition | undefined {
  return cachedIndex(indicator.units).get(normalizeUnit(unitLabel));
}

/** True if the text is a unit of any family (used to recognise a unit in a label). */
export function isKnownUnit(unitLabel: string): boolean {
  const key = normalizeUnit(unitLabel);
  return key !== "" && ALL_UNIT_FAMILIES.some((family) => cachedIndex(family).has(key));
}

const accepted = (indicator: IndicatorDefinition): string =>
  indicator.units.map((unit) => unit.label).join(", ");

const fail = (reason: LocalizedText): ConversionResult => ({ ok: false, reason });

/**
 * Converts `value` given in `unitLabel` to the indicator's canonical unit.
 *
 * An empty unit is accepted only where it cannot be misread:
 * - shares: a value > 1 is read as a percentage (12 → 0.12), a value ≤ 1 as a fraction (0.12);
 * - flags (0/1) and counts: the value as given;
 * - anything else: an error (1.2 could be tonnes or 万 tonnes).
 */
export function convertToCanonical(
  indicator: IndicatorDefinition,
  value: number,
  unitLabel: string,
): ConversionResult {
  if (!Number.isFinite(value)) {
    return fail({
      en: `${indicator.name.en}: the value is not a finite number.`,
      zh: `${indicator.name.zh}：数值无效。`,
    });
  }
  const canonical = indicator.canonicalUnit;
  if (normalizeUnit(unitLabel) === "") {
    if (indicator.kind === "share") {
      const fraction = value > 1 ? new Decimal(value).dividedBy(100).toNumber() : value;
      return { ok: true, value: fraction, unit: canonical };
    }
    if (indicator.kind === "flag" || indicator.kind === "count") return { ok: true, value, unit: canonical };
    return fail({
      en: `${indicator.name.en}: the unit is missing; expected one of ${accepted(indicator)}.`,
      zh: `${indicator.name.zh}：缺少单位；应为 ${accepted(indicator)} 之一。`,
    });
  }
  const unit = findUnit(indicator, unitLabel);
  if (!unit) {
    return fail({
      en: `${indicator.name.en}: unknown unit "${unitLabel}"; expected one of ${accepted(indicator)}.`,
      zh: `${indicator.name.zh}：无法识别的单位“${unitLabel}”；应为 ${accepted(indicator)} 之一。`,
    });
  }
  // Factor 1 (the canonical unit itself) needs no arithmetic: exact as given, and no Decimal to build.
  if (unit.factor === 1) return { ok: true, value, unit: canonical };
  return { ok: true, value: new Decimal(value).times(unit.factor).toNumber(), unit: canonical };
}

/** Reads a yes/no cell ("是", "否", "yes", "no", "有", "无", "Y", "N", "true", "false", 1, 0); null if neither. */
export function parseFlagText(text: string): 0 | 1 | null {
  const key = normalizeUnit(text);
  if (["是", "有", "yes", "y", "true", "1", "已披露", "已建立", "已开展"].includes(key)) return 1;
  if (["否", "无", "no", "n", "false", "0", "未披露", "未建立", "未开展"].includes(key)) return 0;
  return null;
}

const GRADE_TEXT = /^(?:grade|level|等级)?([123一二三])(?:级|grade)?$/;

/** Reads a grade of the energy-consumption limit standards ("二级", "2级", "grade 2"); null if none. */
export function parseGradeText(text: string): 1 | 2 | 3 | null {
  const match = GRADE_TEXT.exec(normalizeUnit(text));
  if (!match) return null;
  const digit = match[1]!;
  return (digit === "一" || digit === "1" ? 1 : digit === "二" || digit === "2" ? 2 : 3) as 1 | 2 | 3;
}
