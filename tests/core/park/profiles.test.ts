// Threshold profiles (shared/spec/park-standards.md section 4).
import { InputError } from "../../../src/core/shared/inputError";
import {
  checkApplicability,
  DEFAULT_PROFILE_IDS,
  effectiveLimit,
  nationalNoticeBand,
  passes,
  profileById,
  THRESHOLD_PROFILES,
  type ThresholdCheck,
} from "../../../src/core/park";

const checkById = (id: string): ThresholdCheck => {
  for (const profile of THRESHOLD_PROFILES) {
    const check = profile.checks.find((c) => c.id === id);
    if (check) return check;
  }
  throw new Error(`no check ${id}`);
};

describe("national notice 发改环资〔2025〕910号", () => {
  it("transcribes the two core-indicator bands as the paper states them", () => {
    expect(checkById("notice-unit-energy-carbon-200k-1m")).toMatchObject({
      indicatorId: "unit_energy_carbon_emissions",
      comparison: "max",
      limit: 0.2,
      unit: "tCO2/tce",
      verified: true,
    });
    expect(checkById("notice-unit-energy-carbon-1m-plus")).toMatchObject({ comparison: "max", limit: 0.3 });
  });

  it.each([
    [200_000, "notice-unit-energy-carbon-200k-1m"],
    [999_999, "notice-unit-energy-carbon-200k-1m"],
    [1_000_000, "notice-unit-energy-carbon-1m-plus"],
    [5_000_000, "notice-unit-energy-carbon-1m-plus"],
  ])("a park using %i tce/yr falls in band %s", (energy, checkId) => {
    const band = nationalNoticeBand(energy);
    expect(band).toMatchObject({ status: "applicable", check: { id: checkId } });
  });

  it("is not applicable below 200,000 tce/yr and says why", () => {
    const band = nationalNoticeBand(199_999);
    expect(band.status).toBe("not-applicable");
    if (band.status === "not-applicable") expect(band.reason.en).toMatch(/200,000 tce/);
  });

  it("leaves applicability undetermined when energy use is not reported", () => {
    const check = checkById("notice-unit-energy-carbon-1m-plus");
    expect(checkApplicability(check, new Map())).toEqual({
      status: "undetermined",
      indicatorId: "energy_consumption",
    });
    expect(checkApplicability(check, new Map([["energy_consumption", 300_000]]))).toMatchObject({
      status: "not-applicable",
    });
  });

  it("is the core indicator only: the guiding indicators are their own profile", () => {
    const profile = profileById("national-notice-2025");
    expect(profile?.checks.every((c) => c.indicatorId === "unit_energy_carbon_emissions")).toBe(true);
  });

  it("guiding indicators (park-standards.md section 4): five reference values, guidance, selected by default", () => {
    const profile = profileById("national-notice-2025-guiding");
    // clean energy ≥ 90 %, product energy at or better than grade 2, solid waste ≥ 80 %,
    // waste heat/cold/pressure ≥ 50 %, water reuse ≥ 80 %.
    expect(profile?.checks.map((c) => [c.indicatorId, c.comparison, c.limit, c.guidance])).toEqual([
      ["clean_energy_share", "min", 0.9, true],
      ["product_energy_grade", "max", 2, true],
      ["industrial_solid_waste_utilisation", "min", 0.8, true],
      ["waste_heat_utilisation", "min", 0.5, true],
      ["industrial_water_reuse", "min", 0.8, true],
    ]);
    expect(profile?.checks.every((c) => /not a pass\/fail gate/.test(c.note?.en ?? ""))).toBe(true);
    expect(profile?.checks.every((c) => c.source.includes("发改环资〔2025〕910号"))).toBe(true);
    expect(DEFAULT_PROFILE_IDS).toContain("national-notice-2025-guiding");
    expect(profileById("national-notice-2025-guiding-unverified")).toBeUndefined();
  });
});

describe("TEDI core profile (Table 5)", () => {
  it("has one check per core indicator, limits only for offsets (≤ 10 %) and H2 coupling (≥ 95 %)", () => {
    const checks = profileById("tedi-core")?.checks ?? [];
    expect(checks).toHaveLength(12);
    const limited = checks.filter((c) => c.comparison !== "present");
    expect(limited.map((c) => [c.indicatorId, c.comparison, c.limit])).toEqual([
      ["offset_dependency", "max", 0.1],
      ["green_power_hydrogen_coupling", "min", 0.95],
    ]);
    expect(checkById("tedi-green-power-hydrogen-coupling-min-95pct").note?.en).toMatch(/70 %/);
    expect(checkById("tedi-scope3-coverage-present").note?.en).toMatch(/no threshold/);
  });
});

describe("Jiangsu intensity profile and the transition relaxation", () => {
  it("has 0.1 (zero-carbon) and 0.6 (near-zero) tCO2/万元", () => {
    expect(profileById("jiangsu-intensity")?.checks.map((c) => [c.limit, c.unit])).toEqual([
      [0.1, "tCO2/万元"],
      [0.6, "tCO2/万元"],
    ]);
  });

  it("relaxes the limit by the user's 20-30 % and rejects other values", () => {
    const zero = checkById("jiangsu-zero-carbon-intensity");
    expect(effectiveLimit(zero)).toBe(0.1);
    expect(effectiveLimit(zero, null)).toBe(0.1);
    expect(effectiveLimit(zero, 0.2)).toBe(0.12);
    expect(effectiveLimit(checkById("jiangsu-near-zero-carbon-intensity"), 0.3)).toBe(0.78);
    expect(() => effectiveLimit(zero, 0.5)).toThrow(InputError);
    expect(() => effectiveLimit(zero, 0.1)).toThrow(/between 20% and 30%/);
  });

  it("does not relax checks that do not allow it", () => {
    expect(effectiveLimit(checkById("tedi-offset-dependency-max-10pct"), 0.3)).toBe(0.1);
  });

  it("passes and fails at the limit as a max check should", () => {
    const zero = checkById("jiangsu-zero-carbon-intensity");
    expect(passes(zero, 0.1)).toBe(true);
    expect(passes(zero, 0.11)).toBe(false);
    expect(passes(zero, 0.11, effectiveLimit(zero, 0.2))).toBe(true);
    expect(passes(checkById("tedi-green-power-hydrogen-coupling-min-95pct"), 0.94)).toBe(false);
  });
});

describe("high-frequency coverage and CBAM readiness", () => {
  it("checks presence of each of the 10 high-frequency indicators with its count", () => {
    const checks = profileById("standards-22-high-frequency")?.checks ?? [];
    expect(checks.map((c) => c.usedByStandards)).toEqual([17, 15, 14, 13, 13, 12, 11, 11, 11, 9]);
    expect(checks.every((c) => c.comparison === "present")).toBe(true);
  });

  it("has the four CBAM readiness checks, all without invented thresholds", () => {
    const checks = profileById("cbam-readiness")?.checks ?? [];
    expect(checks.map((c) => c.indicatorId)).toEqual([
      "scope3_coverage",
      "direct_renewable_power_share",
      "explicit_carbon_price_coverage",
      "embodied_carbon_disclosure",
    ]);
    expect(checks.every((c) => c.comparison === "present" && c.limit === undefined)).toBe(true);
  });

  it("gives every check a source and a unique id", () => {
    const ids = THRESHOLD_PROFILES.flatMap((p) => p.checks.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const profile of THRESHOLD_PROFILES)
      for (const check of profile.checks) expect(check.source).not.toBe("");
  });
});
