// Transitional 2023-2025, definitive from 2026 (shared/spec/cbam.md §1).
import { cbamPeriodOf } from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";

describe("cbamPeriodOf", () => {
  it.each([
    [2023, "transitional"],
    [2025, "transitional"],
    [2026, "definitive"],
    [2100, "definitive"],
  ])("%i → %s", (year, period) => {
    expect(cbamPeriodOf(year)).toBe(period);
  });

  it("rejects a year before CBAM or after the plausibility bound", () => {
    expectInputError(() => cbamPeriodOf(2020), "year", "number");
    expectInputError(() => cbamPeriodOf(20260), "year", "number");
  });
});
