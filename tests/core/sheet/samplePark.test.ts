import {
  SAMPLE_SHEET_NAME,
  type CheckOutcome,
  sampleParkInput,
  validateSheet,
} from "../../../src/core/sheet";

// Reference figures: thresholds from park-standards.md section 4 (0.2 / 0.3 tCO2/tce, 10 %,
// 0.1 / 0.6 tCO2 per 10,000 CNY); values hand-computed from the sample's inputs.
const result = validateSheet(sampleParkInput());
const check = (id: string): CheckOutcome => {
  const found = result.checks.find((c) => c.checkId === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};
const reading = (id: string) => result.readings.find((r) => r.indicatorId === id);
const at = (cell: string): string => `'${SAMPLE_SHEET_NAME}'!${cell}`;

describe("the sample park", () => {
  it("finds the bilingual table below the merged title", () => {
    expect(result.table).toMatchObject({
      headerCell: at("A3"),
      labelColumn: "A",
      valueColumn: "B",
      unitColumn: "C",
      yearColumn: "D",
    });
    expect(result.summary.dataRows).toBe(21);
    expect(result.summary.recognisedRows).toBe(21);
    expect(result.summary.assessedYear).toBe(2024);
  });

  it("converts units to canonical ones", () => {
    expect(reading("energy_consumption")).toMatchObject({ value: 350_000, unit: "tce", cell: at("B4") }); // 35 万tce
    expect(reading("industrial_value_added")?.value).toBe(500_000); // 50 亿元 = 500,000 万元
    expect(reading("offsets_retired")?.value).toBe(16_500); // 1.65 万tCO2e
    expect(reading("electricity_consumption")?.value).toBe(520_000); // 52,000 万kWh = 520,000 MWh
    expect(reading("green_certificates")?.value).toBe(104_000); // "104,000" stored as text
    expect(reading("explicit_carbon_price_coverage")?.value).toBeCloseTo(0.45, 12); // "45%" stored as text
    expect(reading("embodied_carbon_disclosure")?.value).toBe(0); // 否
  });

  it("fails the national notice: 105,000 tCO2 / 350,000 tce = 0.3 > 0.2 (band 200k-1M tce)", () => {
    const band = check("notice-unit-energy-carbon-200k-1m");
    expect(band.status).toBe("fail");
    expect(band.value).toBeCloseTo(0.3, 12);
    expect(band.limit).toBe(0.2);
    expect(band.cell).toBe(at("B5"));
    expect(band.source).toMatch(/910号/);
    expect(check("notice-unit-energy-carbon-1m-plus").status).toBe("not-applicable");
  });

  it("fails offset dependency: 16,500 / 110,000 = 15 % > 10 %", () => {
    const offsets = check("tedi-offset-dependency-max-10pct");
    expect(offsets.status).toBe("fail");
    expect(offsets.value).toBeCloseTo(0.15, 12);
    expect(offsets.limit).toBe(0.1);
  });

  it("checks carbon per value added: 110,000 / 500,000 = 0.22 tCO2/万元, fails 0.1, passes 0.6", () => {
    expect(check("jiangsu-zero-carbon-intensity")).toMatchObject({ status: "fail", limit: 0.1 });
    expect(check("jiangsu-near-zero-carbon-intensity")).toMatchObject({ status: "pass", limit: 0.6 });
    expect(check("jiangsu-near-zero-carbon-intensity").value).toBeCloseTo(0.22, 12);
  });

  it("counts renewables two ways: CBAM lens 52,000 / 520,000 = 10 %, domestic lens 156,000 / 520,000 = 30 %", () => {
    expect(reading("direct_renewable_power_share")?.value).toBeCloseTo(0.1, 12);
    expect(reading("renewable_energy_share")?.value).toBeCloseTo(0.3, 12);
    expect(reading("renewable_energy_share")?.origin).toBe("derived");
    expect(check("cbam-direct-green-power").status).toBe("pass");
  });

  it("reports Scope 3 coverage missing and the 'no' disclosure as failing", () => {
    expect(check("cbam-scope3-coverage").status).toBe("missing");
    expect(check("tedi-scope3-coverage-present").status).toBe("missing");
    expect(check("cbam-embodied-carbon-disclosure").status).toBe("fail");
  });

  it("says how many of the 22 standards use an indicator (paper Table 3)", () => {
    expect(check("standards-renewable-energy-share-present")).toMatchObject({
      status: "pass",
      usedByStandards: 17,
    });
    expect(check("standards-new-energy-vehicle-share-present")).toMatchObject({
      status: "missing",
      usedByStandards: 13,
    });
    expect(result.coverage?.highFrequencyPresent).toBe(6);
  });

  it("notes the formula cell (gross emissions = B6 + B7) and uses its value", () => {
    const note = result.issues.find((i) => i.code === "formula-cells");
    expect(note?.cell).toBe(at("B8"));
    expect(reading("gross_emissions")).toMatchObject({ value: 110_000, fromFormula: true });
  });

  it("scores TEDI and keeps every message bilingual", () => {
    expect(result.tedi?.notDisclosed).toContain("scope3_coverage");
    for (const c of result.checks) {
      expect(c.message.en).not.toBe("");
      expect(c.message.zh).not.toBe("");
    }
  });
});
