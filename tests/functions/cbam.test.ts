/*
 * CBAM adapters. Every expected figure is derived by hand from shared/spec/cbam.md section 2:
 *   certificates = Q × SEE − Q × BM × FA(year) − paid × Q × SEE / price,  cost = max(0, ·) × price,
 * FA: 2026 0.975, 2027 0.95, 2028 0.9, 2029 0.775, 2030 0.515 … 2034 onward 0; default-value
 * mark-up as reported (section 6): +10 % 2026, fertilisers +1 %.
 */
import {
  cbamCertificatesFormula,
  cbamCostFormula,
  costPathFormula,
  deMinimisFormula,
  freeAllocationFormula,
  phaseInFormula,
  readDefaultValue,
} from "../../src/functions/adapters/cbam";
import { asError, installRuntime, thrownError } from "./support/customFunctionsStub";

installRuntime();

type Args = [unknown, unknown, unknown, unknown, unknown?, unknown?, unknown?];
const cost = (...args: Args) => cbamCostFormula(args, "en");
const certificates = (...args: Args) => cbamCertificatesFormula(args, "en");

describe("CBAM_COST", () => {
  it("spec section 7: 53,140.00 EUR in 2026, 160,000.00 EUR in 2034", () => {
    expect(cost(2, 1000, 80, 2026, 1.37)).toEqual([[53140]]);
    expect(cost(2, 1000, 80, 2034, 1.37)).toEqual([[160000]]);
    expect(certificates(2, 1000, 80, 2026, 1.37)).toEqual([[664.25]]);
  });

  it("deducts the carbon price paid abroad, converted through the EU price", () => {
    // 2034, no benchmark: 2,000 t emissions; D = 10 EUR × 2,000 t / 80 EUR = 250 certificates;
    // 2,000 − 250 = 1,750 certificates × 80 = 140,000 EUR.
    expect(certificates(2, 1000, 80, 2034, null, 10)).toEqual([[1750]]);
    expect(cost(2, 1000, 80, 2034, null, 10)).toEqual([[140000]]);
  });

  it("never negative: a line below the benchmark costs 0", () => {
    // 2026: 1 − 1.37 × 0.975 = −0.33575 t/t → 0 certificates.
    expect(cost(1, 1000, 80, 2026, 1.37)).toEqual([[0]]);
  });

  it("transitional years owe nothing", () => {
    expect(cost(2, 1000, 80, 2025, 1.37)).toEqual([[0]]);
  });

  it("rounds half-up to the cent", () => {
    // 0.01 t/t × 1 t = 0.01 certificates × 0.5 EUR = 0.005 EUR → 0.01 (half-even would give 0.00).
    expect(cost(0.01, 1, 0.5, 2034)).toEqual([[0.01]]);
  });

  it("default_value: the good's mark-up applies", () => {
    // cement 2026: SEE 2 × 1.10 = 2.2 → 2,200 − 1,335.75 = 864.25 certificates × 80 = 69,140 EUR.
    expect(cost(2, 1000, 80, 2026, 1.37, null, "cement")).toEqual([[69140]]);
    // fertilisers 2026: 2 × 1.01 = 2.02 → 2,020 − 1,335.75 = 684.25 × 80 = 54,740 EUR.
    expect(cost(2, 1000, 80, 2026, 1.37, null, " Fertilisers ")).toEqual([[54740]]);
    expect(cost(2, 1000, 80, 2026, 1.37, null, false)).toEqual([[53140]]);
    expect(readDefaultValue("否")).toBeNull();
    expect(thrownError(() => cost(2, 1000, 80, 2026, 1.37, null, true))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^default_value: give the goods category/),
    });
    expect(thrownError(() => cost(2, 1000, 80, 2026, 1.37, null, "steel")).message).toMatch(
      /^default_value: "steel" is not a goods category/,
    );
  });

  it("a column of goods against a row of years gives a table", () => {
    // SEE 1.37 in 2026: 1.37 − 1.33575 = 0.03425 × 1,000 × 80 = 2,740; in 2034: 1,370 × 80 = 109,600.
    expect(cbamCostFormula([[[2], [1.37]], 1000, 80, [[2026, 2034]], 1.37, null, null], "en")).toEqual([
      [53140, 160000],
      [2740, 109600],
    ]);
  });

  it("range errors come from the core validators under the Excel names", () => {
    // Out-of-range input is #VALUE!: Excel shows a message only on #VALUE! and #N/A.
    expect(thrownError(() => cost(-1, 1000, 80, 2026))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^embedded must be ≥ 0 and ≤ 100/),
    });
    expect(thrownError(() => cost(2, 1000, 0, 2026))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^eu_price must be > 0/),
    });
    expect(thrownError(() => cost(2, -5, 80, 2026)).message).toMatch(/^quantity must be ≥ 0/);
    expect(thrownError(() => cost(2, 1000, 80, 2026, 101)).message).toMatch(/^benchmark must be/);
    expect(thrownError(() => cost(2, 1000, 80, 2026, null, -1)).message).toMatch(/^paid_price must be ≥ 0/);
    expect(thrownError(() => cost(2, 1000, 80, 1999)).message).toMatch(/^year /);
  });

  it("per-cell errors in a spill, in the user's language", () => {
    const result = cbamCostFormula([[[2], [-1]], 1000, 80, 2026, 1.37, null, null], "zh");
    expect(result[0]).toEqual([53140]);
    expect(asError(result[1]![0])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^embedded 必须/),
    });
  });
});

describe("CBAM_FREE_ALLOCATION / CBAM_PHASE_IN / CBAM_DEMINIMIS", () => {
  it("shares of the spec's table, element-wise", () => {
    expect(freeAllocationFormula([[2026], [2027], [2028], [2029], [2030], [2035]], "en")).toEqual([
      [0.975],
      [0.95],
      [0.9],
      [0.775],
      [0.515],
      [0],
    ]);
    expect(phaseInFormula([[2031, "2032", 2033, 2034]], "en")).toEqual([[0.61, 0.735, 0.86, 1]]);
  });

  it("before 2026 → #N/A, blank → #VALUE!", () => {
    expect(thrownError(() => freeAllocationFormula(2024, "en")).code).toBe("#N/A");
    expect(thrownError(() => phaseInFormula(null, "en"))).toMatchObject({
      code: "#VALUE!",
      message: "year is empty; expected the import year, e.g. 2026.",
    });
  });

  it("de minimis at and around 50 t", () => {
    expect(deMinimisFormula([[49], [50], [51], ["1,000"]], "en")).toEqual([[true], [true], [false], [false]]);
    expect(thrownError(() => deMinimisFormula(true, "en")).code).toBe("#VALUE!");
  });
});

describe("CBAM_COST_PATH", () => {
  it("rows of year, free allocation share, EUR per tonne", () => {
    // 2028: (2 − 1.37 × 0.9) × 80 = 0.767 × 80 = 61.36; 2029: (2 − 1.37 × 0.775) × 80 = 0.93825 × 80 = 75.06.
    expect(costPathFormula([2, 80, 1.37, null, 2028, 2029], "en")).toEqual([
      ["Year", "Free allocation share", "CBAM cost, EUR per tonne"],
      [2028, 0.9, 61.36],
      [2029, 0.775, 75.06],
    ]);
    // 2030: (2 − 1.37 × 0.515) × 80 = 1.29445 × 80 = 103.556 → 103.56.
    expect(costPathFormula([2, 80, 1.37, null, 2030, 2030], "zh")).toEqual([
      ["年份", "免费配额比例", "CBAM 成本（欧元/吨）"],
      [2030, 0.515, 103.56],
    ]);
  });

  it("cost per tonne never falls over 2026-2034 at fixed inputs", () => {
    const rows = costPathFormula([[[1.8]], [[90]], null, [[5]], null, null], "en").slice(1);
    expect(rows.map((row) => row[0])).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    const costs = rows.map((row) => row[2] as number);
    costs.slice(1).forEach((c, i) => expect(c).toBeGreaterThanOrEqual(costs[i]!));
  });

  it("rejects years outside the projection, reversed years and ranges", () => {
    expect(thrownError(() => costPathFormula([2, 80, null, null, 2025, null], "en"))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^from_year must be within 2026-2034/),
    });
    expect(thrownError(() => costPathFormula([2, 80, null, null, 2030, 2028], "en")).code).toBe("#VALUE!");
    expect(
      thrownError(() => costPathFormula([[[2], [3]], 80, null, null, null, null], "en")).message,
    ).toMatch(/^embedded must be a single value/);
  });
});
