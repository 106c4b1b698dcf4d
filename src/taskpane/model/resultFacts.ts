/** Picks from a validation result what the summary and the actions show. */
import type { CheckOutcome, IndicatorReading, ValidationResult } from "../../core/sheet";

const NATIONAL_NOTICE_PROFILE = "national-notice-2025";
const NOTICE_CORE_INDICATOR = "unit_energy_carbon_emissions";
const RENEWABLE_DOMESTIC_LENS = "renewable_energy_share";
const RENEWABLE_CBAM_LENS = "direct_renewable_power_share";

/** The national notice's core check in the band that applies (or the first, when none applies). */
export function nationalNoticeCheck(result: ValidationResult): CheckOutcome | undefined {
  const band = result.checks.filter(
    (check) => check.profileId === NATIONAL_NOTICE_PROFILE && check.indicatorId === NOTICE_CORE_INDICATOR,
  );
  return band.find((check) => check.status !== "not-applicable") ?? band[0];
}

export interface RenewableLenses {
  domestic: IndicatorReading | undefined;
  cbam: IndicatorReading | undefined;
}

export function renewableLenses(result: ValidationResult): RenewableLenses {
  const byId = (id: string) => result.readings.find((reading) => reading.indicatorId === id);
  return { domestic: byId(RENEWABLE_DOMESTIC_LENS), cbam: byId(RENEWABLE_CBAM_LENS) };
}

/** Source cells of failed or erroneous checks (unique, in check order). */
export function failingCells(result: ValidationResult): string[] {
  const cells = result.checks
    .filter((check) => (check.status === "fail" || check.status === "error") && check.cell !== null)
    .map((check) => check.cell!);
  return [...new Set(cells)];
}
