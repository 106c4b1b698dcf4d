import { validateSheet, sampleParkInput } from "../../../src/core/sheet";
import { SECTION_ORDER, indicatorRows } from "../../../src/taskpane/checklist/indicatorRows";
import { checklistVerdict } from "../../../src/taskpane/checklist/verdict";

// The sample park (src/core/sheet/samplePark.ts): 0.3 tCO2/tce against 0.2 in the 200,000–1,000,000
// tce band (350,000 tce), 0.22 tCO2/万元 (Jiangsu 0.1 fails, 0.6 passes), offsets 15 % > 10 %,
// embodied carbon "否", Scope 3 coverage not reported.
const result = validateSheet(sampleParkInput());
const rows = indicatorRows(result);
const row = (id: string) => rows.find((candidate) => candidate.indicatorId === id)!;

describe("checklist rows (one per indicator, failures first)", () => {
  it("gives each indicator one row holding every profile's check", () => {
    expect(rows).toHaveLength(new Set(result.checks.map((check) => check.indicatorId)).size);
    const intensity = row("carbon_intensity_value_added");
    expect(intensity.checks.map((check) => check.checkId)).toEqual([
      "tedi-carbon-intensity-value-added-present",
      "jiangsu-zero-carbon-intensity",
      "jiangsu-near-zero-carbon-intensity",
    ]);
    expect(intensity.section).toBe("failure");
    expect(intensity.lead.checkId).toBe("jiangsu-zero-carbon-intensity");
  });

  it("orders failures, missing, guidance, passes and starts with the national notice", () => {
    const order = rows.map((r) => SECTION_ORDER.indexOf(r.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(rows.filter((r) => r.section === "failure").map((r) => r.indicatorId)).toEqual([
      "unit_energy_carbon_emissions",
      "embodied_carbon_disclosure",
      "carbon_intensity_value_added",
      "offset_dependency",
    ]);
    expect(row("unit_energy_carbon_emissions").checks).toHaveLength(2); // both bands in one row
  });

  it("says how to fix each failure and missing row", () => {
    expect(row("unit_energy_carbon_emissions").fix?.en).toBe(
      "Cut CO2 emissions by 35,000\u00a0tCO2 at the current comprehensive energy consumption.",
    );
    expect(row("scope3_coverage").section).toBe("missing");
    expect(row("scope3_coverage").fix?.zh).toBe("添加一行“范围3核算覆盖率”，填写以 % 计的数值。");
    expect(row("renewable_energy_share").fix).toBeNull();
  });
});

describe("checklist verdict", () => {
  it("fails the national notice in the 200,000–1,000,000 tce band and points at B5", () => {
    const verdict = checklistVerdict(result, rows);
    expect(verdict.kind).toBe("notice-fail");
    expect(verdict.notice).toMatchObject({ value: 0.3, limit: 0.2 });
    expect(verdict.band?.zh).toBe("20–100\u00a0万\u00a0tce 档");
    expect(verdict.cell).toBe("'园区排放清单'!B5");
    expect(verdict.failures).toBe(4);
  });

  it("counts failures when the notice is not checked", () => {
    const jiangsuOnly = validateSheet(sampleParkInput(), { profiles: ["jiangsu-intensity"] });
    const verdict = checklistVerdict(jiangsuOnly, indicatorRows(jiangsuOnly));
    expect(verdict).toMatchObject({ kind: "checks-fail", failures: 1, notice: null });
    expect(verdict.first?.indicatorId).toBe("carbon_intensity_value_added");
  });

  it("says the notice does not apply below 200,000 tce", () => {
    // 15 万 tce = 150,000 tce: below both bands.
    const small = validateSheet({
      sheetName: "S",
      values: [
        ["指标", "数值", "单位"],
        ["综合能源消费量", 15, "万tce"],
        ["二氧化碳排放量", 30000, "tCO2"],
      ],
    });
    expect(checklistVerdict(small, indicatorRows(small)).kind).toBe("notice-not-applicable");
  });
});
