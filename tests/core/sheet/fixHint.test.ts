import { type ValidationResult, fixHint, sampleParkInput, validateSheet } from "../../../src/core/sheet";

const sample = validateSheet(sampleParkInput());

function hintFor(result: ValidationResult, checkId: string) {
  const check = result.checks.find((candidate) => candidate.checkId === checkId);
  if (!check) throw new Error(`no check ${checkId}`);
  return fixHint(check, result.readings);
}

const sheet = (rows: (string | number)[][]) =>
  validateSheet({ sheetName: "T", values: [["指标", "数值", "单位"], ...rows] });

describe("fixHint on the sample park (figures from samplePark.ts, worked by hand)", () => {
  it("national notice: cut CO2 by 105,000 − 0.2 × 350,000 = 35,000 tCO2 at the current energy use", () => {
    expect(hintFor(sample, "notice-unit-energy-carbon-200k-1m")).toEqual({
      en: "Cut CO2 emissions by 35,000\u00a0tCO2 at the current comprehensive energy consumption.",
      zh: "在综合能源消费量不变时，二氧化碳排放量需减少 35,000\u00a0tCO2。",
    });
  });

  it("Jiangsu zero-carbon intensity: 110,000 − 0.1 × 500,000 万元 = 60,000 tCO2e of gross emissions", () => {
    expect(hintFor(sample, "jiangsu-zero-carbon-intensity")?.en).toBe(
      "Cut gross GHG emissions by 60,000\u00a0tCO2e at the current industrial value added.",
    );
  });

  it("offset dependency: 16,500 − 10 % × 110,000 = 5,500 tCO2e of offsets", () => {
    expect(hintFor(sample, "tedi-offset-dependency-max-10pct")?.zh).toBe(
      "在碳排放总量不变时，碳抵消量需减少 5,500\u00a0tCO2e。",
    );
  });

  it("a yes/no indicator reported as no, and a missing one", () => {
    expect(hintFor(sample, "tedi-embodied-carbon-disclosure-present")?.en).toBe(
      "Enter 是 (yes) once construction-phase embodied carbon disclosure is in place.",
    );
    expect(hintFor(sample, "cbam-scope3-coverage")).toEqual({
      en: "Add a row 范围3核算覆盖率 with a % value.",
      zh: "添加一行“范围3核算覆盖率”，填写以 % 计的数值。",
    });
  });

  it("says nothing for a pass or a band that does not apply", () => {
    expect(hintFor(sample, "jiangsu-near-zero-carbon-intensity")).toBeNull(); // 0.22 ≤ 0.6
    expect(hintFor(sample, "notice-unit-energy-carbon-1m-plus")).toBeNull(); // 350,000 tce < 1,000,000
  });
});

describe("fixHint on reported values", () => {
  it("a reported ratio over its limit: 15 % → 10 %, 5 % lower", () => {
    const result = sheet([["碳抵消依赖度", 15, "%"]]);
    expect(hintFor(result, "tedi-offset-dependency-max-10pct")).toEqual({
      en: "Bring carbon offset dependency down to 10\u00a0% or less (5\u00a0% lower).",
      zh: "将碳抵消依赖度降至 10% 以下（降低 5%）。",
    });
  });

  it("a reported share under its minimum: 90 % → 95 %, 5 % more", () => {
    const result = sheet([["绿电制氢耦合度", 90, "%"]]);
    expect(hintFor(result, "tedi-green-power-hydrogen-coupling-min-95pct")?.en).toBe(
      "Raise green-power-to-hydrogen coupling to at least 95\u00a0% (5\u00a0% more).",
    );
  });

  it("a derived ratio under its minimum: green hydrogen 90 of 100 t, limit 95 % → 95 − 90 = 5 t more", () => {
    const result = sheet([
      ["绿氢产量", 90, "t"],
      ["氢气产量", 100, "t"],
    ]);
    expect(hintFor(result, "tedi-green-power-hydrogen-coupling-min-95pct")?.en).toBe(
      "Raise green hydrogen produced by 5\u00a0t at the current hydrogen produced.",
    );
  });
});
