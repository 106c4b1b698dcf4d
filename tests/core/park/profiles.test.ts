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

  it("carries the guiding indicators the paper names as presence checks only", () => {
    const profile = profileById("national-notice-2025");
    const guiding = profile?.checks.filter((c) => c.id.startsWith("notice-guiding")) ?? [];
    expect(guiding.map((c) => c.comparison)).toEqual(["present", "present"]);
    expect(guiding.every((c) => c.limit === undefined)).toBe(true);
  });

  it("keeps the secondary-summary figures apart, unverified, with the caveat, and not selected by default", () => {
    const profile = profileById("national-notice-2025-guiding-unverified");
    expect(profile?.checks.map((c) => [c.indicatorId, c.limit, c.verified])).toEqual([
      ["clean_energy_share", 0.9, false],
      ["industrial_solid_waste_utilisation", 0.8, false],
      ["industrial_water_reuse", 0.8, false],
    ]);
    expect(profile?.checks.every((c) => /not yet checked/.test(c.note?.en ?? ""))).toBe(true);
    expect(DEFAULT_PROFILE_IDS).not.toContain("national-notice-2025-guiding-unverified");
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
