import { type RawCell, type SheetIssue, type ValidationResult, validateSheet } from "../../../src/core/sheet";
import { HEADER, deepFreeze, table } from "./sheetFixtures";

const issues = (result: ValidationResult, code: SheetIssue["code"]): SheetIssue[] =>
  result.issues.filter((i) => i.code === code);
const checkStatus = (result: ValidationResult, id: string) =>
  result.checks.find((c) => c.checkId === id)?.status;
const readingOf = (result: ValidationResult, id: string) => result.readings.find((r) => r.indicatorId === id);

describe("bad input: each gets a clear result naming the cell", () => {
  it("empty sheet", () => {
    for (const values of [
      [],
      [
        ["", ""],
        ["", ""],
      ],
    ]) {
      const result = validateSheet({ sheetName: "Sheet1", values });
      expect(result.table).toBeNull();
      expect(result.checks).toEqual([]);
      expect(issues(result, "empty-sheet")).toEqual([
        expect.objectContaining({ severity: "error", cell: "Sheet1!A1" }),
      ]);
    }
  });

  it("a sheet without a recognisable header", () => {
    const result = validateSheet({
      sheetName: "Data",
      values: [
        ["foo", "bar"],
        [1, 2],
      ],
      origin: "C5",
    });
    expect(issues(result, "no-header")[0]).toMatchObject({ severity: "error", cell: "Data!C5" });
    expect(issues(result, "no-header")[0]!.message.zh).toContain("指标");
  });

  it("header only", () => {
    const result = validateSheet(table([]));
    expect(issues(result, "header-only")).toEqual([
      expect.objectContaining({ severity: "error", cell: "Sheet1!A1" }),
    ]);
  });

  it("two header rows: a stacked second header is skipped, rows below read with its columns", () => {
    const result = validateSheet(
      table([
        ["Indicator", "Value", "Unit", "Year"],
        ["综合能源消费量", 350000, "tce", 2024],
        [],
        ["单位", "指标", "数值", "年份"],
        ["tCO2", "二氧化碳排放量", 70000, 2024],
      ]),
    );
    expect(issues(result, "repeated-header").map((i) => i.cell)).toEqual(["Sheet1!A2", "Sheet1!A5"]);
    expect(readingOf(result, "energy_consumption")?.value).toBe(350000);
    expect(readingOf(result, "co2_emissions")).toMatchObject({ value: 70000, cell: "Sheet1!C6" });
    // 70,000 / 350,000 = 0.2: at the limit, which passes (≤ 0.2)
    expect(checkStatus(result, "notice-unit-energy-carbon-200k-1m")).toBe("pass");
  });

  it("a data row whose label and note are header words is still data, and the rows below are read", () => {
    const result = validateSheet(
      table([
        ["Unknown indicator 3", 12, "t", 2024, "CO2 emissions"],
        ["综合能源消费量", 350000, "tce", 2024],
        ["二氧化碳排放量", 70000, "tCO2", 2024],
      ]),
    );
    expect(issues(result, "repeated-header")).toEqual([]);
    expect(readingOf(result, "energy_consumption")).toMatchObject({ value: 350000, cell: "Sheet1!B3" });
    expect(readingOf(result, "co2_emissions")).toMatchObject({ value: 70000, cell: "Sheet1!B4" });
  });

  it("indicator listed twice with different values: a conflict naming both cells, no value picked", () => {
    const result = validateSheet(
      table([
        ["综合能源消费量", 350000, "tce", 2024],
        ["二氧化碳排放量", 70000, "tCO2", 2024],
        ["CO2 emissions", 90000, "tCO2", 2024],
      ]),
    );
    const [conflict] = issues(result, "conflict");
    expect(conflict).toMatchObject({
      severity: "error",
      cell: "Sheet1!B3",
      otherCells: ["Sheet1!B4"],
      indicatorId: "co2_emissions",
    });
    expect(conflict!.message.en).toContain("Sheet1!B3");
    expect(conflict!.message.en).toContain("Sheet1!B4");
    expect(readingOf(result, "co2_emissions")).toBeUndefined();
    expect(checkStatus(result, "notice-unit-energy-carbon-200k-1m")).toBe("error");
  });

  it("the same value listed twice is a duplicate, not a conflict", () => {
    const result = validateSheet(
      table([
        ["用电量", 100, "MWh"],
        ["电力消费量", "100", "MWh"],
      ]),
    );
    expect(issues(result, "conflict")).toEqual([]);
    expect(issues(result, "duplicate")[0]).toMatchObject({
      severity: "warning",
      cell: "Sheet1!B2",
      otherCells: ["Sheet1!B3"],
    });
    expect(readingOf(result, "electricity_consumption")?.value).toBe(100);
  });

  it("negative emissions", () => {
    const result = validateSheet(
      table([
        ["综合能源消费量", 350000, "tce"],
        ["二氧化碳排放量", -5000, "tCO2"],
      ]),
    );
    expect(issues(result, "negative-value")[0]).toMatchObject({ severity: "error", cell: "Sheet1!B3" });
    expect(checkStatus(result, "notice-unit-energy-carbon-200k-1m")).toBe("error");
    expect(result.checks.find((c) => c.checkId === "notice-unit-energy-carbon-200k-1m")?.cell).toBe(
      "Sheet1!B3",
    );
  });

  it("share over 100 %", () => {
    const result = validateSheet(
      table([
        ["显性碳价覆盖度", "120%", ""],
        ["绿化覆盖率", 130, "%"],
      ]),
    );
    expect(issues(result, "share-over-100").map((i) => i.cell)).toEqual(["Sheet1!B2", "Sheet1!B3"]);
    expect(checkStatus(result, "cbam-explicit-carbon-price")).toBe("error");
  });

  it("a derived share over 100 % (direct green power above consumption) is an error on both cells", () => {
    const result = validateSheet(
      table([
        ["用电量", 100, "MWh"],
        ["直连绿电电量", 150, "MWh"],
      ]),
    );
    const check = result.checks.find((c) => c.checkId === "cbam-direct-green-power");
    expect(check?.status).toBe("error");
    expect(check?.message.en).toMatch(/more than 100%/);
  });

  it("text in value cells", () => {
    const result = validateSheet(table([["碳抵消量", "约一万吨", "tCO2e"]]));
    expect(issues(result, "text-value")[0]).toMatchObject({ severity: "error", cell: "Sheet1!B2" });
    expect(issues(result, "text-value")[0]!.message.en).toContain("约一万吨");
  });

  it("Excel error values", () => {
    const result = validateSheet(
      table([
        ["综合能源消费量", "#N/A", "tce"],
        ["二氧化碳排放量", "#DIV/0!", "tCO2"],
      ]),
    );
    const errors = issues(result, "excel-error");
    expect(errors.map((i) => i.cell)).toEqual(["Sheet1!B2", "Sheet1!B3"]);
    expect(errors[0]!.message.en).toContain("#N/A");
    expect(errors[1]!.message.zh).toContain("#DIV/0!");
    // the band cannot be chosen when energy use is unusable
    expect(checkStatus(result, "notice-unit-energy-carbon-200k-1m")).toBe("error");
  });

  it("dates as serial numbers in the Year column: 45292 is 2024-01-01", () => {
    const result = validateSheet(table([["用电量", 100, "MWh", 45292]]));
    const [serial] = issues(result, "year-date-serial");
    expect(serial).toMatchObject({ severity: "warning", cell: "Sheet1!D2" });
    expect(serial!.message.en).toContain("2024-01-01");
    expect(readingOf(result, "electricity_consumption")?.year).toBe(2024);
  });

  it("an unknown unit is an error on that row, naming the unit cell", () => {
    const result = validateSheet(table([["用电量", 100, "furlongs"]]));
    expect(issues(result, "unknown-unit")[0]).toMatchObject({ severity: "error", cell: "Sheet1!C2" });
    expect(issues(result, "unknown-unit")[0]!.message.en).toContain("furlongs");
  });

  it("an ambiguous name is reported with its candidates, not resolved", () => {
    const result = validateSheet(table([["绿电占比", 30, "%"]]));
    const [ambiguous] = issues(result, "ambiguous-indicator");
    expect(ambiguous).toMatchObject({ severity: "error", cell: "Sheet1!A2" });
    expect(ambiguous!.message.en).toContain("renewable_energy_share");
    expect(ambiguous!.message.en).toContain("direct_renewable_power_share");
    expect(readingOf(result, "renewable_energy_share")).toBeUndefined();
  });

  it("unknown names with a value are reported; headings and notes are not", () => {
    const result = validateSheet(
      table([
        ["一、能源", "", ""],
        ["食堂用餐人数", 300, "人"],
        ["注：数据为示意", "", ""],
        ["", 5, "t"],
      ]),
    );
    expect(issues(result, "unknown-indicator").map((i) => i.cell)).toEqual(["Sheet1!A3"]);
    expect(issues(result, "blank-label").map((i) => i.cell)).toEqual(["Sheet1!A5"]);
  });

  it("50 columns: the table's columns are found, a second value column is noted", () => {
    const header = Array.from({ length: 50 }, (_, i) => `Col ${i}`);
    header[3] = "指标";
    header[7] = "数值";
    header[8] = "单位";
    header[30] = "Value";
    const row: RawCell[] = Array.from({ length: 50 }, (_, i) => i);
    row[3] = "用电量";
    row[7] = 250;
    row[8] = "万kWh";
    const result = validateSheet({ sheetName: "Wide", values: [header, row] });
    expect(result.table).toMatchObject({ labelColumn: "D", valueColumn: "H", unitColumn: "I" });
    expect(readingOf(result, "electricity_consumption")).toMatchObject({ value: 2500, cell: "Wide!H2" }); // 250 万kWh = 2,500 MWh
    expect(issues(result, "extra-column")[0]).toMatchObject({ severity: "info", cell: "Wide!AE1" });
  });

  it("cells with formulas: the values are used and the formulas noted", () => {
    const values = [
      HEADER,
      ["范围1排放", 100, "tCO2e"],
      ["范围2排放", 50, "tCO2e"],
      ["碳排放总量", 150, "tCO2e"],
    ];
    const formulas = [
      HEADER,
      ["范围1排放", 100, "tCO2e"],
      ["范围2排放", "=40+10", "tCO2e"],
      ["碳排放总量", "=B2+B3", "tCO2e"],
    ];
    const result = validateSheet({ sheetName: "Sheet1", values, formulas });
    const [note] = issues(result, "formula-cells");
    expect(note).toMatchObject({ severity: "info", cell: "Sheet1!B3", otherCells: ["Sheet1!B4"] });
    expect(readingOf(result, "gross_emissions")).toMatchObject({
      value: 150,
      fromFormula: true,
      origin: "reported",
    });
  });

  it("hidden rows are validated and used, but flagged", () => {
    const result = validateSheet(
      table(
        [
          ["用电量", 100, "MWh"],
          ["直连绿电电量", 20, "MWh"],
        ],
        { hiddenRows: [false, false, true] },
      ),
    );
    expect(issues(result, "hidden-row")).toEqual([
      expect.objectContaining({ severity: "warning", cell: "Sheet1!B3" }),
    ]);
    expect(readingOf(result, "renewable_electricity_direct")?.hiddenRow).toBe(true);
    expect(readingOf(result, "direct_renewable_power_share")).toMatchObject({ value: 0.2, hiddenRow: true }); // 20 / 100
  });

  it("a sheet name with quotes and Chinese characters, and a table starting at B3", () => {
    const result = validateSheet({
      sheetName: "Park 'A' 排放",
      origin: "B3",
      values: [HEADER, ["碳抵消量", "#N/A", "tCO2e"]],
    });
    expect(result.table?.headerCell).toBe("'Park ''A'' 排放'!B3");
    expect(issues(result, "excel-error")[0]!.cell).toBe("'Park ''A'' 排放'!C4");
  });

  it("several years: the latest is assessed unless another is asked for", () => {
    const rows = [
      ["用电量", 100, "MWh", 2023],
      ["用电量", 120, "MWh", 2024],
    ];
    const latest = validateSheet(table(rows));
    expect(latest.summary.assessedYear).toBe(2024);
    expect(readingOf(latest, "electricity_consumption")?.value).toBe(120);
    expect(issues(latest, "other-year")[0]).toMatchObject({ severity: "info", cell: "Sheet1!B2" });
    expect(issues(latest, "conflict")).toEqual([]);
    expect(readingOf(validateSheet(table(rows), { year: 2023 }), "electricity_consumption")?.value).toBe(100);
  });

  it("a Scope table is summed per scope (41,000 + 21,000 = 62,000; 4.3 万 + 5,000 = 48,000)", () => {
    const result = validateSheet({
      sheetName: "S",
      values: [
        ["范围 Scope", "排放源 Source", "排放量 Emissions", "单位 Unit"],
        ["范围1", "锅炉", 41000, "tCO2e"],
        ["范围1", "工艺", 21000, "tCO2e"],
        ["范围2", "外购电力", 4.3, "万tCO2e"],
        ["范围2", "外购热力", 5000, "tCO2e"],
      ],
    });
    expect(readingOf(result, "scope1_emissions")).toMatchObject({
      value: 62000,
      origin: "scope-sum",
      cells: ["S!C2", "S!C3"],
    });
    expect(readingOf(result, "scope2_emissions")?.value).toBe(48000);
    expect(readingOf(result, "gross_emissions")).toMatchObject({ value: 110000, origin: "derived" });
  });

  it("a percent-formatted cell (Excel stores 12 % as 0.12) is read as a fraction when number formats are given", () => {
    const values = table([["绿化覆盖率", 0.12, "%"]]).values;
    const hinted = validateSheet({ sheetName: "Sheet1", values });
    expect(issues(hinted, "percent-format-hint")[0]?.cell).toBe("Sheet1!B2");
    const formatted = validateSheet({
      sheetName: "Sheet1",
      values,
      numberFormats: [[], ["General", "0%", "General"]],
    });
    expect(readingOf(formatted, "green_coverage_rate")?.value).toBeCloseTo(0.12, 12);
    expect(issues(formatted, "percent-format-hint")).toEqual([]);
  });

  it("a reported value that disagrees with the derived one is flagged, the reported value kept", () => {
    const result = validateSheet(
      table([
        ["范围1排放", 100, "tCO2e"],
        ["范围2排放", 50, "tCO2e"],
        ["碳排放总量", 200, "tCO2e"],
      ]),
    );
    expect(issues(result, "derived-differs")[0]).toMatchObject({ severity: "warning", cell: "Sheet1!B4" });
    expect(readingOf(result, "gross_emissions")?.value).toBe(200);
  });

  it("division by zero in a derived value is an error, not Infinity", () => {
    const result = validateSheet(
      table([
        ["综合能源消费量", 0, "tce"],
        ["二氧化碳排放量", 100, "tCO2"],
      ]),
    );
    // 0 tce is below the 200,000 tce band, so the notice does not apply; the derived value is refused
    expect(readingOf(result, "unit_energy_carbon_emissions")).toBeUndefined();
    expect(result.unusable.find((u) => u.indicatorId === "unit_energy_carbon_emissions")?.reason.en).toMatch(
      /division by zero/,
    );
  });

  it("never mutates the input arrays", () => {
    const values = deepFreeze([HEADER, ["用电量", "1,000", "MWh", 45292], ["碳抵消量", -1, "tCO2e", 2024]]);
    const before = JSON.stringify(values);
    expect(() =>
      validateSheet({ sheetName: "Sheet1", values, hiddenRows: Object.freeze([false, true, false]) }),
    ).not.toThrow();
    expect(JSON.stringify(values)).toBe(before);
  });

  it("rejects unknown profiles and an out-of-range relaxation up front", () => {
    expect(() => validateSheet(table([]), { profiles: ["nope"] })).toThrow(/Unknown profile "nope"/);
    expect(() => validateSheet(table([]), { transitionRelaxation: 0.5 })).toThrow(/between 0.2 and 0.3/);
  });

  it("a transition relaxation of 20 % raises the Jiangsu limits: 0.1 → 0.12", () => {
    const result = validateSheet(
      table([
        ["碳排放总量", 110000, "tCO2e"],
        ["工业增加值", 50, "亿元"],
      ]),
      {
        profiles: ["jiangsu-intensity"],
        transitionRelaxation: 0.2,
      },
    );
    expect(result.checks.map((c) => c.limit)).toEqual([0.12, 0.72]);
  });
});
