import { HEADLINE_INDICATOR_IDS, NATIONAL_NOTICE_PROFILE_ID } from "../park";
import type { CheckOutcome, CheckStatus, ParkValidation, ValidationResult } from "./types";

/** One park in the comparison table: the key indicators and its verdicts. */
export interface ParkComparisonRow {
  /** 1 = lowest carbon per unit of energy; parks without it share the last places, sheet order. */
  rank: number | null;
  park: string | null;
  assessedYear: number | null;
  /** The national notice's core indicator, tCO2/tce. */
  unitEnergyCarbon: number | null;
  /** Its check in the band that applies ("pass", "fail", "not-applicable", "missing", "error"). */
  notice: CheckStatus | null;
  energyConsumption: number | null;
  carbonIntensityValueAdded: number | null;
  renewableShareDomestic: number | null;
  renewableShareCbam: number | null;
  failed: number;
  passed: number;
  missing: number;
  /** TEDI score, or null (insufficient data / nothing to validate). */
  tediScore: number | null;
  nothingToValidate: boolean;
}

/** The national notice's core check in the band that applies (or the first, when none applies). */
export function noticeCoreCheck(park: ParkValidation): CheckOutcome | undefined {
  const band = park.checks.filter(
    (check) =>
      check.profileId === NATIONAL_NOTICE_PROFILE_ID &&
      check.indicatorId === HEADLINE_INDICATOR_IDS.noticeCore,
  );
  return band.find((check) => check.status !== "not-applicable") ?? band[0];
}

/**
 * Parks × key indicators, ranked by the national notice's core indicator (carbon per unit of
 * energy, lower first). One pass over each park's readings; no park is compared twice.
 */
export function compareParks(result: Pick<ValidationResult, "parks">): ParkComparisonRow[] {
  const rows = result.parks.map((park): ParkComparisonRow => {
    const value = (id: string): number | null =>
      park.readings.find((reading) => reading.indicatorId === id)?.value ?? null;
    return {
      rank: null,
      park: park.park,
      assessedYear: park.summary.assessedYear,
      unitEnergyCarbon: value(HEADLINE_INDICATOR_IDS.noticeCore),
      notice: noticeCoreCheck(park)?.status ?? null,
      energyConsumption: value("energy_consumption"),
      carbonIntensityValueAdded: value("carbon_intensity_value_added"),
      renewableShareDomestic: value(HEADLINE_INDICATOR_IDS.renewableDomesticLens),
      renewableShareCbam: value(HEADLINE_INDICATOR_IDS.renewableCbamLens),
      failed: park.summary.checks.fail + park.summary.checks.error,
      passed: park.summary.checks.pass,
      missing: park.summary.checks.missing,
      tediScore: park.tedi?.score ?? null,
      nothingToValidate: park.summary.nothingToValidate,
    };
  });
  const ranked = rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => {
      const x = a.row.unitEnergyCarbon;
      const y = b.row.unitEnergyCarbon;
      if (x === null || y === null) return x === y ? a.order - b.order : x === null ? 1 : -1;
      return x - y || a.order - b.order;
    });
  ranked.forEach((entry, index) => {
    if (entry.row.unitEnergyCarbon !== null) entry.row.rank = index + 1;
  });
  return ranked.map((entry) => entry.row);
}
