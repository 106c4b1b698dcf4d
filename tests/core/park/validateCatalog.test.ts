// Load-time validation of the catalog and profiles rejects broken data.
import {
  CatalogError,
  INDICATORS,
  INTENDED_SHARED_ALIASES,
  THRESHOLD_PROFILES,
  validateCatalog,
  type IndicatorDefinition,
  type ThresholdProfile,
} from "../../../src/core/park";

const withIndicator = (id: string, change: (i: IndicatorDefinition) => IndicatorDefinition) =>
  INDICATORS.map((i) => (i.id === id ? change(i) : i));

const withProfileCheck = (
  profileId: string,
  change: (p: ThresholdProfile) => ThresholdProfile,
): readonly ThresholdProfile[] => THRESHOLD_PROFILES.map((p) => (p.id === profileId ? change(p) : p));

const validate =
  (
    indicators: readonly IndicatorDefinition[] = INDICATORS,
    profiles: readonly ThresholdProfile[] = THRESHOLD_PROFILES,
    shared = INTENDED_SHARED_ALIASES,
  ) =>
  () =>
    validateCatalog(indicators, shared, profiles);

describe("validateCatalog", () => {
  it("accepts the project data", () => {
    expect(validate()).not.toThrow();
  });

  it("rejects a duplicated id", () => {
    const [first] = INDICATORS;
    if (!first) throw new Error("empty catalog");
    expect(validate([...INDICATORS, first])).toThrow(/duplicate indicator id/);
  });

  it("rejects a missing source", () => {
    expect(validate(withIndicator("gross_emissions", (i) => ({ ...i, source: "" })))).toThrow(
      /missing source/,
    );
  });

  it("rejects an alias that makes two indicators answer to the same name", () => {
    const broken = withIndicator("scope1_emissions", (i) => ({
      ...i,
      aliases: [...i.aliases, "碳排放 总量"],
    }));
    expect(validate(broken)).toThrow(CatalogError);
    expect(validate(broken)).toThrow(/gross_emissions,scope1_emissions/);
  });

  it("rejects a third indicator taking an intended shared alias", () => {
    const broken = withIndicator("green_coverage_rate", (i) => ({
      ...i,
      aliases: [...i.aliases, "绿电占比"],
    }));
    expect(validate(broken)).toThrow(/ambiguous/);
  });

  it("rejects a shared alias naming an unknown indicator", () => {
    const shared = [{ alias: "绿电占比", indicatorIds: ["renewable_energy_share", "no_such_indicator"] }];
    expect(validate(INDICATORS, THRESHOLD_PROFILES, shared)).toThrow(/unknown indicator "no_such_indicator"/);
  });

  it("rejects a canonical unit that is not a units entry with factor 1", () => {
    expect(validate(withIndicator("gross_emissions", (i) => ({ ...i, canonicalUnit: "万tCO2" })))).toThrow(
      /canonical unit/,
    );
  });

  it("rejects one unit spelling with two factors", () => {
    const broken = withIndicator("gross_emissions", (i) => ({
      ...i,
      units: [...i.units, { label: "kilotonne", factor: 1_000, aliases: ["万吨"] }],
    }));
    expect(validate(broken)).toThrow(/belongs to both/);
  });

  it("rejects a frequency that disagrees with Table 3", () => {
    const broken = withIndicator("green_coverage_rate", (i) => ({
      ...i,
      frequencyAmong22: { count: 15, band: "high" },
    }));
    expect(validate(broken)).toThrow(/frequency must be 14/);
  });

  it("rejects a TEDI indicator in the wrong subsystem", () => {
    const broken = withIndicator("offset_dependency", (i) => ({
      ...i,
      tedi: { subsystem: "E", layer: "dynamic-optimisation" },
    }));
    expect(validate(broken)).toThrow(/subsystem I/);
  });

  it("rejects a threshold in a unit other than the indicator's canonical unit", () => {
    const broken = withProfileCheck("jiangsu-intensity", (p) => ({
      ...p,
      checks: p.checks.map((c) => ({ ...c, unit: "kgCO2/元" })),
    }));
    expect(validate(INDICATORS, broken)).toThrow(/not the canonical unit/);
  });

  it("rejects a max check without a limit, and a check on an unknown indicator", () => {
    const noLimit = withProfileCheck("jiangsu-intensity", (p) => ({
      ...p,
      checks: p.checks.map((c) => ({ ...c, limit: undefined })),
    }));
    expect(validate(INDICATORS, noLimit)).toThrow(/needs a limit/);
    const unknown = withProfileCheck("cbam-readiness", (p) => ({
      ...p,
      checks: p.checks.map((c) => ({ ...c, indicatorId: "scope4_coverage" })),
    }));
    expect(validate(INDICATORS, unknown)).toThrow(/unknown indicator/);
  });

  it("rejects an unverified figure without its caveat", () => {
    const broken = withProfileCheck("national-notice-2025-guiding", (p) => ({
      ...p,
      checks: p.checks.map((c) => ({ ...c, verified: false, note: undefined })),
    }));
    expect(validate(INDICATORS, broken)).toThrow(/caveat/);
  });

  it("rejects a check count that disagrees with the catalog's frequency", () => {
    const broken = withProfileCheck("standards-22-high-frequency", (p) => ({
      ...p,
      checks: p.checks.map((c) => ({ ...c, usedByStandards: 5 })),
    }));
    expect(validate(INDICATORS, broken)).toThrow(/usedByStandards/);
  });
});
