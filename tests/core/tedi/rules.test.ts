// Indicator scoring rules as data and their arithmetic (shared/spec/tedi.md section 1).
import { INDICATORS } from "../../../src/core/park";
import {
  capScore,
  flagScore,
  shareScore,
  TEDI_GRADE_BANDS,
  TEDI_RULES,
  TediDataError,
  validateGradeBands,
  validateTediRules,
  type TediRule,
} from "../../../src/core/tedi";

const ruleFor = (id: string): TediRule => {
  const rule = TEDI_RULES.find((r) => r.indicatorId === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

describe("TEDI_RULES", () => {
  it("has one rule per core indicator with the spec's kinds", () => {
    expect(Object.fromEntries(TEDI_RULES.map((r) => [r.indicatorId, r.kind]))).toEqual({
      direct_renewable_power_share: "share",
      scope3_coverage: "share",
      explicit_carbon_price_coverage: "share",
      embodied_carbon_disclosure: "flag",
      carbon_intensity_value_added: "cap",
      green_hydrogen_substitution: "share",
      offset_dependency: "cap",
      ccus_stored: "ratio-to-need",
      green_power_hydrogen_coupling: "share",
      carbon_label_enterprise_share: "share",
      cbam_risk_reserve: "ratio-to-need",
      low_carbon_patents: "ratio-to-need",
    });
  });

  it("uses the spec's targets and says which are the project's choice", () => {
    expect(ruleFor("green_power_hydrogen_coupling")).toMatchObject({ target: 0.95 });
    expect(ruleFor("offset_dependency")).toMatchObject({
      good: 0.1,
      bad: 0.5,
      relaxable: false,
      badSource: "project's choice",
    });
    expect(ruleFor("carbon_intensity_value_added")).toMatchObject({ good: 0.1, bad: 0.6, relaxable: true });
    expect(ruleFor("ccus_stored")).toMatchObject({ need: "grossEmissions" });
    expect(ruleFor("cbam_risk_reserve")).toMatchObject({ need: "cbamAnnualCost" });
    expect(ruleFor("low_carbon_patents")).toMatchObject({ need: "patentsTarget" });
    expect(TEDI_RULES.every((r) => r.weight === 1)).toBe(true);
  });

  it("passes its load-time validation and rejects broken rules", () => {
    expect(() => validateTediRules(TEDI_RULES, INDICATORS)).not.toThrow();
    expect(() => validateTediRules(TEDI_RULES.slice(1), INDICATORS)).toThrow(/no TEDI rule/);
    const badCap = TEDI_RULES.map((r) => (r.kind === "cap" ? { ...r, good: 0.7 } : r));
    expect(() => validateTediRules(badCap, INDICATORS)).toThrow(TediDataError);
    const badTarget = TEDI_RULES.map((r) => (r.kind === "share" ? { ...r, target: 0 } : r));
    expect(() => validateTediRules(badTarget, INDICATORS)).toThrow(/share target/);
    const stranger = [...TEDI_RULES, { ...ruleFor("scope3_coverage"), indicatorId: "green_coverage_rate" }];
    expect(() => validateTediRules(stranger, INDICATORS)).toThrow(/not a TEDI core indicator/);
  });

  it("validates the grade bands", () => {
    expect(() => validateGradeBands(TEDI_GRADE_BANDS)).not.toThrow();
    const shifted = TEDI_GRADE_BANDS.map((b, i) => (i === 5 ? { ...b, lower: 0.55 } : b));
    expect(() => validateGradeBands(shifted)).toThrow(/must start at 0.5/);
  });
});

describe("rule arithmetic", () => {
  it("share: u = clamp(value / target, 0, 1)", () => {
    expect(shareScore(0.5, 1)).toBe(0.5);
    expect(shareScore(0.475, 0.95)).toBe(0.5);
    expect(shareScore(0.95, 0.95)).toBe(1);
    expect(shareScore(1, 0.95)).toBe(1);
    expect(shareScore(0, 1)).toBe(0);
  });

  it("cap: 1 at or below good, 0 at or above bad, linear between", () => {
    expect(capScore(0.05, 0.1, 0.5)).toBe(1);
    expect(capScore(0.1, 0.1, 0.5)).toBe(1);
    expect(capScore(0.3, 0.1, 0.5)).toBe(0.5);
    expect(capScore(0.5, 0.1, 0.5)).toBe(0);
    expect(capScore(0.9, 0.1, 0.5)).toBe(0);
  });

  it("flag: 1 for yes, 0 for no", () => {
    expect(flagScore(1)).toBe(1);
    expect(flagScore(0)).toBe(0);
  });
});
