/**
 * Benchmarks (the Commission's workbook benchmarks-2026-02-06.xlsx, sheet Benchmarks, cited by
 * row) and CBAM goods (Regulation (EU) 2023/956 Annexes I-III and Regulation (EU) 2025/2083,
 * texts in shared/eu-cbam/legal).
 */
import type { EuLookup } from "../../../src/core/eu";
import { euLookup, inputErrorOf } from "./support/euTables";

let eu: EuLookup;
beforeAll(async () => {
  eu = await euLookup();
});

describe("benchmarks", () => {
  it("7208 51 20 route C: Column B 1.37, Column A 0.044 (Benchmarks!B173:G173)", () => {
    expect(eu.benchmark("7208 51 20", { route: "C" }).value).toBe(1.37);
    expect(eu.benchmark("7208 51 20", { route: "C", column: "A" }).value).toBe(0.044);
  });

  it("several routes and none given: #VALUE! listing them (Benchmarks!F173:F175 1.37, 0.481, 0.072)", () => {
    const error = inputErrorOf(() => eu.benchmark("7208 51 20"));
    expect(error.kind).toBe("value");
    expect(error.message).toContain("route C: 1.37");
    expect(error.message).toContain("route D: 0.481");
    expect(error.message).toContain("route E: 0.072");
    // The highest, as on the default path where several grades share a code.
    expect(eu.benchmark("7208 51 20", { highest: true }).value).toBe(1.37);
  });

  it("Column A is the same for every route where the workbook prints it once (Benchmarks!D173:D175 0.044)", () => {
    expect(eu.benchmark("7208 51 20", { column: "A" }).value).toBe(0.044);
  });

  it("an unknown route names the routes there are", () => {
    const error = inputErrorOf(() => eu.benchmark("7208 51 20", { route: "K" }));
    expect(error.message).toMatch(/expected one of C, D, E/);
  });

  it("cement clinker routes A 0.666 and B 0.859 (Benchmarks!F4, F5); a route mark in the code works too", () => {
    expect(eu.benchmark("2523 10 00", { route: "A" }).value).toBe(0.666);
    expect(eu.benchmark("2523 10 00 (B)").value).toBe(0.859);
  });

  it("period marks: aluminous cement (1) 0.717 for 2026-2027, (2) 0.686 from 2028 (Benchmarks!F8, F9)", () => {
    expect(eu.benchmark(25233000, { year: 2026 }).value).toBe(0.717);
    expect(eu.benchmark(25233000, { year: 2028 }).value).toBe(0.686);
    expect(inputErrorOf(() => eu.benchmark(25233000)).message).toMatch(/and the year/);
  });

  it("unwrought aluminium 7601 10 10: (K) 1.423, (L) 0.091 (Benchmarks!F1695, F1696), the spec §6 figure", () => {
    expect(eu.benchmark("7601 10 10", { route: "K" }).value).toBe(1.423);
    expect(eu.benchmark("7601 10 10", { route: "L" }).value).toBe(0.091);
  });

  it("hydrogen 5.089 (Benchmarks!F13); a simple good has A = B", () => {
    expect(eu.benchmark("2804 10 00").value).toBe(5.089);
    expect(eu.benchmark("2804 10 00", { column: "A" }).value).toBe(5.089);
  });

  it("nitric acid: Column A 0.151, Column B 0.582 (Benchmarks!D15, F15)", () => {
    expect(eu.benchmark("2808 00 00", { column: "A" }).value).toBe(0.151);
    expect(eu.benchmark("2808 00 00").value).toBe(0.582);
  });

  it("electricity has no benchmark and a code outside CBAM is no good: #N/A", () => {
    expect(inputErrorOf(() => eu.benchmark("2716 00 00")).kind).toBe("notAvailable");
    expect(inputErrorOf(() => eu.benchmark("7204 10 00")).kind).toBe("notAvailable");
  });

  it("names its source file, version and sha256", () => {
    const source = eu.benchmark("2804 10 00").source;
    expect(source.file).toBe("benchmarks-2026-02-06.xlsx");
    expect(source.version).toBe("1");
    expect(source.sha256).toMatch(/^b79108b025e69782[0-9a-f]{48}$/);
  });
});

describe("CBAM goods (Regulation (EU) 2023/956 Annex I and II)", () => {
  it.each([
    // [code, sector, direct emissions only] — Annex I / II lines of Reg-2023-956-CBAM.txt.
    ["2523 29 00", "cement", false], // Annex I "2523 29 00 – Other Portland cement"
    ["2507 00 80", "cement", false],
    ["2716 00 00", "electricity", true], // Annex II entry added by Reg. 2025/2083 Art. 1(29)
    ["2814 10 00", "fertilisers", false], // Annex I "2814 – Ammonia"
    ["3102 10 10", "fertilisers", false],
    ["3105 20 10", "fertilisers", false],
    ["2804 10 00", "hydrogen", true],
    ["2601 12 00", "iron-and-steel", false], // Annex I lists it under iron and steel, Annex II does not
    ["7202 11 20", "iron-and-steel", true], // chapter 72, ferro-manganese is not excepted
    ["7208 51 20", "iron-and-steel", true],
    ["7318 15 90", "iron-and-steel", true],
    ["7309", "iron-and-steel", true], // Annex prints "7309 00"
    ["7601 10 10", "aluminium", true],
    ["7616 99 10", "aluminium", true],
  ])("%p → %p, direct emissions only: %p", (code, sector, directOnly) => {
    const found = eu.requireCbamGood(code);
    expect([found.sector, found.directEmissionsOnly]).toEqual([sector, directOnly]);
  });

  it.each([
    "7204 10 00",
    "7202 21 00",
    "7202 99 80",
    "3105 60 00",
    "7615 10 10",
    "7602 00 11",
    "8501 10 00",
    "7312 10 20",
  ])("%p is not a CBAM good", (code) => {
    expect(eu.cbamGood(code).covered).toBe(false);
  });

  it("a code too short to tell lists the Annex codes under it", () => {
    const found = eu.cbamGood("2523");
    expect(found.covered).toBe(false);
    expect(!found.covered && found.longerCodes).toContain("25232900");
  });

  it("kaolinic clays carry the description as amended by Regulation (EU) 2025/2083 Art. 1(28)", () => {
    const found = eu.requireCbamGood("2507 00 80");
    expect(found.description).toBe("Other kaolinic clays except non-calcined kaolinic clays");
  });
});
