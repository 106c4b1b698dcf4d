// The indicator catalog: Table 3 frequencies, Table 5 TEDI placement, inventory quantities
// (shared/spec/park-standards.md sections 2-3, shared/spec/emission-sheet.md).
import {
  HIGH_FREQUENCY_INDICATORS,
  INDICATORS,
  TEDI_CORE_INDICATORS,
  indicatorById,
} from "../../../src/core/park";

describe("INDICATORS", () => {
  it("has the ten high-frequency indicators of Table 3 with their counts, most used first", () => {
    expect(HIGH_FREQUENCY_INDICATORS.map((i) => [i.id, i.frequencyAmong22?.count])).toEqual([
      ["renewable_energy_share", 17],
      ["carbon_management_platform", 15],
      ["green_coverage_rate", 14],
      ["new_energy_vehicle_share", 13],
      ["industrial_solid_waste_utilisation", 13],
      ["low_carbon_publicity", 12],
      ["green_building_share", 11],
      ["ghg_management_system", 11],
      ["industrial_water_reuse", 11],
      ["enterprise_ghg_inventory_share", 9],
    ]);
  });

  it("has the 27 low-frequency indicators of Table 3, each used once", () => {
    const low = INDICATORS.filter((i) => i.frequencyAmong22?.band === "low");
    expect(low).toHaveLength(27);
    expect(low.every((i) => i.frequencyAmong22?.count === 1)).toBe(true);
    const zh = low.map((i) => i.name.zh);
    expect(zh).toEqual(expect.arrayContaining(["碳捕集利用与封存规模", "“绿电直供”电量", "全绿电企业"]));
  });

  it("has the twelve TEDI core indicators of Table 5 in the paper's subsystems", () => {
    expect(Object.fromEntries(TEDI_CORE_INDICATORS.map((i) => [i.id, i.tedi?.subsystem]))).toEqual({
      direct_renewable_power_share: "E",
      scope3_coverage: "D",
      explicit_carbon_price_coverage: "E",
      embodied_carbon_disclosure: "D",
      carbon_intensity_value_added: "D",
      green_hydrogen_substitution: "T",
      offset_dependency: "I",
      ccus_stored: "T",
      green_power_hydrogen_coupling: "T",
      carbon_label_enterprise_share: "I",
      cbam_risk_reserve: "I",
      low_carbon_patents: "T",
    });
  });

  it("marks only the embodied-carbon placement as the project's choice", () => {
    const choices = TEDI_CORE_INDICATORS.filter((i) => i.tedi?.placementIsProjectChoice).map((i) => i.id);
    expect(choices).toEqual(["embodied_carbon_disclosure"]);
    expect(indicatorById("embodied_carbon_disclosure")).toMatchObject({
      kind: "flag",
      direction: "presence",
    });
  });

  it.each([
    ["carbon_intensity_value_added", "intensity", "tCO2/万元"],
    ["ccus_stored", "quantity", "tCO2"],
    ["cbam_risk_reserve", "money", "万元"],
    ["low_carbon_patents", "count", "count"],
    ["offset_dependency", "share", "fraction"],
    ["gross_emissions", "quantity", "tCO2e"],
    ["scope1_emissions", "quantity", "tCO2e"],
    ["scope2_emissions", "quantity", "tCO2e"],
    ["scope3_emissions", "quantity", "tCO2e"],
    ["co2_emissions", "quantity", "tCO2"],
    ["energy_consumption", "quantity", "tce"],
    ["industrial_value_added", "money", "万元"],
    ["offsets_retired", "quantity", "tCO2e"],
    ["electricity_consumption", "quantity", "MWh"],
    ["renewable_electricity_total", "quantity", "MWh"],
    ["renewable_electricity_direct", "quantity", "MWh"],
    ["green_certificates", "quantity", "MWh"],
    ["hydrogen_produced", "quantity", "t"],
    ["hydrogen_green", "quantity", "t"],
    ["unit_energy_carbon_emissions", "intensity", "tCO2/tce"],
  ])("%s is a %s in %s", (id, kind, canonicalUnit) => {
    expect(indicatorById(id)).toMatchObject({ kind, canonicalUnit });
  });

  it("gives every entry a source, and inventory quantities say what they derive", () => {
    for (const indicator of INDICATORS) expect(indicator.source.trim()).not.toBe("");
    expect(indicatorById("offsets_retired")?.source).toMatch(
      /inventory quantity used to derive offset dependency/,
    );
  });

  it("distinguishes the domestic and the CBAM renewable lens", () => {
    expect(indicatorById("renewable_energy_share")?.note?.en).toMatch(/certificates count/);
    expect(indicatorById("direct_renewable_power_share")?.note?.en).toMatch(/certificates do not/);
  });
});
