// readObligationInput: defaults of the optional inputs and errors in the adapter's vocabulary.
import { readObligationInput } from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";
import { SPEC_LINE } from "./specVectors";

describe("readObligationInput", () => {
  it("defaults: nothing paid, paid on Q × SEE = 2,000 t, CSCF 1 (not supplied), no rate, no good", () => {
    const inputs = readObligationInput(SPEC_LINE);
    expect(inputs.paidPrice.toString()).toBe("0");
    expect(inputs.emissionsPaidOn.toString()).toBe("2000");
    expect(inputs.crossSectoralCorrectionFactor.toString()).toBe("1");
    expect(inputs.crossSectoralCorrectionFactorSupplied).toBeNull();
    expect(inputs.exchangeRate).toBeNull();
    expect(inputs.good).toBeNull();
    expect(inputs.seeIsDefaultValue).toBe(false);
    expect(inputs.importerAnnualMassTonnes).toBeNull();
  });

  it("treats null optional inputs (blank cells) like absent ones", () => {
    const inputs = readObligationInput({ ...SPEC_LINE, benchmark: null, paidPrice: null });
    expect(inputs.benchmark).toBeNull();
    expect(inputs.paidPrice.toString()).toBe("0");
  });

  it.each([
    ["embedded", { specificEmbeddedEmissions: -1 }],
    ["eu_price", { certificatePrice: 0 }],
    ["paid_price", { paidPrice: -1 }],
    ["benchmark_t", { benchmark: 200 }],
    ["qty", { quantity: "a lot" }],
  ])("names the renamed argument %s", (argument, change) => {
    const argumentNames = {
      specificEmbeddedEmissions: "embedded",
      certificatePrice: "eu_price",
      paidPrice: "paid_price",
      benchmark: "benchmark_t",
      quantity: "qty",
    };
    expectInputError(() => readObligationInput({ ...SPEC_LINE, ...change }, argumentNames), argument);
  });

  it("needs the good for a default value or a de minimis test, named as the caller names it", () => {
    expectInputError(
      () => readObligationInput({ ...SPEC_LINE, seeIsDefaultValue: true }, { good: "product" }),
      "product",
    );
    expectInputError(
      () => readObligationInput({ ...SPEC_LINE, importerAnnualMassTonnes: 5000 }),
      "good",
      "value",
    );
  });

  it("an annual mass below this line's quantity is inconsistent, except for electricity and hydrogen", () => {
    const line = { ...SPEC_LINE, good: "cement" as const, importerAnnualMassTonnes: 999 };
    expectInputError(() => readObligationInput(line), "importerAnnualMassTonnes", "number");
    expect(() => readObligationInput({ ...line, good: "hydrogen" })).not.toThrow();
  });
});
