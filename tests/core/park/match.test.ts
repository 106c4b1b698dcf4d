// Indicator matching (shared/spec/emission-sheet.md step 2): normalised, never guessing.
import {
  createIndicatorMatcher,
  INDICATORS,
  matchIndicator,
  normalizeLabel,
  splitTrailingUnit,
  type IndicatorMatch,
} from "../../../src/core/park";

const matchedId = (match: IndicatorMatch): string | undefined =>
  match.status === "matched" ? match.indicator.id : undefined;

describe("normalizeLabel / splitTrailingUnit", () => {
  it("folds full-width characters, case, spaces, underscores and quotes", () => {
    expect(normalizeLabel("  Scope 3  Coverage ")).toBe("scope3coverage");
    expect(normalizeLabel("scope3_coverage")).toBe("scope3coverage");
    expect(normalizeLabel("ＣＯ₂排放量")).toBe("co2排放量");
    expect(normalizeLabel("“两高”行业")).toBe(normalizeLabel('"两高"行业'));
  });

  it("splits a trailing unit in full-width or ASCII brackets, or after a slash", () => {
    expect(splitTrailingUnit("碳排放总量（tCO2e）")).toEqual({ name: "碳排放总量", unitText: "tCO2e" });
    expect(splitTrailingUnit("Gross emissions [ktCO2]")).toEqual({
      name: "Gross emissions",
      unitText: "ktCO2",
    });
    expect(splitTrailingUnit("绿电制氢耦合度 /％")).toEqual({ name: "绿电制氢耦合度", unitText: "%" });
    expect(splitTrailingUnit("碳排放总量")).toEqual({ name: "碳排放总量" });
  });
});

describe("matchIndicator", () => {
  it.each([
    ["renewable_energy_share", "renewable_energy_share"],
    ["可再生能源使用比例", "renewable_energy_share"],
    ["Renewable energy use share", "renewable_energy_share"],
    ["RENEWABLE ENERGY USE SHARE", "renewable_energy_share"],
    ["范围3核算覆盖率", "scope3_coverage"],
    ["Scope 3 coverage", "scope3_coverage"],
    ["范围三核算覆盖率", "scope3_coverage"],
    ["碳抵消依赖度", "offset_dependency"],
    ["低碳 / 零碳宣传", "low_carbon_publicity"],
    ["综合能耗", "energy_consumption"],
    ["“两高”行业能效达到标杆水平的产能比例", "energy_intensive_capacity_at_benchmark"],
    ['"两高"行业能效达到标杆水平的产能比例', "energy_intensive_capacity_at_benchmark"],
    ["企业直接采购可再生电力的比例（如风光电站直供或购电协议）", "direct_renewable_power_share"],
  ])("matches %s exactly", (label, id) => {
    const match = matchIndicator(label);
    expect(matchedId(match)).toBe(id);
    expect(match).toMatchObject({ via: "exact" });
  });

  it("folds full-width brackets and returns the unit found in them as a hint", () => {
    expect(matchIndicator("碳排放总量（tCO2e）")).toMatchObject({
      status: "matched",
      indicator: { id: "gross_emissions" },
      unitHint: "tCO2e",
    });
    expect(matchIndicator("用电量 (万kWh)")).toMatchObject({
      indicator: { id: "electricity_consumption" },
      unitHint: "万kWh",
    });
    expect(matchIndicator("工业增加值（亿元）")).toMatchObject({
      indicator: { id: "industrial_value_added" },
      unitHint: "亿元",
    });
    expect(matchIndicator("绿电制氢耦合度/％")).toMatchObject({
      indicator: { id: "green_power_hydrogen_coupling" },
      unitHint: "%",
    });
  });

  it("gives no unit hint for a bracketed remark that is not a unit", () => {
    const match = matchIndicator("可再生能源使用比例（国内口径）");
    expect(matchedId(match)).toBe("renewable_energy_share");
    expect(match.unitHint).toBeUndefined();
  });

  it("reports an intended ambiguity instead of choosing between the domestic and the CBAM share", () => {
    const match = matchIndicator("绿电占比（%）");
    expect(match.status).toBe("ambiguous");
    if (match.status !== "ambiguous") return;
    expect(match.candidates.map((c) => c.id).sort()).toEqual([
      "direct_renewable_power_share",
      "renewable_energy_share",
    ]);
    expect(match.unitHint).toBe("%");
  });

  it("matches a catalog name surrounded only by qualifier words (conservative containment)", () => {
    expect(matchIndicator("2024年园区可再生能源使用比例")).toMatchObject({
      status: "matched",
      indicator: { id: "renewable_energy_share" },
      via: "containment",
    });
    expect(matchedId(matchIndicator("范围1排放量合计"))).toBe("scope1_emissions");
    expect(matchedId(matchIndicator("Annual energy consumption"))).toBe("energy_consumption");
  });

  it("does not match a name merely containing another name", () => {
    // "能源消费量" (energy consumption) inside "可再生能源消费量" must not be taken for it.
    expect(matchIndicator("可再生能源消费量").status).toBe("unknown");
    expect(matchIndicator("碳排放").status).toBe("unknown");
  });

  it("reports unknown and empty labels as unknown", () => {
    expect(matchIndicator("foo bar").status).toBe("unknown");
    expect(matchIndicator("   ").status).toBe("unknown");
    expect(matchIndicator("（tCO2e）")).toMatchObject({ status: "unknown" });
  });

  it("reports containment ambiguity when qualifiers surround names of two indicators", () => {
    const a = INDICATORS.find((i) => i.id === "scope1_emissions");
    const b = INDICATORS.find((i) => i.id === "scope2_emissions");
    if (!a || !b) throw new Error("catalog changed");
    const matcher = createIndicatorMatcher([
      { ...a, aliases: ["排放量"] },
      { ...b, aliases: ["排放"] },
    ]);
    // "园区排放量合计" contains "排放量" (a, suffix 合计) and "排放" (b, suffix 量合计 is not a qualifier).
    expect(matchedId(matcher("园区排放量合计"))).toBe("scope1_emissions");
    expect(matcher("园区排放").status).toBe("matched");
    const twin = createIndicatorMatcher([
      { ...a, aliases: ["排放"] },
      { ...b, aliases: ["排放"] },
    ]);
    expect(twin("排放")).toMatchObject({ status: "ambiguous" });
    expect(twin("园区排放")).toMatchObject({ status: "ambiguous" });
  });

  it("matches every id, name and alias of the catalog to its own indicator", () => {
    for (const indicator of INDICATORS) {
      for (const name of [indicator.id, indicator.name.zh, indicator.name.en, ...indicator.aliases]) {
        expect([name, matchedId(matchIndicator(name))]).toEqual([name, indicator.id]);
      }
    }
  });
});
