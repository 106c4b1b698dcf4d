/** Filters for the 22-standards table: type, region and year issued ("all" = no filter). */
import type { ParkStandard, StandardType } from "../../core/park";
import type { UiLanguage } from "../../i18n";

export interface StandardsFilter {
  type: StandardType | "all";
  region: string | "all";
  year: string | "all";
}

export const NO_FILTER: StandardsFilter = { type: "all", region: "all", year: "all" };

export function yearOf(standard: ParkStandard): string {
  return standard.issued.slice(0, 4);
}

export function filterStandards(
  standards: readonly ParkStandard[],
  filter: StandardsFilter,
  language: UiLanguage,
): ParkStandard[] {
  return standards.filter(
    (standard) =>
      (filter.type === "all" || standard.type === filter.type) &&
      (filter.region === "all" || standard.region[language] === filter.region) &&
      (filter.year === "all" || yearOf(standard) === filter.year),
  );
}

export function regionOptions(standards: readonly ParkStandard[], language: UiLanguage): string[] {
  return [...new Set(standards.map((standard) => standard.region[language]))].sort((a, b) =>
    a.localeCompare(b, language === "zh" ? "zh-CN" : "en"),
  );
}

export function yearOptions(standards: readonly ParkStandard[]): string[] {
  return [...new Set(standards.map(yearOf))].sort();
}
