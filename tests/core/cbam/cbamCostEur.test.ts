// cbamCostEur (CBAM_COST): the cost as a plain number rounded to the cent.
import { cbamCostEur } from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";
import { SPEC_LINE } from "./specVectors";

describe("cbamCostEur", () => {
  it("shared/spec/cbam.md §7: 53,140.00 EUR in 2026", () => {
    expect(cbamCostEur(SPEC_LINE)).toBe(53140);
  });

  it("returns cents exactly: 1 t × 1.0001 × 33.33 EUR = 33.333333 → 33.33 in 2034", () => {
    expect(
      cbamCostEur({
        specificEmbeddedEmissions: "1.0001",
        quantity: 1,
        certificatePrice: "33.33",
        year: 2034,
      }),
    ).toBe(33.33);
  });

  it("names the adapter's arguments in errors when asked", () => {
    const names = { certificatePrice: "eu_price" };
    expectInputError(
      () => cbamCostEur({ ...SPEC_LINE, certificatePrice: 0 }, { argumentNames: names }),
      "eu_price",
    );
  });

  it("throws the engine's InputError", () => {
    expectInputError(
      () => cbamCostEur({ specificEmbeddedEmissions: 2, quantity: 1, certificatePrice: -1, year: 2026 }),
      "certificatePrice",
    );
  });
});
