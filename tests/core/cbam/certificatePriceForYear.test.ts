// Certificate price for a year: a single price or a path (Map or object keyed by year).
import { certificatePriceForYear, CbamDecimal } from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";

describe("certificatePriceForYear", () => {
  it("uses a single price (number, string or Decimal) for every year", () => {
    expect(certificatePriceForYear(80, 2026).toString()).toBe("80");
    expect(certificatePriceForYear("75.36", 2031).toString()).toBe("75.36");
    expect(certificatePriceForYear(new CbamDecimal(90), 2034).toString()).toBe("90");
  });

  it("reads a Map or a plain object path", () => {
    expect(certificatePriceForYear(new Map([[2027, 85]]), 2027).toString()).toBe("85");
    expect(certificatePriceForYear({ 2028: "95.5" }, 2028).toString()).toBe("95.5");
  });

  it("a missing year is #N/A naming the year", () => {
    const error = expectInputError(
      () => certificatePriceForYear(new Map([[2026, 80]]), 2029),
      "certificatePrice[2029]",
      "notAvailable",
    );
    expect(error.localized.en).toContain("2029");
    expectInputError(
      () => certificatePriceForYear({ 2026: 80 }, 2030),
      "certificatePrice[2030]",
      "notAvailable",
    );
  });

  it("validates the path's prices naming the year's entry", () => {
    expectInputError(() => certificatePriceForYear({ 2026: 0 }, 2026), "certificatePrice[2026]", "number");
    expectInputError(() => certificatePriceForYear(-1, 2026), "certificatePrice", "number");
  });
});
