/**
 * Helpers for applying a threshold check: whether it applies to this park (the national
 * notice's bands by annual energy use) and the limit after the transition relaxation.
 */
import Decimal from "decimal.js";
import type { LocalizedText } from "../shared/localizedText";
import { InputError } from "../shared/inputError";
import { BELOW_NOTICE_BANDS, profileById } from "./catalog";
import { NATIONAL_NOTICE_PROFILE_ID } from "./headlineIds";
import type { ThresholdCheck } from "./types";

export type Applicability =
  | { status: "applicable" }
  | { status: "not-applicable"; reason: LocalizedText }
  /** The value deciding applicability (e.g. annual energy use) is not reported. */
  | { status: "undetermined"; indicatorId: string };

/**
 * Whether `check` applies, given the park's values in canonical units (id → value). Checks
 * without an applicability rule always apply.
 */
export function checkApplicability(
  check: ThresholdCheck,
  values: ReadonlyMap<string, number>,
): Applicability {
  const rule = check.applicability;
  if (!rule) return { status: "applicable" };
  const value = values.get(rule.indicatorId);
  if (value === undefined || !Number.isFinite(value))
    return { status: "undetermined", indicatorId: rule.indicatorId };
  const aboveMin = rule.min === undefined || value >= rule.min;
  const belowMax = rule.maxExclusive === undefined || value < rule.maxExclusive;
  return aboveMin && belowMax ? { status: "applicable" } : { status: "not-applicable", reason: rule.outside };
}

/**
 * The check's limit, relaxed by `relaxation` (a fraction, e.g. 0.2 for +20 %) when the check
 * allows it. `relaxation` outside the check's range is an InputError; null/undefined = no relaxation.
 */
export function effectiveLimit(check: ThresholdCheck, relaxation?: number | null): number | undefined {
  if (check.limit === undefined) return undefined;
  if (relaxation === undefined || relaxation === null || !check.relaxation) return check.limit;
  const { min, max } = check.relaxation;
  if (!(Number.isFinite(relaxation) && relaxation >= min && relaxation <= max)) {
    throw new InputError("number", "relaxation", {
      en: `The transition relaxation must be between ${min * 100}% and ${max * 100}% (got ${relaxation}).`,
      zh: `转型期放宽幅度应在${min * 100}%至${max * 100}%之间（当前为${relaxation}）。`,
    });
  }
  return new Decimal(check.limit).times(new Decimal(1).plus(relaxation)).toNumber();
}

/** Whether a value in the check's unit passes a 'max' / 'min' check; presence checks pass if reported. */
export function passes(
  check: ThresholdCheck,
  value: number,
  limit: number | undefined = check.limit,
): boolean {
  if (check.comparison === "present") return Number.isFinite(value);
  if (limit === undefined) return false;
  return check.comparison === "max" ? value <= limit : value >= limit;
}

/**
 * The national notice band for a park using `energyTce` tonnes of standard coal a year:
 * 200,000 ≤ E < 1,000,000 → ≤ 0.2 tCO2/tce; E ≥ 1,000,000 → ≤ 0.3; below 200,000 the notice sets
 * no core-indicator limit (not applicable). Bands come from the profile data, not from here.
 */
export function nationalNoticeBand(
  energyTce: number,
): { status: "applicable"; check: ThresholdCheck } | { status: "not-applicable"; reason: LocalizedText } {
  const values = new Map([["energy_consumption", energyTce]]);
  const bands = (profileById(NATIONAL_NOTICE_PROFILE_ID)?.checks ?? []).filter(
    (check) => check.applicability?.indicatorId === "energy_consumption",
  );
  const band = bands.find((check) => checkApplicability(check, values).status === "applicable");
  return band
    ? { status: "applicable", check: band }
    : { status: "not-applicable", reason: BELOW_NOTICE_BANDS };
}
