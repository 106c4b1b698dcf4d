// Default-value mark-up by year and good (shared/spec/cbam.md §4, §6, as reported).
import { defaultValueMarkupFor, type CbamGood } from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";

describe("defaultValueMarkupFor", () => {
  it.each<[number, CbamGood, string]>([
    [2026, "iron-and-steel", "0.1"],
    [2027, "aluminium", "0.2"],
    [2028, "cement", "0.3"],
    [2034, "hydrogen", "0.3"], // "+30 % from 2028"
    [2060, "electricity", "0.3"],
    [2026, "fertilisers", "0.01"],
    [2028, "fertilisers", "0.01"],
    [2040, "fertilisers", "0.01"],
  ])("%i %s → %s", (year, good, markup) => {
    const result = defaultValueMarkupFor(year, good);
    expect(result.markup.toString()).toBe(markup);
    expect(result).toMatchObject({ year, good, verified: false });
    expect(result.source).toContain("2025/2621");
    expect(result.caveat.en.length).toBeGreaterThan(0);
  });

  it("is #N/A in the transitional period", () => {
    expectInputError(() => defaultValueMarkupFor(2025, "cement"), "year", "notAvailable");
  });

  it("names year or good for invalid input", () => {
    expectInputError(() => defaultValueMarkupFor(1999, "cement"), "year", "number");
    expectInputError(() => defaultValueMarkupFor(2026, "glass" as CbamGood), "good", "value");
  });
});
