// Unit conversion to canonical units (shared/spec/emission-sheet.md step 3).
import fc from "fast-check";
import {
  convertToCanonical,
  indicatorById,
  isKnownUnit,
  normalizeUnit,
  parseFlagText,
  type IndicatorDefinition,
} from "../../../src/core/park";

const ind = (id: string): IndicatorDefinition => {
  const indicator = indicatorById(id);
  if (!indicator) throw new Error(`no indicator ${id}`);
  return indicator;
};

const converted = (id: string, value: number, unit: string): number => {
  const result = convertToCanonical(ind(id), value, unit);
  if (!result.ok) throw new Error(result.reason.en);
  return result.value;
};

describe("normalizeUnit", () => {
  it("folds case, spaces, full-width characters, subscripts and a trailing per-year", () => {
    expect(normalizeUnit(" t CO₂e ")).toBe("tco2e");
    expect(normalizeUnit("％")).toBe("%");
    expect(normalizeUnit("万tCO2/年")).toBe("万tco2");
    expect(normalizeUnit("tCO2/yr")).toBe("tco2");
    expect(normalizeUnit("（tCO2e）")).toBe("tco2e");
  });
});

describe("convertToCanonical", () => {
  it.each([
    ["gross_emissions", 1.5, "万tCO2", 15_000],
    ["gross_emissions", 2, "万吨二氧化碳", 20_000],
    ["gross_emissions", 3, "ktCO2", 3_000],
    ["gross_emissions", 7, "tCO2e", 7],
    ["gross_emissions", 7, "tCO₂", 7],
    ["offsets_retired", 500, "kgCO2e", 0.5],
    ["energy_consumption", 25, "万tce", 250_000],
    ["energy_consumption", 25, "万吨标准煤", 250_000],
    ["electricity_consumption", 1, "万kWh", 10],
    ["electricity_consumption", 1, "GWh", 1_000],
    ["electricity_consumption", 1_000, "kWh", 1],
    ["electricity_consumption", 2, "MWh", 2],
    ["industrial_value_added", 1, "亿元", 10_000],
    ["industrial_value_added", 50_000, "元", 5],
    ["renewable_energy_share", 12, "%", 0.12],
    ["renewable_energy_share", 12, "％", 0.12],
    ["renewable_energy_share", 0.12, "fraction", 0.12],
    ["carbon_intensity_value_added", 0.5, "kgCO2/元", 5],
    ["ccus_stored", 1.2, "万tCO2/年", 12_000],
    ["hydrogen_green", 500, "kg", 0.5],
  ])("%s: %d %s → %d", (id, value, unit, expected) => {
    expect(converted(id, value, unit)).toBe(expected);
  });

  it("reads a share without a unit as a percentage above 1 and as a fraction up to 1", () => {
    expect(converted("renewable_energy_share", 12, "")).toBe(0.12);
    expect(converted("renewable_energy_share", 0.12, "")).toBe(0.12);
    expect(converted("renewable_energy_share", 1, "")).toBe(1);
  });

  it("takes flags and counts without a unit as given", () => {
    expect(converted("embodied_carbon_disclosure", 1, "")).toBe(1);
    expect(converted("low_carbon_patents", 14, "")).toBe(14);
    expect(converted("low_carbon_patents", 14, "件/年")).toBe(14);
  });

  it("rejects a quantity without a unit", () => {
    const result = convertToCanonical(ind("gross_emissions"), 1.2, " ");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toMatch(/unit is missing/);
  });

  it("rejects an unknown unit, naming it in both languages", () => {
    const result = convertToCanonical(ind("gross_emissions"), 1, "MWh");
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(result.reason.en).toContain('"MWh"');
      expect(result.reason.zh).toContain("MWh");
    }
    expect(convertToCanonical(ind("new_energy_storage_capacity"), 5, "MW").ok).toBe(false);
  });

  it("rejects non-finite values", () => {
    expect(convertToCanonical(ind("gross_emissions"), Number.NaN, "tCO2e").ok).toBe(false);
  });

  it("is linear: converting a × v in 万tCO2 equals 10,000 × a × v in tCO2e (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        expect(converted("gross_emissions", n, "万tCO2")).toBe(n * 10_000);
      }),
    );
  });
});

describe("isKnownUnit / parseFlagText", () => {
  it("recognises units of any family", () => {
    expect(isKnownUnit("tCO2e")).toBe(true);
    expect(isKnownUnit("万元")).toBe(true);
    expect(isKnownUnit("国内口径")).toBe(false);
    expect(isKnownUnit("")).toBe(false);
  });

  it("reads yes/no cells", () => {
    expect(parseFlagText("是")).toBe(1);
    expect(parseFlagText(" Yes ")).toBe(1);
    expect(parseFlagText("否")).toBe(0);
    expect(parseFlagText("maybe")).toBeNull();
  });
});
