// The engine's Decimal clone and its one rounding rule.
import Decimal from "decimal.js";
import { CbamDecimal, roundToCent } from "../../../src/core/cbam";

describe("CbamDecimal", () => {
  it("is a 40-digit clone and leaves the global decimal.js configuration alone", () => {
    expect(CbamDecimal.precision).toBe(40);
    expect(CbamDecimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Decimal.precision).toBe(20); // decimal.js default, untouched by importing the engine
  });

  it("keeps 1/3 to 40 significant digits", () => {
    expect(new CbamDecimal(1).dividedBy(3).toString()).toBe("0." + "3".repeat(40));
  });
});

describe("roundToCent: half-up to the cent", () => {
  it.each([
    ["0.005", "0.01"],
    ["0.015", "0.02"],
    ["0.025", "0.03"], // half-even would give 0.02
    ["2.675", "2.68"], // a binary double would read 2.67499…; decimal strings are exact
    ["-0.005", "-0.01"], // half-up rounds away from zero
    ["53140", "53140.00"],
    ["0.0049999", "0.00"],
  ])("%s → %s", (amount, expected) => {
    expect(roundToCent(new CbamDecimal(amount)).toFixed(2)).toBe(expected);
  });
});
