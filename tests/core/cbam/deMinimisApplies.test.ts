// De minimis: ≤ 50 t net mass per importer per year, electricity and hydrogen excluded
// (shared/spec/cbam.md §3, §6: Regulation (EU) 2025/2083 Art. 2a / Annex VII, as reported).
import { deMinimisApplies } from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";

describe("deMinimisApplies", () => {
  it("applies at exactly 50 t and below", () => {
    for (const mass of [50, "50", "0", 12.5]) {
      const result = deMinimisApplies(mass);
      expect(result.applies).toBe(true);
      expect(result.thresholdTonnes.toString()).toBe("50");
      expect(result.explanation.en).toMatch(/at or below the 50 t/);
      expect(result.explanation.zh).toContain("50吨");
    }
  });

  it("does not apply at 50.001 t", () => {
    const result = deMinimisApplies("50.001");
    expect(result.applies).toBe(false);
    expect(result.countedMassTonnes.toString()).toBe("50.001");
    expect(result.explanation.en).toMatch(/exceeds/);
  });

  it("leaves electricity and hydrogen out of the counted mass", () => {
    const result = deMinimisApplies([
      { good: "iron-and-steel", mass: 30 },
      { good: "electricity", mass: 5000 },
      { good: "hydrogen", mass: 100 },
      { good: "fertilisers", mass: "20" },
    ]);
    expect(result.countedMassTonnes.toString()).toBe("50"); // 30 + 20
    expect(result.applies).toBe(true);
    expect(
      deMinimisApplies([
        { good: "cement", mass: 30 },
        { good: "aluminium", mass: 20.001 },
      ]).applies,
    ).toBe(false);
  });

  it("never exempts electricity or hydrogen themselves", () => {
    for (const good of ["electricity", "hydrogen"] as const) {
      const result = deMinimisApplies(1, { good });
      expect(result.applies).toBe(false);
      expect(result.explanation.en).toMatch(/never exempted/);
    }
    expect(deMinimisApplies(1, { good: "cement" }).applies).toBe(true);
  });

  it("cites the regulation as reported, unverified, with a caveat", () => {
    const result = deMinimisApplies(10);
    expect(result.source).toContain("Regulation (EU) 2025/2083 Art. 2a / Annex VII");
    expect(result.verified).toBe(false);
    expect(result.caveat.en).toMatch(/verify/);
  });

  it("names the offending argument", () => {
    expectInputError(() => deMinimisApplies(-1), "annualNetMassTonnes", "number");
    expectInputError(() => deMinimisApplies("lots"), "annualNetMassTonnes", "value");
    expectInputError(() => deMinimisApplies([{ good: "cement", mass: -2 }]), "annualNetMassTonnes[0].mass");
    expectInputError(
      () =>
        deMinimisApplies([
          { good: "cement", mass: 1 },
          { good: "glass" as "cement", mass: 1 },
        ]),
      "annualNetMassTonnes[1].good",
    );
  });
});
