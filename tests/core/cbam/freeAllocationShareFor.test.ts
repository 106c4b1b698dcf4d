// FA(year) lookup (shared/spec/cbam.md §2 table): definitive years, 2034 onward, transitional n/a.
import { freeAllocationShareFor } from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";

const SOURCE = "Directive 2003/87/EC Art. 10a(1a) as amended by Directive (EU) 2023/959";

describe("freeAllocationShareFor", () => {
  it.each([
    [2026, "0.975", "0.025"],
    [2027, "0.95", "0.05"],
    [2028, "0.9", "0.1"],
    [2029, "0.775", "0.225"],
    [2030, "0.515", "0.485"],
    [2031, "0.39", "0.61"],
    [2032, "0.265", "0.735"],
    [2033, "0.14", "0.86"],
    [2034, "0", "1"],
  ])("%i: free allocation %s, phase-in %s, with the Directive as source", (year, kept, phasedIn) => {
    const share = freeAllocationShareFor(year);
    expect(share.year).toBe(year);
    expect(share.freeAllocationShare.toString()).toBe(kept);
    expect(share.phaseInShare.toString()).toBe(phasedIn);
    expect(share.source).toBe(SOURCE);
  });

  it.each([2035, 2050, 2100])("%i stays at 0 %% free allocation (2034 onward)", (year) => {
    const share = freeAllocationShareFor(year);
    expect(share.freeAllocationShare.isZero()).toBe(true);
    expect(share.phaseInShare.toString()).toBe("1");
    expect(share.year).toBe(year);
  });

  it.each([2023, 2024, 2025])("%i is #N/A: transitional period, no payment before 2026", (year) => {
    const error = expectInputError(() => freeAllocationShareFor(year), "year", "notAvailable");
    expect(error.localized.en).toMatch(/no payment before 2026/);
  });

  it.each([2022, 2101, 2026.5, NaN])("rejects the invalid year %p naming year", (year) => {
    expectInputError(() => freeAllocationShareFor(year), "year", "number");
  });
});
