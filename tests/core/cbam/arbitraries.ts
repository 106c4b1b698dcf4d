// fast-check generators of exact decimal strings for CBAM inputs (test helper, not a test file).
import fc from "fast-check";
import { CBAM_GOOD_IDS } from "../../../src/core/cbam";

/** A decimal string with `scale` fraction digits in [min, max] units of 10^-scale, e.g. "1.370". */
export const decimalString = (min: number, max: number, scale: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((units) => {
    const digits = String(units).padStart(scale + 1, "0");
    return `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  });

/** Every input of a line except quantity and year, within the validated ranges. */
export const lineInputs = fc.record({
  specificEmbeddedEmissions: decimalString(0, 100_000, 3), // 0-100 tCO2e/t
  benchmark: fc.option(decimalString(0, 100_000, 3), { nil: undefined }),
  certificatePrice: decimalString(1, 50_000, 2), // 0.01-500 EUR/t
  paidPrice: fc.option(decimalString(0, 30_000, 2), { nil: undefined }),
  good: fc.constantFrom(...CBAM_GOOD_IDS),
  seeIsDefaultValue: fc.boolean(),
});

export const quantity = decimalString(0, 10_000_000, 3); // 0-10,000 t
export const year = fc.integer({ min: 2023, max: 2100 });
