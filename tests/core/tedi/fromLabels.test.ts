// scoreTediFromLabels: names as typed in a sheet → scoreTedi (for TEDI_SCORE).
import { InputError } from "../../../src/core/shared/inputError";
import { scoreTediFromLabels } from "../../../src/core/tedi";

describe("scoreTediFromLabels", () => {
  it("resolves Chinese and English names, units in labels and the units argument", () => {
    const result = scoreTediFromLabels(
      ["范围3核算覆盖率", "Offset dependency", "碳关税风险准备金（亿元）", "碳排放总量", "CCUS封存量"],
      [50, 0.3, 0.01, 10, 2_500],
      { units: [null, null, null, "万tCO2", "tCO2"], parameters: { cbamAnnualCost: 200 } },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.resolved.map((r) => [r.indicatorId, r.value])).toEqual([
      ["scope3_coverage", 0.5],
      ["offset_dependency", 0.3],
      ["cbam_risk_reserve", 100],
      ["gross_emissions", 100_000],
      ["ccus_stored", 2_500],
    ]);
    const u = Object.fromEntries(result.breakdown.indicators.map((s) => [s.id, s.u]));
    expect(u).toMatchObject({
      scope3_coverage: 0.5,
      offset_dependency: 0.5,
      cbam_risk_reserve: 0.5,
      ccus_stored: 0.025,
    });
  });

  it("skips blank rows and treats a named row without a value as not disclosed", () => {
    const result = scoreTediFromLabels(["", "范围3核算覆盖率", null], [null, null, undefined]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.breakdown.notDisclosed).toContain("scope3_coverage");
  });

  it("returns an error naming each unusable label, and does not score", () => {
    const result = scoreTediFromLabels(
      ["不存在的指标", "绿电占比", "碳排放总量", "Scope 3 coverage", "scope3_coverage", ""],
      [1, 0.5, 3, 0.2, 0.3, 7],
      { units: [null, null, "MWh"] },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.index, e.label])).toEqual([
      [0, "不存在的指标"],
      [1, "绿电占比"],
      [2, "碳排放总量"],
      [4, "scope3_coverage"],
      [5, ""],
    ]);
    // Excel's reading of each: a name it cannot resolve is #N/A, the rest #VALUE!.
    expect(result.errors.map((e) => e.kind)).toEqual([
      "notAvailable",
      "notAvailable",
      "value",
      "value",
      "value",
    ]);
    const [unknown, ambiguous, unit, duplicate] = result.errors;
    expect(unknown?.reason.en).toMatch(/Unknown indicator "不存在的指标"/);
    expect(ambiguous?.reason.en).toMatch(/renewable_energy_share/);
    expect(unit?.reason.en).toMatch(/unknown unit "MWh"/);
    expect(duplicate?.reason.zh).toContain("Scope 3 coverage");
  });

  it("maps a value the scorer rejects back to its label", () => {
    const result = scoreTediFromLabels(["碳抵消依赖度"], [-5]);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ index: 0, label: "碳抵消依赖度", kind: "number" }],
    });
  });

  it("rejects arguments of different lengths", () => {
    expect(() => scoreTediFromLabels(["a", "b"], [1])).toThrow(InputError);
  });
});
