/**
 * The 22-standard comparison for the UI: which of Table 3's high-frequency indicators the sheet
 * reports, and which substantive indicators the paper says the standards neglect it has.
 */
import { HIGH_FREQUENCY_INDICATORS, INDICATORS, SUBSTANTIVE_GROUPS, indicatorById } from "./catalog";
import type { CoverageEntry, StandardsCoverage } from "./types";

export function standardsCoverage(presentIndicatorIds: Iterable<string>): StandardsCoverage {
  const present = new Set<string>();
  const unknownIds: string[] = [];
  for (const id of presentIndicatorIds) {
    if (indicatorById(id)) present.add(id);
    else if (!unknownIds.includes(id)) unknownIds.push(id);
  }
  const highFrequency: CoverageEntry[] = HIGH_FREQUENCY_INDICATORS.map((indicator) => ({
    indicator,
    count: indicator.frequencyAmong22?.count ?? 0,
    present: present.has(indicator.id),
  }));
  return {
    highFrequency,
    highFrequencyPresent: highFrequency.filter((entry) => entry.present).length,
    highFrequencyMissing: highFrequency.filter((entry) => !entry.present),
    substantive: SUBSTANTIVE_GROUPS.map((group) => {
      const presentIds = group.indicatorIds.filter((id) => present.has(id));
      return { group, present: presentIds.length > 0, presentIds };
    }),
    lowFrequencyPresent: INDICATORS.filter(
      (indicator) => indicator.frequencyAmong22?.band === "low" && present.has(indicator.id),
    ),
    unknownIds,
  };
}
