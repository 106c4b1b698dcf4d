/**
 * "How to fix" for a check that fails or is missing: what to change in the sheet and by how much.
 *   derived ratio over its limit → cut the numerator by numerator − limit × denominator, at the
 *     current denominator (the sample park: 105,000 − 0.2 × 350,000 = 35,000 tCO2);
 *   derived ratio under its minimum → raise the numerator by limit × denominator − numerator;
 *   a reported value → bring it to the limit (and by how much);
 *   a yes/no indicator reported "no" → enter "yes" once it is in place;
 *   missing → add a row with the indicator's Chinese name (what the validator matches) and unit.
 * Differences in decimal so 0.1 × 110,000 is 11,000, not 11,000.000000000002.
 */
import Decimal from "decimal.js";
import { indicatorById } from "../park";
import type { LocalizedText } from "../shared/localizedText";
import { formatNumber, lt } from "./localized";
import type { CheckOutcome, IndicatorReading } from "./types";

const NBSP = "\u00a0";

/** "Comprehensive energy consumption" → "comprehensive …", but "CO2 emissions" stays. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** "35,000 tCO2", "10%", joined by a no-break space so the two never wrap apart. */
function amount(value: number, unit: string): LocalizedText {
  if (unit === "fraction") return lt(`${formatNumber(value * 100)}${NBSP}%`, `${formatNumber(value * 100)}%`);
  const text = unit === "count" || unit === "" ? formatNumber(value) : `${formatNumber(value)}${NBSP}${unit}`;
  return lt(text, text);
}

/** The unit a new row should carry, as the blank template writes it. */
function rowUnit(unit: string): LocalizedText {
  if (unit === "fraction") return lt("a % value", "以 % 计的数值");
  if (unit === "flag") return lt("是 (yes) or 否 (no)", "“是”或“否”");
  if (unit === "count") return lt("a number", "数值");
  return lt(`a value in ${unit}`, `以 ${unit} 计的数值`);
}

function ratioHint(
  check: CheckOutcome,
  reading: IndicatorReading,
  readings: readonly IndicatorReading[],
): LocalizedText | null {
  const byId = (id: string) => readings.find((candidate) => candidate.indicatorId === id);
  const numerator = byId(reading.ratio!.numerator);
  const denominator = byId(reading.ratio!.denominator);
  if (!numerator || !denominator || check.limit === null) return null;
  const target = new Decimal(check.limit).times(denominator.value);
  const change =
    check.comparison === "max" ? new Decimal(numerator.value).minus(target) : target.minus(numerator.value);
  if (change.lte(0)) return null;
  const by = amount(change.toNumber(), numerator.unit);
  const { name } = numerator;
  const at = denominator.name;
  return check.comparison === "max"
    ? lt(
        `Cut ${lowerFirst(name.en)} by ${by.en} at the current ${lowerFirst(at.en)}.`,
        `在${at.zh}不变时，${name.zh}需减少 ${by.zh}。`,
      )
    : lt(
        `Raise ${lowerFirst(name.en)} by ${by.en} at the current ${lowerFirst(at.en)}.`,
        `在${at.zh}不变时，${name.zh}需增加 ${by.zh}。`,
      );
}

function valueHint(check: CheckOutcome): LocalizedText | null {
  if (check.value === null || check.limit === null) return null;
  const gap = Math.abs(new Decimal(check.value).minus(check.limit).toNumber());
  const limit = amount(check.limit, check.unit);
  const by = amount(gap, check.unit);
  const name = check.indicatorName;
  return check.comparison === "max"
    ? lt(
        `Bring ${lowerFirst(name.en)} down to ${limit.en} or less (${by.en} lower).`,
        `将${name.zh}降至 ${limit.zh} 以下（降低 ${by.zh}）。`,
      )
    : lt(
        `Raise ${lowerFirst(name.en)} to at least ${limit.en} (${by.en} more).`,
        `将${name.zh}提高到至少 ${limit.zh}（提高 ${by.zh}）。`,
      );
}

/** What to change for a failing or missing check; null when there is nothing to suggest. */
export function fixHint(check: CheckOutcome, readings: readonly IndicatorReading[]): LocalizedText | null {
  if (check.status === "missing") {
    const indicator = indicatorById(check.indicatorId);
    const zhName = indicator?.name.zh ?? check.indicatorName.zh;
    const unit = rowUnit(indicator?.canonicalUnit ?? check.unit);
    return lt(`Add a row ${zhName} with ${unit.en}.`, `添加一行“${zhName}”，填写${unit.zh}。`);
  }
  // A guiding indicator below its reference is guidance, not a failure, but the gap is the same.
  if (check.status !== "fail" && check.status !== "below-reference") return null;
  if (check.comparison === "present") {
    return check.unit === "flag"
      ? lt(
          `Enter 是 (yes) once ${lowerFirst(check.indicatorName.en)} is in place.`,
          `落实${check.indicatorName.zh}后填写“是”。`,
        )
      : null;
  }
  const reading = readings.find((candidate) => candidate.indicatorId === check.indicatorId);
  if (reading?.origin === "derived" && reading.ratio)
    return ratioHint(check, reading, readings) ?? valueHint(check);
  return valueHint(check);
}
