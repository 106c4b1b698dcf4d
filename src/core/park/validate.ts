/**
 * Load-time checks of the park data. Data errors (a duplicated id, an alias that makes two
 * indicators answer to the same name, a threshold in a unit the indicator does not know, a
 * frequency that disagrees with the paper's Table 3) must fail at start-up and in the tests, not
 * surface as a wrong verdict on a user's sheet.
 */
import { findUnit, unitIndex } from "./convert";
import { buildNameIndex, namesOf, type SharedAlias } from "./nameIndex";
import { normalizeLabel, normalizeUnit } from "./normalize";
import type { IndicatorDefinition, ParkStandard, ThresholdProfile } from "./types";

export class CatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CatalogError";
  }
}

const fail = (message: string): never => {
  throw new CatalogError(message);
};

/** Table 3 of the paper: the ten high-frequency indicators and their counts among the 22. */
export const TABLE_3_HIGH_FREQUENCY: Readonly<Record<string, number>> = {
  renewable_energy_share: 17,
  carbon_management_platform: 15,
  green_coverage_rate: 14,
  new_energy_vehicle_share: 13,
  industrial_solid_waste_utilisation: 13,
  low_carbon_publicity: 12,
  green_building_share: 11,
  ghg_management_system: 11,
  industrial_water_reuse: 11,
  enterprise_ghg_inventory_share: 9,
};
/** Table 3 lists 27 low-frequency indicators, each used by exactly one standard. */
export const TABLE_3_LOW_FREQUENCY_COUNT = 27;

/** Table 5: the twelve TEDI core indicators and their subsystems (section 4.2.3). */
export const TABLE_5_SUBSYSTEMS: Readonly<Record<string, "T" | "E" | "D" | "I">> = {
  direct_renewable_power_share: "E",
  scope3_coverage: "D",
  explicit_carbon_price_coverage: "E",
  embodied_carbon_disclosure: "D",
  carbon_intensity_value_added: "D",
  green_hydrogen_substitution: "T",
  offset_dependency: "I",
  ccus_stored: "T",
  green_power_hydrogen_coupling: "T",
  carbon_label_enterprise_share: "I",
  cbam_risk_reserve: "I",
  low_carbon_patents: "T",
};

function validateIndicator(indicator: IndicatorDefinition): void {
  const where = `indicator "${indicator.id}"`;
  if (!/^[a-z][a-z0-9_]*$/.test(indicator.id)) fail(`${where}: id must be snake_case`);
  if (indicator.source.trim() === "") fail(`${where}: missing source`);
  if (indicator.name.en.trim() === "" || indicator.name.zh.trim() === "") fail(`${where}: missing name`);
  if (indicator.units.length === 0) fail(`${where}: no units`);
  const canonical = findUnit(indicator, indicator.canonicalUnit);
  if (!canonical || canonical.factor !== 1 || canonical.label !== indicator.canonicalUnit) {
    fail(`${where}: canonical unit "${indicator.canonicalUnit}" must be a units entry with factor 1`);
  }
  const seen = new Map<string, string>();
  for (const unit of indicator.units) {
    if (!(Number.isFinite(unit.factor) && unit.factor > 0))
      fail(`${where}: unit "${unit.label}" has a bad factor`);
    for (const spelling of [unit.label, ...unit.aliases]) {
      const key = normalizeUnit(spelling);
      if (key === "") fail(`${where}: unit "${unit.label}" has an empty spelling`);
      const owner = seen.get(key);
      if (owner !== undefined && owner !== unit.label) {
        fail(`${where}: unit spelling "${spelling}" belongs to both "${owner}" and "${unit.label}"`);
      }
      seen.set(key, unit.label);
    }
  }
  if (unitIndex(indicator.units).size !== seen.size) fail(`${where}: inconsistent unit index`);
}

function validateAliases(
  indicators: readonly IndicatorDefinition[],
  sharedAliases: readonly SharedAlias[],
): void {
  const intended = new Map(
    sharedAliases.map((shared) => [normalizeLabel(shared.alias), [...shared.indicatorIds].sort().join(",")]),
  );
  for (const shared of sharedAliases) {
    for (const id of shared.indicatorIds) {
      if (!indicators.some((indicator) => indicator.id === id)) {
        fail(`shared alias "${shared.alias}" names unknown indicator "${id}"`);
      }
    }
  }
  for (const indicator of indicators) {
    for (const name of namesOf(indicator)) {
      if (normalizeLabel(name) === "") fail(`indicator "${indicator.id}": empty name or alias`);
    }
  }
  for (const [key, owners] of buildNameIndex(indicators, sharedAliases)) {
    if (owners.length < 2) continue;
    const ids = owners
      .map((owner) => owner.id)
      .sort()
      .join(",");
    if (intended.get(key) !== ids) fail(`name "${key}" is shared by indicators ${ids} (ambiguous matching)`);
  }
}

function validateFrequencies(indicators: readonly IndicatorDefinition[]): void {
  const high = indicators.filter((indicator) => indicator.frequencyAmong22?.band === "high");
  const low = indicators.filter((indicator) => indicator.frequencyAmong22?.band === "low");
  const expectedHigh = Object.keys(TABLE_3_HIGH_FREQUENCY);
  if (high.length !== expectedHigh.length) fail(`expected ${expectedHigh.length} high-frequency indicators`);
  for (const id of expectedHigh) {
    const count = indicators.find((indicator) => indicator.id === id)?.frequencyAmong22?.count;
    if (count !== TABLE_3_HIGH_FREQUENCY[id])
      fail(`indicator "${id}": frequency must be ${TABLE_3_HIGH_FREQUENCY[id]}`);
  }
  if (low.length !== TABLE_3_LOW_FREQUENCY_COUNT)
    fail(`expected ${TABLE_3_LOW_FREQUENCY_COUNT} low-frequency indicators`);
  for (const indicator of low) {
    if (indicator.frequencyAmong22?.count !== 1)
      fail(`indicator "${indicator.id}": low-frequency count must be 1`);
  }
}

function validateTediPlacement(indicators: readonly IndicatorDefinition[]): void {
  const placed = indicators.filter((indicator) => indicator.tedi !== undefined);
  if (placed.length !== Object.keys(TABLE_5_SUBSYSTEMS).length) fail("expected the 12 TEDI core indicators");
  for (const [id, subsystem] of Object.entries(TABLE_5_SUBSYSTEMS)) {
    const indicator = indicators.find((candidate) => candidate.id === id);
    if (indicator?.tedi?.subsystem !== subsystem)
      fail(`TEDI indicator "${id}" must be in subsystem ${subsystem}`);
  }
}

function validateProfiles(
  indicators: readonly IndicatorDefinition[],
  profiles: readonly ThresholdProfile[],
): void {
  const checkIds = new Set<string>();
  const profileIds = new Set<string>();
  for (const profile of profiles) {
    if (profileIds.has(profile.id)) fail(`duplicate profile id "${profile.id}"`);
    profileIds.add(profile.id);
    if (profile.source.trim() === "") fail(`profile "${profile.id}": missing source`);
    for (const check of profile.checks) {
      const where = `check "${check.id}"`;
      if (checkIds.has(check.id)) fail(`duplicate check id "${check.id}"`);
      checkIds.add(check.id);
      if (check.source.trim() === "") fail(`${where}: missing source`);
      const indicator = indicators.find((candidate) => candidate.id === check.indicatorId);
      if (!indicator) return fail(`${where}: unknown indicator "${check.indicatorId}"`);
      if (check.unit !== indicator.canonicalUnit) {
        fail(
          `${where}: unit "${check.unit}" is not the canonical unit "${indicator.canonicalUnit}" of ${indicator.id}`,
        );
      }
      const needsLimit = check.comparison !== "present";
      if (needsLimit && !Number.isFinite(check.limit))
        fail(`${where}: a ${check.comparison} check needs a limit`);
      if (!needsLimit && check.limit !== undefined) fail(`${where}: a presence check has no limit`);
      if (!check.verified && check.note === undefined)
        fail(`${where}: an unverified figure needs its caveat note`);
      if (
        check.applicability &&
        !indicators.some((candidate) => candidate.id === check.applicability?.indicatorId)
      ) {
        fail(`${where}: applicability names unknown indicator "${check.applicability.indicatorId}"`);
      }
      if (check.relaxation && !(check.relaxation.min >= 0 && check.relaxation.min <= check.relaxation.max)) {
        fail(`${where}: bad relaxation range`);
      }
      const frequency = indicator.frequencyAmong22?.count;
      if (check.usedByStandards !== undefined && check.usedByStandards !== frequency) {
        fail(`${where}: usedByStandards ${check.usedByStandards} disagrees with the catalog (${frequency})`);
      }
    }
  }
}

/** Throws CatalogError on the first problem in the indicator catalog or the profiles. */
export function validateCatalog(
  indicators: readonly IndicatorDefinition[],
  sharedAliases: readonly SharedAlias[],
  profiles: readonly ThresholdProfile[],
): void {
  const ids = new Set<string>();
  for (const indicator of indicators) {
    if (ids.has(indicator.id)) fail(`duplicate indicator id "${indicator.id}"`);
    ids.add(indicator.id);
    validateIndicator(indicator);
  }
  validateAliases(indicators, sharedAliases);
  validateFrequencies(indicators);
  validateTediPlacement(indicators);
  validateProfiles(indicators, profiles);
}

/** Throws CatalogError unless the standards are the paper's 22: 4 local + 18 group, all sourced. */
export function validateStandards(standards: readonly ParkStandard[]): void {
  if (standards.length !== 22) fail(`expected 22 standards, found ${standards.length}`);
  const local = standards.filter((standard) => standard.type === "local").length;
  const group = standards.filter((standard) => standard.type === "group").length;
  if (local !== 4 || group !== 18) fail(`expected 4 local + 18 group standards, found ${local} + ${group}`);
  const codes = new Set<string>();
  const numbers = new Set<number>();
  for (const standard of standards) {
    const where = `standard "${standard.code}"`;
    if (codes.has(standard.code)) fail(`duplicate standard code "${standard.code}"`);
    codes.add(standard.code);
    if (standard.source.trim() === "") fail(`${where}: missing source`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(standard.issued) || Number.isNaN(Date.parse(standard.issued))) {
      fail(`${where}: issued must be an ISO date`);
    }
    const prefixOk =
      standard.type === "local" ? standard.code.startsWith("DB") : standard.code.startsWith("T/");
    if (!prefixOk) fail(`${where}: code does not fit type ${standard.type}`);
    if (standard.number !== null) {
      if (numbers.has(standard.number)) fail(`duplicate standard number ${standard.number}`);
      numbers.add(standard.number);
    }
  }
  // The paper numbers 1-14 and 16-22 and leaves exactly one (Shaanxi) unnumbered.
  if (standards.filter((standard) => standard.number === null).length !== 1)
    fail("expected one unnumbered standard");
  if (numbers.has(15)) fail("the paper has no standard number 15");
}
