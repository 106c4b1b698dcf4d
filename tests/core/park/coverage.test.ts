// 22-standard comparison helper and the section 4.1 facts (shared/spec/park-standards.md).
import { EVALUATION_METHODS, STANDARDS_FACTS, standardsCoverage } from "../../../src/core/park";

describe("standardsCoverage", () => {
  it("lists present and missing high-frequency indicators with their counts", () => {
    const coverage = standardsCoverage(["renewable_energy_share", "green_coverage_rate", "gross_emissions"]);
    expect(coverage.highFrequency).toHaveLength(10);
    expect(coverage.highFrequencyPresent).toBe(2);
    expect(coverage.highFrequencyMissing).toHaveLength(8);
    expect(coverage.highFrequency.find((e) => e.indicator.id === "renewable_energy_share")).toMatchObject({
      count: 17,
      present: true,
    });
    expect(coverage.highFrequencyMissing.map((e) => e.count)).toEqual([15, 13, 13, 12, 11, 11, 11, 9]);
  });

  it("reports which substantive indicators the sheet has", () => {
    const coverage = standardsCoverage(new Set(["renewable_electricity_direct", "ccus_scale"]));
    const byKey = Object.fromEntries(coverage.substantive.map((s) => [s.group.key, s]));
    expect(byKey["direct-green-power"]).toMatchObject({
      present: true,
      presentIds: ["renewable_electricity_direct"],
    });
    expect(byKey["ccus"]).toMatchObject({ present: true, presentIds: ["ccus_scale"] });
    expect(byKey["scope3"]).toMatchObject({ present: false, presentIds: [] });
    expect(byKey["scope3"]?.group.among22.en).toMatch(/not a focus of any/i);
    expect(coverage.lowFrequencyPresent.map((i) => i.id)).toEqual(["ccus_scale"]);
  });

  it("reports ids that are not in the catalog instead of dropping them", () => {
    expect(standardsCoverage(["no_such_indicator", "no_such_indicator"]).unknownIds).toEqual([
      "no_such_indicator",
    ]);
  });
});

describe("section 4.1 facts", () => {
  it("counts evaluation methods 3 + 6 + 13 = 22, with no per-standard mapping", () => {
    expect(EVALUATION_METHODS.map((m) => [m.key, m.standards])).toEqual([
      ["weighted-scoring", 3],
      ["indicator-reference", 6],
      ["grade-division", 13],
    ]);
    expect(EVALUATION_METHODS.every((m) => !("standardCodes" in m))).toBe(true);
  });

  it("records the Scope 3 notes on DB35/T 2198—2024 and T/SEESA 010—2022", () => {
    const codes = STANDARDS_FACTS.flatMap((f) => f.standardCodes);
    expect(codes).toEqual(["DB35/T 2198—2024", "T/SEESA 010—2022"]);
    const keys = STANDARDS_FACTS.map((f) => f.key);
    expect(keys).toContain("scope3-and-traceability-not-a-focus");
  });
});
