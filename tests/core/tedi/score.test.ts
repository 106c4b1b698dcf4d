// scoreTedi end to end (shared/spec/tedi.md): rule kinds, relaxation, not disclosed, target not set.
import { InputError } from "../../../src/core/shared/inputError";
import { scoreTedi, type TediBreakdown, type TediIndicatorScore } from "../../../src/core/tedi";

/** Every core indicator perfect: U = (1, 1, 1, 1). */
const PERFECT: Record<string, number> = {
  direct_renewable_power_share: 1,
  scope3_coverage: 1,
  explicit_carbon_price_coverage: 1,
  embodied_carbon_disclosure: 1,
  carbon_intensity_value_added: 0.05,
  green_hydrogen_substitution: 1,
  offset_dependency: 0,
  ccus_stored: 1_000,
  green_power_hydrogen_coupling: 0.95,
  carbon_label_enterprise_share: 1,
  cbam_risk_reserve: 100,
  low_carbon_patents: 10,
  gross_emissions: 1_000,
};
const NEEDS = { cbamAnnualCost: 100, patentsTarget: 10 };

const scoreOf = (breakdown: TediBreakdown, id: string): TediIndicatorScore => {
  const score = breakdown.indicators.find((s) => s.id === id);
  if (!score) throw new Error(`no score for ${id}`);
  return score;
};

describe("scoreTedi", () => {
  it("scores a perfect park D = 1, score 100, high-quality coordination", () => {
    const result = scoreTedi(PERFECT, NEEDS);
    expect(result.subsystems).toEqual({ T: 1, E: 1, D: 1, I: 1 });
    expect(result).toMatchObject({ C: 1, T: 1, D: 1, score: 100, grade: { zh: "优质协调" } });
    expect(result.notDisclosed).toEqual([]);
    expect(result.targetNotSet).toEqual([]);
  });

  it("reproduces the hand check U = 0.64 everywhere → D = 0.8, 良好协调, through the rules", () => {
    const values = {
      // E: two shares
      direct_renewable_power_share: 0.64,
      explicit_carbon_price_coverage: 0.64,
      // D: (0.46 + 1 + 0.46) / 3 = 0.64; intensity 0.37 → (0.6 − 0.37) / 0.5 = 0.46
      scope3_coverage: 0.46,
      embodied_carbon_disclosure: 1,
      carbon_intensity_value_added: 0.37,
      // T: 0.64, 640/1000, 0.608/0.95, 16/25
      green_hydrogen_substitution: 0.64,
      ccus_stored: 640,
      green_power_hydrogen_coupling: 0.608,
      low_carbon_patents: 16,
      // I: 0.64, offsets (0.5 − 0.244) / 0.4 = 0.64, 64/100
      carbon_label_enterprise_share: 0.64,
      offset_dependency: 0.244,
      cbam_risk_reserve: 64,
    };
    const result = scoreTedi(values, { cbamAnnualCost: 100, patentsTarget: 25, grossEmissions: 1_000 });
    expect(result.subsystems).toEqual({ T: 0.64, E: 0.64, D: 0.64, I: 0.64 });
    expect(result).toMatchObject({ C: 1, T: 0.64, D: 0.8, score: 80 });
    expect(result.grade).toEqual({ key: "good-coordination", en: "Good coordination", zh: "良好协调" });
  });

  it("U = (1, 1, 1, 0): an undisclosed Institution subsystem gives C = 0, D = 0", () => {
    const values = { ...PERFECT };
    delete values.carbon_label_enterprise_share;
    delete values.offset_dependency;
    delete values.cbam_risk_reserve;
    const result = scoreTedi(values, NEEDS);
    expect(result.subsystems.I).toBe(0);
    expect(result).toMatchObject({ C: 0, D: 0, score: 0, grade: { zh: "极度失调" } });
    expect(result.notDisclosed).toEqual([
      "offset_dependency",
      "carbon_label_enterprise_share",
      "cbam_risk_reserve",
    ]);
  });

  it("an empty sheet: insufficient data, no score; the three target-less indicators left out", () => {
    const result = scoreTedi({});
    // No targets given: CCUS (no gross emissions), the reserve and patents are left out; the other
    // nine are not disclosed (u = 0). 0 of 12 reported < 6: no score, no grade.
    expect(result.notDisclosed).toHaveLength(9);
    expect(result.targetNotSet).toEqual(["ccus_stored", "cbam_risk_reserve", "low_carbon_patents"]);
    expect(result.indicators.every((s) => s.value === null)).toBe(true);
    expect(result).toMatchObject({ C: null, D: 0, score: null, grade: null, reported: 0 });
    expect(result.insufficientData?.en).toBe("insufficient data (0 of 12 indicators reported)");
  });

  it("fewer than half reported is insufficient data; six of twelve is enough", () => {
    const five = {
      direct_renewable_power_share: 1,
      scope3_coverage: 1,
      explicit_carbon_price_coverage: 1,
      embodied_carbon_disclosure: 1,
      green_hydrogen_substitution: 1,
    };
    expect(scoreTedi(five)).toMatchObject({ reported: 5, score: null, grade: null });
    expect(scoreTedi(five).insufficientData?.zh).toBe("数据不足（12 项指标中填报 5 项）");
    const six = scoreTedi({ ...five, carbon_label_enterprise_share: 1 });
    expect(six.reported).toBe(6);
    expect(six.insufficientData).toBeNull();
    expect(typeof six.score).toBe("number");
  });

  it("reporting 0 never scores better than leaving an indicator out (issue: 100 vs 91.7)", () => {
    const best = { ...PERFECT };
    const zeroed = { ...best, low_carbon_patents: 0, cbam_risk_reserve: 0 };
    const omitted: Record<string, number> = { ...best };
    delete omitted.low_carbon_patents;
    delete omitted.cbam_risk_reserve;
    // Without targets both are left out either way: every other u = 1 → D = 1 → 100 in both.
    expect(scoreTedi(zeroed).score).toBe(100);
    expect(scoreTedi(omitted).score).toBe(100);
    expect(scoreTedi(zeroed).targetNotSet).toEqual(scoreTedi(omitted).targetNotSet);
    // With targets both count 0: U_T = (1 + 1 + 1 + 0) / 4 = 0.75, U_I = (1 + 1 + 0) / 3 = 2/3,
    // U_E = U_D = 1. C = 4 × (0.75 × 2/3 / 3.41667^4)^(1/4) = 4 × (0.5 / 136.272)^(1/4) = 0.98447;
    // T = 3.41667 / 4 = 0.85417; D = √(0.98447 × 0.85417) = 0.91701 → 91.7 either way.
    expect(scoreTedi(zeroed, NEEDS).score).toBeCloseTo(91.701, 2);
    expect(scoreTedi(omitted, NEEDS).score).toBeCloseTo(91.701, 2);
    // And for every higher-is-better indicator, 0 scores no better than nothing.
    for (const id of Object.keys(PERFECT)) {
      if (id === "offset_dependency" || id === "carbon_intensity_value_added" || id === "gross_emissions")
        continue;
      const without: Record<string, number> = { ...PERFECT };
      delete without[id];
      expect(scoreTedi({ ...PERFECT, [id]: 0 }, NEEDS).score!).toBeLessThanOrEqual(
        scoreTedi(without, NEEDS).score!,
      );
    }
  });

  it("treats null values as not reported", () => {
    expect(scoreTedi(new Map([["scope3_coverage", null]])).notDisclosed).toContain("scope3_coverage");
  });

  it("scores each rule kind", () => {
    const result = scoreTedi(
      {
        scope3_coverage: 0.5, // share
        green_power_hydrogen_coupling: 0.475, // share, target 95 %
        offset_dependency: 0.3, // cap 10 %..50 %
        embodied_carbon_disclosure: 0, // flag
        cbam_risk_reserve: 50, // ratio to need
        ccus_stored: 2_000, // ratio to need, clamped
        gross_emissions: 1_000,
      },
      { cbamAnnualCost: 100 },
    );
    expect(scoreOf(result, "scope3_coverage").u).toBe(0.5);
    expect(scoreOf(result, "green_power_hydrogen_coupling")).toMatchObject({
      u: 0.5,
      applied: { target: 0.95 },
    });
    expect(scoreOf(result, "offset_dependency").u).toBe(0.5);
    expect(scoreOf(result, "embodied_carbon_disclosure")).toMatchObject({ u: 0, status: "scored" });
    expect(scoreOf(result, "cbam_risk_reserve")).toMatchObject({ u: 0.5, applied: { target: 100 } });
    expect(scoreOf(result, "ccus_stored")).toMatchObject({ u: 1, applied: { target: 1_000 } });
  });

  it("relaxes the carbon-intensity limits for a park in transition, not the offset cap", () => {
    const values = { carbon_intensity_value_added: 0.12, offset_dependency: 0.3 };
    const strict = scoreTedi(values);
    expect(scoreOf(strict, "carbon_intensity_value_added").u).toBe(0.96);
    expect(strict.transitionRelaxation).toBeNull();
    const relaxed = scoreTedi(values, { transitionRelaxation: 0.2 });
    expect(scoreOf(relaxed, "carbon_intensity_value_added")).toMatchObject({
      u: 1,
      applied: { good: 0.12, bad: 0.72 },
    });
    expect(scoreOf(relaxed, "offset_dependency").u).toBe(0.5);
    expect(relaxed.transitionRelaxation).toBe(0.2);
    const relaxed30 = scoreTedi({ carbon_intensity_value_added: 0.78 }, { transitionRelaxation: 0.3 });
    expect(scoreOf(relaxed30, "carbon_intensity_value_added").u).toBe(0);
  });

  it("rejects a relaxation outside 20-30 %", () => {
    expect(() => scoreTedi({}, { transitionRelaxation: 0.5 })).toThrow(InputError);
    expect(() => scoreTedi({}, { transitionRelaxation: 20 })).toThrow(/20-30 %/);
  });

  it("leaves reported ratio-to-need indicators without a target out of the score and lists them", () => {
    const values = { ...PERFECT };
    delete values.gross_emissions;
    const result = scoreTedi(values, {});
    expect(result.targetNotSet).toEqual(["ccus_stored", "cbam_risk_reserve", "low_carbon_patents"]);
    expect(scoreOf(result, "low_carbon_patents")).toMatchObject({
      u: null,
      status: "target-not-set",
      value: 10,
    });
    // Left out, not counted as 0: T and I are still perfect on their remaining indicators.
    expect(result.subsystems).toEqual({ T: 1, E: 1, D: 1, I: 1 });
  });

  it("takes gross emissions for the CCUS ratio from the parameters before the values", () => {
    const result = scoreTedi({ ccus_stored: 100, gross_emissions: 1_000 }, { grossEmissions: 400 });
    expect(scoreOf(result, "ccus_stored")).toMatchObject({ u: 0.25, applied: { target: 400 } });
  });

  it("weights subsystems with α", () => {
    const result = scoreTedi(
      { ...PERFECT, scope3_coverage: 0, embodied_carbon_disclosure: 0 },
      {
        ...NEEDS,
        alpha: { T: 0.1, E: 0.1, D: 0.7, I: 0.1 },
      },
    );
    expect(result.subsystems.D).toBe(0.333333333333);
    expect(result.T).toBeCloseTo(0.1 * 3 + 0.7 / 3, 10);
    expect(() => scoreTedi({}, { alpha: { T: 0.5 } })).toThrow(/sum to 1/);
  });

  it.each([
    [{ no_such_indicator: 1 }, /not an indicator id/],
    [{ scope3_coverage: -0.1 }, /negative/],
    [{ scope3_coverage: Number.NaN }, /finite/],
    [{ scope3_coverage: 12 }, /above 100 %/],
    [{ embodied_carbon_disclosure: 0.5 }, /1 \(yes\) or 0 \(no\)/],
  ])("rejects bad values %p", (values, message) => {
    expect(() => scoreTedi(values)).toThrow(message);
  });

  it("names the offending indicator in the InputError", () => {
    try {
      scoreTedi({ scope3_coverage: -1 });
      throw new Error("expected an InputError");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).argument).toBe("scope3_coverage");
    }
  });

  it("rejects non-positive needs", () => {
    expect(() => scoreTedi({}, { patentsTarget: 0 })).toThrow(/positive/);
  });

  it("says the method is the project's own", () => {
    expect(scoreTedi({}).method.en).toMatch(/project's own method/);
  });
});
