import { readComponent, tediScoreFormula } from "../../src/functions/adapters/tedi";
import { asError, installRuntime, thrownError } from "./support/customFunctionsStub";

installRuntime();

/*
 * Hand check of shared/spec/tedi.md section 3: every subsystem score U = 0.64 → C = 1,
 * T = 0.64, D = √0.64 = 0.8 → score 80, "Good coordination" (band lower bound inclusive).
 * How each U comes to 0.64 (rules: shared/spec/tedi.md section 1, placements from the catalog):
 * - E: direct renewable share 0.64/1, explicit carbon price coverage 64 % → mean 0.64.
 * - T: green H2 substitution 0.64; green-power-to-H2 coupling 0.608 / target 0.95 = 0.64;
 *   CCUS stored 64 ÷ gross emissions 100 = 0.64; patents reported without a target → left out.
 * - D: embodied carbon disclosed 是 → 1; Scope 3 coverage 46 %; carbon intensity 0.37 on the cap
 *   0.1 (good) .. 0.6 (bad): (0.6 − 0.37) / 0.5 = 0.46 → (1 + 0.46 + 0.46) / 3 = 0.64.
 * - I: offset dependency 0.244 on the cap 0.1 .. 0.5: (0.5 − 0.244) / 0.4 = 0.64; carbon label
 *   share 0.64; CBAM reserve reported without a target → left out → 0.64.
 */
const LABELS = [
  ["direct_renewable_power_share"],
  ["Explicit carbon price coverage"],
  ["green_hydrogen_substitution"],
  ["绿电制氢耦合度"],
  ["CCUS封存量"],
  ["gross_emissions"],
  ["low_carbon_patents"],
  ["建造期隐含碳披露"],
  ["范围3核算覆盖率"],
  ["carbon_intensity_value_added"],
  ["碳抵消依赖度"],
  ["carbon_label_enterprise_share"],
  ["CBAM risk reserve"],
];
const VALUES = [
  [0.64],
  ["64%"],
  [0.64],
  [0.608],
  [64],
  [100],
  [3],
  ["是"],
  ["46%"],
  [0.37],
  [0.244],
  [0.64],
  [50],
];

const call = (component: unknown, language: "en" | "zh" = "en") =>
  tediScoreFormula(LABELS, VALUES, component, language);

describe("TEDI_SCORE adapter", () => {
  it("scores the hand-checked park: 80, good coordination", () => {
    expect(call(null)).toEqual([[80]]);
    expect(call("C")).toEqual([[1]]);
    for (const k of ["T", "E", "D", "I"]) expect(call(k)).toEqual([[64]]);
    expect(call("GRADE")).toEqual([["Good coordination"]]);
    expect(call("grade", "zh")).toEqual([["良好协调"]]);
    expect(call("等级", "zh")).toEqual([["良好协调"]]);
  });

  it("ALL spills label/value pairs in the user's language", () => {
    const all = call("ALL");
    expect(all.every((row) => row.length === 2)).toBe(true);
    expect(all[0]).toEqual(["TEDI score (D × 100)", 80]);
    expect(all[1]).toEqual(["Grade", "Good coordination"]);
    expect(all.slice(2, 9).map((row) => row[1])).toEqual([64, 64, 64, 64, 1, 0.64, 0.8]);
    // All twelve core indicators are in LABELS (gross emissions is not one of them).
    expect(all[9]).toEqual(["Indicators reported (of 12)", 12]);
    expect(all[10]).toEqual(["Not disclosed (scored 0)", "none"]);
    // In the order of the core's rule list.
    expect(all[11]![1]).toBe("CBAM risk reserve, Low-carbon patents per year");
    const zh = call("ALL", "zh");
    expect(zh[0]).toEqual(["TEDI 得分（D × 100）", 80]);
    expect(zh[11]![1]).toBe("碳关税风险准备金、低碳技术专利数/年");
  });

  it("fewer than 6 of 12 reported: #N/A 'insufficient data', not a score", () => {
    // Only the two Energy indicators: 2 of 12 reported.
    const labels = [["direct_renewable_power_share", "explicit_carbon_price_coverage"]];
    expect(thrownError(() => tediScoreFormula(labels, [[1, "100%"]], null, "en"))).toEqual({
      code: "#N/A",
      message: "insufficient data (2 of 12 indicators reported)",
    });
    expect(thrownError(() => tediScoreFormula(labels, [[1, "100%"]], "GRADE", "zh"))).toEqual({
      code: "#N/A",
      message: "数据不足（12 项指标中填报 2 项）",
    });
    // Subsystem scores stay available: U_E = 1.
    expect(tediScoreFormula(labels, [[1, "100%"]], "E", "en")).toEqual([[100]]);
    const all = tediScoreFormula(labels, [[1, "100%"]], "ALL", "en");
    expect(all[0]).toEqual(["TEDI score (D × 100)", "insufficient data (2 of 12 indicators reported)"]);
  });

  it("nothing reported: insufficient data (#N/A), C undefined → #N/A saying why", () => {
    expect(thrownError(() => tediScoreFormula([["碳抵消依赖度"]], [[null]], null, "en")).code).toBe("#N/A");
    expect(thrownError(() => tediScoreFormula([["碳抵消依赖度"]], [[null]], "C", "en"))).toEqual({
      code: "#N/A",
      message: "C is undefined when every subsystem score is 0.",
    });
    const all = tediScoreFormula([["碳抵消依赖度"]], [[null]], "ALL", "en");
    expect(asError(all[6]![1])?.code).toBe("#N/A");
  });

  it("patents_target and cbam_annual_cost bring patents and the reserve into the score", () => {
    // LABELS reports 3 patents and a reserve of 50 (万元). Target 5 patents → u = 0.6;
    // U_T = (0.64 + 0.64 + 0.64 + 0.6) / 4 = 0.63. Annual CBAM cost 100 → u = 0.5;
    // U_I = (0.64 + 0.64 + 0.5) / 3 = 0.59333.
    const targets = { patentsTarget: 5, cbamAnnualCost: 100 };
    expect(tediScoreFormula(LABELS, VALUES, "T", "en", targets)).toEqual([[63]]);
    expect(tediScoreFormula(LABELS, VALUES, "I", "en", targets)[0]![0]).toBeCloseTo(59.3333, 3);
    const all = tediScoreFormula(LABELS, VALUES, "ALL", "en", targets);
    expect(all[11]).toEqual(["Target not set (left out)", "none"]);
    // Blank targets: both left out (the hand-checked 64 stands).
    expect(tediScoreFormula(LABELS, VALUES, "T", "en", { patentsTarget: null })).toEqual([[64]]);
  });

  it("a target of 0 or less is #VALUE! naming the argument", () => {
    const zero = thrownError(() => tediScoreFormula(LABELS, VALUES, null, "en", { patentsTarget: 0 }));
    expect(zero.code).toBe("#VALUE!");
    expect(zero.message).toContain("patents_target: 0 is not a target");
    expect(
      thrownError(() => tediScoreFormula(LABELS, VALUES, null, "en", { cbamAnnualCost: -3 })).code,
    ).toMatch(/#VALUE!|#NUM!/);
  });

  it("an unknown or ambiguous name is #N/A naming the label", () => {
    const unknown = thrownError(() =>
      tediScoreFormula([["x"], ["not an indicator"]], [[1], [2]], null, "en"),
    );
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toContain('indicators (item 1): Unknown indicator "x"');
    expect(unknown.message).toContain("(+1 more)");
    const ambiguous = thrownError(() => tediScoreFormula([["绿电占比"]], [[0.3]], null, "en"));
    expect(ambiguous.code).toBe("#N/A");
    expect(ambiguous.message).toContain("绿电占比");
  });

  it("a negative value is #VALUE! naming its label", () => {
    const negative = thrownError(() => tediScoreFormula([["碳抵消依赖度"]], [[-5]], null, "en"));
    expect(negative.code).toBe("#VALUE!");
    expect(negative.message).toContain("indicators: Carbon offset dependency");
  });

  it("mismatched lengths are #VALUE!", () => {
    const error = thrownError(() =>
      tediScoreFormula([["碳抵消依赖度"], ["范围3核算覆盖率"]], [[0.1]], null, "en"),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("indicators has 2 cells but values has 1");
  });

  it("values: yes/no only for a yes/no indicator, words are #VALUE!, errors pass on", () => {
    const words = thrownError(() => tediScoreFormula([["碳抵消依赖度"]], [["high"]], null, "en"));
    expect(words).toEqual({
      code: "#VALUE!",
      message: 'values: "high" is not a number (yes/no only for a yes/no indicator)',
    });
    expect(thrownError(() => tediScoreFormula([["碳抵消依赖度"]], [[true]], null, "en")).code).toBe(
      "#VALUE!",
    );
    expect(thrownError(() => tediScoreFormula([["碳抵消依赖度"]], [["#N/A"]], null, "en")).code).toBe("#N/A");
  });

  it("a bad component is #VALUE! listing the choices", () => {
    const error = thrownError(() => call("X"));
    expect(error).toEqual({
      code: "#VALUE!",
      message:
        'component: "X" is not a component; expected blank (the score), "T", "E", "D", "I", "C", "GRADE" or "ALL".',
    });
    expect(readComponent(null)).toBe("SCORE");
    expect(readComponent(" all ")).toBe("ALL");
  });
});
