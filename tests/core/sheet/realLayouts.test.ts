/**
 * The validator core on the layouts users keep (issue 14): padded and unit-bearing headers, value
 * headers of statistics tables, several parks, sparse blocks, dates and odd numbers. Every expected
 * figure is worked by hand in the test.
 */
import {
  type CheckStatus,
  type RawCell,
  type SheetInput,
  type ValidationResult,
  isDateFormat,
  parseCell,
  validateSheet,
} from "../../../src/core/sheet";

const sheet = (values: RawCell[][], extra: Partial<SheetInput> = {}): SheetInput => ({
  sheetName: "S",
  values,
  ...extra,
});
const value = (result: { readings: ValidationResult["readings"] }, id: string) =>
  result.readings.find((r) => r.indicatorId === id)?.value;
const status = (result: ValidationResult, checkId: string): CheckStatus | undefined =>
  result.checks.find((c) => c.checkId === checkId)?.status;
const codes = (result: ValidationResult) => result.issues.map((issue) => issue.code);

describe("headers as people type them", () => {
  it("words padded with full-width spaces: 指\u3000标 | 数\u3000值（Value）| 单\u3000位", () => {
    const result = validateSheet(
      sheet([
        ["指\u3000标", "数\u3000值（Value）", "单\u3000位"],
        ["综合能源消费量", 500000, "tce"],
      ]),
    );
    expect(result.table).toMatchObject({ labelColumn: "A", valueColumn: "B", unitColumn: "C" });
    expect(value(result, "energy_consumption")).toBe(500000);
  });

  it.each(["本年数值", "本期数", "实际值"])("%s is a value header", (header) => {
    const result = validateSheet(
      sheet([
        ["指标", header, "单位"],
        ["综合能源消费量", 500000, "tce"],
      ]),
    );
    expect(value(result, "energy_consumption")).toBe(500000);
  });

  it("2024年数值 is the value column of 2024", () => {
    const result = validateSheet(
      sheet([
        ["指标", "2024年数值", "单位"],
        ["综合能源消费量", 500000, "tce"],
      ]),
    );
    expect(result.summary.assessedYear).toBe(2024);
    expect(result.table?.yearColumns).toEqual([{ column: "B", year: 2024 }]);
  });

  it("数值（%）: the header's unit applies to rows that give none; guiding indicators meet or fall below", () => {
    const result = validateSheet(
      sheet([
        ["指标", "数值（%）"],
        ["清洁能源消费占比", 92], // 92 % ≥ 90 %: meets the reference
        ["工业用水重复利用率", 75], // 75 % < 80 %: below the reference, not a failure
        ["余热余压综合利用率", 50], // 50 % ≥ 50 %: meets (the bound is inclusive)
      ]),
    );
    expect(value(result, "clean_energy_share")).toBeCloseTo(0.92, 12);
    expect(status(result, "notice-guiding-clean-energy-90")).toBe("meets-reference");
    expect(status(result, "notice-guiding-water-reuse-80")).toBe("below-reference");
    expect(status(result, "notice-guiding-waste-heat-50")).toBe("meets-reference");
    expect(result.summary.checks.fail).toBe(0);
    expect(result.checks.find((c) => c.checkId === "notice-guiding-water-reuse-80")?.message.en).toContain(
      "guidance, not a pass/fail gate",
    );
  });

  it("a row's own unit wins over the header's, and the disagreement is a finding", () => {
    // Header says 万tCO2; row 3 says tCO2: 90,000 tCO2 (not 900 million).
    const result = validateSheet(
      sheet([
        ["指标", "单位", "数值（万tCO2）"],
        ["综合能源消费量", "tce", 500000],
        ["二氧化碳排放量", "tCO2", 90000],
      ]),
    );
    expect(value(result, "co2_emissions")).toBe(90000);
    const finding = result.issues.filter((i) => i.code === "unit-header-differs");
    expect(finding.map((i) => i.cell)).toEqual(["S!B2", "S!B3"]);
    // 90,000 / 500,000 = 0.18 ≤ 0.2.
    expect(status(result, "notice-unit-energy-carbon-200k-1m")).toBe("pass");
  });

  it("product energy use by grade: 二级 meets (at or better than grade 2), 三级 is below", () => {
    const two = validateSheet(
      sheet([
        ["指标", "数值"],
        ["产品单位能耗等级", "二级"],
      ]),
    );
    expect(value(two, "product_energy_grade")).toBe(2);
    expect(status(two, "notice-guiding-product-energy-grade-2")).toBe("meets-reference");
    const three = validateSheet(
      sheet([
        ["指标", "数值"],
        ["产品单位能耗等级", "3级"],
      ]),
    );
    expect(status(three, "notice-guiding-product-energy-grade-2")).toBe("below-reference");
  });
});

describe("several parks", () => {
  it("a park merged over its rows, and a blank park cell under a named one", () => {
    // A2:A3 merged "甲": 9 万tCO2 over 50 万tce → 0.18. Row 5's park cell is blank: it is 乙's.
    // 乙: 42 万tCO2 / 120 万tce = 0.35.
    const result = validateSheet(
      sheet(
        [
          ["园区", "指标", "数值", "单位"],
          ["甲", "综合能源消费量", 50, "万tce"],
          ["", "二氧化碳排放量", 9, "万tCO2"],
          ["乙", "综合能源消费量", 120, "万tce"],
          ["", "二氧化碳排放量", 42, "万tCO2"],
        ],
        { mergedAreas: ["A2:A3"] },
      ),
    );
    expect(result.parks.map((p) => p.park)).toEqual(["甲", "乙"]);
    expect(value(result.parks[0]!, "unit_energy_carbon_emissions")).toBeCloseTo(0.18, 12);
    expect(value(result.parks[1]!, "unit_energy_carbon_emissions")).toBeCloseTo(0.35, 12);
    expect(result.table?.parkColumn).toBe("A");
  });

  it("options.park picks the park the top-level fields describe; an unknown one lists the parks", () => {
    const values: RawCell[][] = [
      ["park", "indicator", "value", "unit"],
      ["P1", "energy consumption", 300000, "tce"],
      ["P2", "energy consumption", 400000, "tce"],
    ];
    expect(validateSheet(sheet(values)).park).toBe("P1");
    expect(validateSheet(sheet(values), { park: "P2" }).park).toBe("P2");
    expect(() => validateSheet(sheet(values), { park: "P3" })).toThrow(/"P1", "P2"/);
  });

  it("a wide table with a year column: one row per park and year, the latest year per park", () => {
    // P1 2024: 20,000 t / 200,000 tce = 0.1; P1 2023: 0.2 (not assessed). P2 only 2023: 0.3.
    const result = validateSheet(
      sheet([
        ["名称", "年份", "二氧化碳排放量（tCO2）", "综合能源消费量（tce）"],
        ["P1", 2023, 40000, 200000],
        ["P1", 2024, 20000, 200000],
        ["P2", 2023, 90000, 300000],
      ]),
    );
    expect(result.table?.layout).toBe("wide");
    const [p1, p2] = result.parks;
    expect(p1!.summary.assessedYear).toBe(2024);
    expect(value(p1!, "unit_energy_carbon_emissions")).toBeCloseTo(0.1, 12);
    expect(p2!.summary.assessedYear).toBe(2023);
    expect(value(p2!, "unit_energy_carbon_emissions")).toBeCloseTo(0.3, 12);
  });
});

describe("honest verdicts", () => {
  it("no recognised row: nothing to validate, no TEDI score", () => {
    const result = validateSheet(
      sheet([
        ["指标", "数值"],
        ["园区面积", 12],
      ]),
    );
    expect(result.summary.nothingToValidate).toBe(true);
    expect(result.tedi).toBeNull();
    expect(codes(result)).toContain("nothing-to-validate");
  });

  it("offset dependency over gross GHG emissions, else over CO2 emissions with a note", () => {
    // 5,000 t offsets / 100,000 tCO2 = 5 %.
    const co2Only = validateSheet(
      sheet([
        ["指标", "数值", "单位"],
        ["碳抵消量", 5000, "tCO2e"],
        ["二氧化碳排放量", 100000, "tCO2"],
      ]),
    );
    const reading = co2Only.readings.find((r) => r.indicatorId === "offset_dependency");
    expect(reading?.value).toBeCloseTo(0.05, 12);
    expect(reading?.formula?.en).toContain("the sheet gives no gross GHG emissions");
    // With gross emissions (125,000 tCO2e): 5,000 / 125,000 = 4 %, no note.
    const gross = validateSheet(
      sheet([
        ["指标", "数值", "单位"],
        ["碳抵消量", 5000, "tCO2e"],
        ["二氧化碳排放量", 100000, "tCO2"],
        ["温室气体排放总量", 125000, "tCO2e"],
      ]),
    );
    const withGross = gross.readings.find((r) => r.indicatorId === "offset_dependency");
    expect(withGross?.value).toBeCloseTo(0.04, 12);
    expect(withGross?.formula?.en).not.toContain("no gross");
  });
});

describe("odd numbers, dates and hostile sizes", () => {
  it('"(-5)" is not read as +5: it is text', () => {
    expect(parseCell("(-5)").kind).toBe("text");
    expect(parseCell("(5)")).toMatchObject({ kind: "number", value: -5 });
  });

  it("years 20000-99999 in a Year column formatted as numbers are not taken as dates", () => {
    const values: RawCell[][] = [
      ["指标", "数值", "单位", "年份"],
      ["综合能源消费量", 500000, "tce", 20240],
    ];
    const general = validateSheet(
      sheet(values, { numberFormats: [["General"], ["General", "General", "General", "General"]] }),
    );
    expect(codes(general)).toContain("year-invalid");
    expect(general.summary.assessedYear).toBeNull();
    // The same number in a date-formatted cell is a date: serial 20240 is 1955-05-30.
    const dated = validateSheet(
      sheet(values, { numberFormats: [["General"], ["General", "General", "General", "yyyy-mm-dd"]] }),
    );
    expect(dated.summary.assessedYear).toBe(1955);
    expect(codes(dated)).toContain("year-date-serial");
  });

  it("a date-formatted value cell is an error naming the cell", () => {
    const result = validateSheet(
      sheet(
        [
          ["指标", "数值", "单位"],
          ["二氧化碳排放量", 45352, "tCO2"],
        ],
        {
          numberFormats: [["General"], ["General", "yyyy/m/d", "General"]],
        },
      ),
    );
    const issue = result.issues.find((i) => i.code === "date-value");
    expect(issue).toMatchObject({ severity: "error", cell: "S!B2" });
    expect(issue?.message.en).toContain("2024-03-01");
  });

  it("date formats are told from number formats", () => {
    for (const format of ["yyyy-mm-dd", "m/d/yy", "[$-409]mmm-yy", "yyyy年m月d日", "h:mm", "[h]:mm:ss"])
      expect(isDateFormat(format)).toBe(true);
    for (const format of [
      "General",
      "0.00",
      "#,##0",
      "0%",
      '0.0 "tons"',
      "0.00E+00",
      "@",
      "#,##0_);[Red](#,##0)",
    ])
      expect(isDateFormat(format)).toBe(false);
  });

  it("200,000 rows of unknown labels: no stack overflow, every row reported, nothing to validate", () => {
    const values: RawCell[][] = [["指标", "数值"]];
    for (let i = 0; i < 200_000; i++) values.push([`未知指标${i}`, i]);
    const result = validateSheet(sheet(values));
    expect(result.issues.filter((i) => i.code === "unknown-indicator")).toHaveLength(200_000);
    expect(result.summary.nothingToValidate).toBe(true);
  });

  it("a sparse block (rowNumbers) names the sheet's real rows; a far stray cell costs one cell", () => {
    // Rows 1, 2, 3 and 1,048,576 hold data; the last row's only cell is XFD1048576.
    const far: RawCell[] = [];
    far[16383] = "x";
    const result = validateSheet(
      sheet(
        [["指标", "数值", "单位"], ["综合能源消费量", 500000, "tce"], ["二氧化碳排放量", 90000, "tCO2"], far],
        { rowNumbers: [1, 2, 3, 1_048_576] },
      ),
    );
    expect(result.readings.find((r) => r.indicatorId === "co2_emissions")?.cell).toBe("S!B3");
    expect(value(result, "unit_energy_carbon_emissions")).toBeCloseTo(0.18, 12);
    expect(result.summary.rowsScanned).toBe(4);
  });
});
