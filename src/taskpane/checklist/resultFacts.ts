/** Picks from a validation result what the summary and the actions show. */
import { HEADLINE_INDICATOR_IDS, NATIONAL_NOTICE_PROFILE_ID } from "../../core/park";
import type { CheckOutcome, IndicatorReading, ValidationResult } from "../../core/sheet";

/** The national notice's core check in the band that applies (or the first, when none applies). */
export function nationalNoticeCheck(result: ValidationResult): CheckOutcome | undefined {
  const band = result.checks.filter(
    (check) =>
      check.profileId === NATIONAL_NOTICE_PROFILE_ID &&
      check.indicatorId === HEADLINE_INDICATOR_IDS.noticeCore,
  );
  return band.find((check) => check.status !== "not-applicable") ?? band[0];
}

export interface RenewableLenses {
  domestic: IndicatorReading | undefined;
  cbam: IndicatorReading | undefined;
}

export function renewableLenses(result: ValidationResult): RenewableLenses {
  const byId = (id: string) => result.readings.find((reading) => reading.indicatorId === id);
  return {
    domestic: byId(HEADLINE_INDICATOR_IDS.renewableDomesticLens),
    cbam: byId(HEADLINE_INDICATOR_IDS.renewableCbamLens),
  };
}

/** Source cells of failed or erroneous checks (unique, in check order). */
export function failingCells(result: ValidationResult): string[] {
  const cells = result.checks
    .filter((check) => (check.status === "fail" || check.status === "error") && check.cell !== null)
    .map((check) => check.cell!);
  return [...new Set(cells)];
}
