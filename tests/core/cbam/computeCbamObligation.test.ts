// computeCbamObligation: the obligation of one import line and its breakdown (shared/spec/cbam.md §2).
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  computeCbamObligation,
  type CbamObligationInput,
  type CbamWarningCode,
  type DecimalInput,
} from "../../../src/core/cbam";
import { lineInputs, quantity, year } from "./arbitraries";
import { expectInputError } from "./expectInputError";
import { SPEC_LINE } from "./specVectors";

const codes = (input: CbamObligationInput): CbamWarningCode[] =>
  computeCbamObligation(input).warnings.map((warning) => warning.code);

describe("shared/spec/cbam.md §7 hand-checked vectors", () => {
  it("2026: 2.0 − 1.37 × 0.975 = 0.66425 t/t → 664.25 certificates → 53,140.00 EUR", () => {
    const result = computeCbamObligation(SPEC_LINE);
    expect(result.grossEmbeddedEmissions.toString()).toBe("2000");
    expect(result.freeAllocationAdjustment.toString()).toBe("1335.75"); // 1000 × 1.37 × 0.975
    expect(result.deduction.toString()).toBe("0");
    expect(result.certificatesBeforeClamp.toString()).toBe("664.25");
    expect(result.certificates.toString()).toBe("664.25");
    expect(result.costEur.toFixed(2)).toBe("53140.00");
    expect(result.costPerTonneEur?.toFixed(2)).toBe("53.14"); // 53,140 / 1,000
    expect(result.costCny).toBeNull();
    expect(result.warnings).toEqual([]);
    expect(result.obligationWaivedBy).toBeNull();
  });

  it("2034: no free allocation left → 2,000 certificates → 160,000.00 EUR", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, year: 2034 });
    expect(result.freeAllocationAdjustment.isZero()).toBe(true);
    expect(result.certificates.toString()).toBe("2000");
    expect(result.costEur.toFixed(2)).toBe("160000.00");
  });

  it("reports the parameters used with their sources", () => {
    const { parameters } = computeCbamObligation(SPEC_LINE);
    expect(parameters.freeAllocation?.freeAllocationShare.toString()).toBe("0.975");
    expect(parameters.freeAllocation?.source).toBe(
      "Directive 2003/87/EC Art. 10a(1a) as amended by Directive (EU) 2023/959",
    );
    expect(parameters.benchmark?.toString()).toBe("1.37");
    expect(parameters.defaultValueMarkup).toBeNull();
    expect(parameters.crossSectoralCorrectionFactor.value.toString()).toBe("1");
    expect(parameters.crossSectoralCorrectionFactor.userSupplied).toBe(false);
    expect(parameters.crossSectoralCorrectionFactor.caveat.en).toMatch(/must be verified/);
    expect(parameters.deMinimis).toBeNull();
  });
});

describe("deduction of the carbon price paid abroad (Art. 9; paid price per tCO2e of embedded emissions)", () => {
  it("D = 10 EUR/t × 2,000 t / 80 EUR = 250 certificates → 414.25 → 33,140.00 EUR (= 53,140 − 10 × 2,000)", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, paidPrice: 10 });
    expect(result.emissionsPaidOn.toString()).toBe("2000");
    expect(result.deduction.toString()).toBe("250");
    expect(result.certificates.toString()).toBe("414.25");
    expect(result.costEur.toFixed(2)).toBe("33140.00");
  });

  it("paid on part of the emissions only: D = 20 × 1,000 / 80 = 250 → same 33,140.00 EUR", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, paidPrice: 20, emissionsPaidOnTonnes: 1000 });
    expect(result.deduction.toString()).toBe("250");
    expect(result.costEur.toFixed(2)).toBe("33140.00");
  });
});

describe("clamping at zero is never silent", () => {
  it("SEE 1 below the adjusted benchmark: 100 − 100 × 1.37 × 0.975 = −33.575 → 0 with a warning", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, specificEmbeddedEmissions: 1, quantity: 100 });
    expect(result.certificatesBeforeClamp.toString()).toBe("-33.575");
    expect(result.certificates.isZero()).toBe(true);
    expect(result.costEur.toFixed(2)).toBe("0.00");
    expect(result.warnings.map((w) => w.code)).toEqual(["clamped-to-zero"]);
    expect(result.warnings[0]?.message.en).toContain("-33.575");
    expect(result.warnings[0]?.message.zh).toContain("-33.575");
  });

  it("a paid price above the EU price clamps too: 2,000 − 100 × 2,000 / 80 = −500 in 2034", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, year: 2034, paidPrice: 100 });
    expect(result.certificatesBeforeClamp.toString()).toBe("-500");
    expect(codes({ ...SPEC_LINE, year: 2034, paidPrice: 100 })).toContain("clamped-to-zero");
    expect(result.costEur.isZero()).toBe(true);
  });

  it("no warning at exactly zero", () => {
    // 1000 × 1.37 × 0.975 = 1335.75 = 1000 × 1.33575
    expect(codes({ ...SPEC_LINE, specificEmbeddedEmissions: "1.33575" })).toEqual([]);
  });
});

describe("rounding: certificates at full precision, cost half-up to the cent once", () => {
  it("keeps certificates unrounded: SEE 1.23456789 in 2034 → 1.23456789 certificates, 98.7654312 → 98.77 EUR", () => {
    const result = computeCbamObligation({
      specificEmbeddedEmissions: "1.23456789",
      quantity: 1,
      certificatePrice: 80,
      benchmark: 0,
      year: 2034,
    });
    expect(result.certificates.toString()).toBe("1.23456789");
    expect(result.costEur.toFixed(2)).toBe("98.77");
  });

  it("rounds half-up: 0.001 certificate × 5 EUR = 0.005 → 0.01 EUR", () => {
    const result = computeCbamObligation({
      specificEmbeddedEmissions: "0.001",
      quantity: 1,
      certificatePrice: 5,
      benchmark: 0,
      year: 2034,
    });
    expect(result.costEur.toFixed(2)).toBe("0.01");
  });

  it("cost per tonne is null for a zero quantity", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, quantity: 0 });
    expect(result.costEur.isZero()).toBe(true);
    expect(result.costPerTonneEur).toBeNull();
  });
});

describe("transitional period: no payment before 2026", () => {
  it.each([2023, 2024, 2025])("%i owes nothing, says so, and still reports embedded emissions", (y) => {
    const result = computeCbamObligation({ ...SPEC_LINE, year: y, seeIsDefaultValue: true, good: "cement" });
    expect(result.period).toBe("transitional");
    expect(result.obligationWaivedBy).toBe("transitional-period");
    expect(result.certificates.isZero()).toBe(true);
    expect(result.costEur.isZero()).toBe(true);
    expect(result.grossEmbeddedEmissions.toString()).toBe("2000"); // no mark-up in the transitional period
    expect(result.parameters.freeAllocation).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(["before-definitive-period"]);
    expect(result.warnings[0]?.message.en).toMatch(/no payment before 2026/i);
  });
});

describe("default values get the year's mark-up (as reported, spec §4/§6)", () => {
  it("steel 2026: SEE 2 × 1.1 = 2.2 → 2,200 − 1,335.75 = 864.25 certificates → 69,140.00 EUR", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, seeIsDefaultValue: true, good: "iron-and-steel" });
    expect(result.specificEmbeddedEmissionsEntered.toString()).toBe("2");
    expect(result.specificEmbeddedEmissionsUsed.toString()).toBe("2.2");
    expect(result.certificates.toString()).toBe("864.25");
    expect(result.costEur.toFixed(2)).toBe("69140.00");
    expect(result.parameters.defaultValueMarkup?.markup.toString()).toBe("0.1");
    expect(result.parameters.defaultValueMarkup?.verified).toBe(false);
    expect(result.warnings.map((w) => w.code)).toEqual(["default-value-markup-applied"]);
    expect(result.warnings[0]?.message.en).toContain("10 %");
  });

  it("steel 2028: SEE 2 × 1.3 = 2.6 → 2,600 − 1,000 × 1.37 × 0.9 = 1,367 certificates → 109,360.00 EUR", () => {
    const result = computeCbamObligation({
      ...SPEC_LINE,
      year: 2028,
      seeIsDefaultValue: true,
      good: "iron-and-steel",
    });
    expect(result.certificates.toString()).toBe("1367");
    expect(result.costEur.toFixed(2)).toBe("109360.00");
  });

  it("fertilisers 2026: SEE 2 × 1.01 = 2.02 → 684.25 certificates → 54,740.00 EUR", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, seeIsDefaultValue: true, good: "fertilisers" });
    expect(result.certificates.toString()).toBe("684.25");
    expect(result.costEur.toFixed(2)).toBe("54740.00");
  });

  it("the paid price applies to the emissions as entered, not to the mark-up: D = 10 × 2,000 / 80 = 250", () => {
    const result = computeCbamObligation({
      ...SPEC_LINE,
      paidPrice: 10,
      seeIsDefaultValue: true,
      good: "cement",
    });
    expect(result.deduction.toString()).toBe("250");
    expect(result.certificates.toString()).toBe("614.25"); // 2,200 − 1,335.75 − 250
  });

  it("needs the good to pick the mark-up", () => {
    expectInputError(() => computeCbamObligation({ ...SPEC_LINE, seeIsDefaultValue: true }), "good", "value");
  });
});

describe("de minimis in the obligation (spec §3)", () => {
  const small = { ...SPEC_LINE, quantity: 50, good: "iron-and-steel" as const };

  it("50 t in the year: obligation 0 with a warning, formula figures kept", () => {
    const result = computeCbamObligation({ ...small, importerAnnualMassTonnes: 50 });
    expect(result.obligationWaivedBy).toBe("de-minimis");
    expect(result.certificatesBeforeClamp.toString()).toBe("33.2125"); // 50 × 0.66425
    expect(result.certificates.isZero()).toBe(true);
    expect(result.costEur.isZero()).toBe(true);
    expect(result.parameters.deMinimis?.applies).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(["de-minimis-applies"]);
  });

  it("50.001 t in the year: 33.2125 certificates → 2,657.00 EUR", () => {
    const result = computeCbamObligation({ ...small, importerAnnualMassTonnes: "50.001" });
    expect(result.obligationWaivedBy).toBeNull();
    expect(result.costEur.toFixed(2)).toBe("2657.00");
    expect(result.warnings.map((w) => w.code)).toEqual(["de-minimis-not-applicable"]);
  });

  it("electricity is never exempted", () => {
    const result = computeCbamObligation({
      ...SPEC_LINE,
      quantity: 10,
      good: "electricity",
      importerAnnualMassTonnes: 0,
    });
    expect(result.obligationWaivedBy).toBeNull();
    expect(result.costEur.toFixed(2)).toBe("531.40"); // 10 × 0.66425 × 80
  });

  it("rejects an annual total smaller than the line, and a total without a good", () => {
    expectInputError(
      () => computeCbamObligation({ ...small, importerAnnualMassTonnes: 49 }),
      "importerAnnualMassTonnes",
      "number",
    );
    expectInputError(() => computeCbamObligation({ ...SPEC_LINE, importerAnnualMassTonnes: 10_000 }), "good");
  });
});

describe("optional inputs", () => {
  it("without a benchmark no free allocation is deducted, and the upper bound is flagged", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, benchmark: undefined });
    expect(result.certificates.toString()).toBe("2000");
    expect(result.parameters.benchmark).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(["no-benchmark"]);
  });

  it("a user CSCF of 0.9 scales the adjustment: 1,335.75 × 0.9 = 1,202.175 → 797.825 → 63,826.00 EUR", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, crossSectoralCorrectionFactor: "0.9" });
    expect(result.freeAllocationAdjustment.toString()).toBe("1202.175");
    expect(result.costEur.toFixed(2)).toBe("63826.00");
    expect(result.parameters.crossSectoralCorrectionFactor.userSupplied).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(["cscf-unverified"]);
  });

  it("CNY only with a user rate: 53,140.00 EUR × 7.8 = 414,492.00 CNY (rate illustrative)", () => {
    const result = computeCbamObligation({ ...SPEC_LINE, exchangeRateCnyPerEur: "7.8" });
    expect(result.costCny?.toFixed(2)).toBe("414492.00");
    expect(result.exchangeRateCnyPerEur?.toString()).toBe("7.8");
    expect(computeCbamObligation(SPEC_LINE).costCny).toBeNull();
  });

  it("accepts Decimal and string inputs alike", () => {
    const result = computeCbamObligation({
      ...SPEC_LINE,
      specificEmbeddedEmissions: new Decimal(2),
      quantity: "1000",
      certificatePrice: "80.00",
    });
    expect(result.costEur.toFixed(2)).toBe("53140.00");
  });
});

describe("validation errors name the argument", () => {
  it.each<[string, Partial<CbamObligationInput>]>([
    ["quantity", { quantity: -1 }],
    ["specificEmbeddedEmissions", { specificEmbeddedEmissions: 101 }],
    ["specificEmbeddedEmissions", { specificEmbeddedEmissions: -0.1 }],
    ["benchmark", { benchmark: -1 }],
    ["benchmark", { benchmark: 100.5 }],
    ["certificatePrice", { certificatePrice: 0 }],
    ["certificatePrice", { certificatePrice: Infinity }],
    ["paidPrice", { paidPrice: -5 }],
    ["exchangeRateCnyPerEur", { exchangeRateCnyPerEur: 0 }],
    ["crossSectoralCorrectionFactor", { crossSectoralCorrectionFactor: 2 }],
    ["emissionsPaidOnTonnes", { emissionsPaidOnTonnes: -1 }],
    ["importerAnnualMassTonnes", { importerAnnualMassTonnes: -1, good: "cement" }],
    ["year", { year: 2101 }],
    ["year", { year: 2022 }],
    ["year", { year: 2026.5 }],
  ])("%s (%p)", (argument, change) => {
    expectInputError(() => computeCbamObligation({ ...SPEC_LINE, ...change }), argument, "number");
  });
});

describe("properties", () => {
  it("the cost and certificates are never negative, and clamping is always reported", () => {
    fc.assert(
      fc.property(lineInputs, quantity, year, (line, q, y) => {
        const result = computeCbamObligation({ ...line, quantity: q, year: y });
        expect(result.costEur.isNegative()).toBe(false);
        expect(result.certificates.isNegative()).toBe(false);
        const clamped = result.obligationWaivedBy === null && result.certificatesBeforeClamp.lessThan(0);
        expect(result.warnings.some((w) => w.code === "clamped-to-zero")).toBe(clamped);
      }),
    );
  });

  it("the cost never decreases as the year advances at fixed inputs", () => {
    fc.assert(
      fc.property(lineInputs, quantity, fc.integer({ min: 2023, max: 2099 }), (line, q, y) => {
        const earlier = computeCbamObligation({ ...line, quantity: q, year: y }).costEur;
        const later = computeCbamObligation({ ...line, quantity: q, year: y + 1 }).costEur;
        expect(later.greaterThanOrEqualTo(earlier)).toBe(true);
      }),
    );
  });

  it("is linear in quantity: cost(a + b) = cost(a) + cost(b) within 0.015 EUR (three half-cent roundings)", () => {
    fc.assert(
      fc.property(lineInputs, quantity, quantity, year, (line, a, b, y) => {
        const cost = (q: DecimalInput) => computeCbamObligation({ ...line, quantity: q, year: y }).costEur;
        const gap = cost(new Decimal(a).plus(b)).minus(cost(a)).minus(cost(b)).abs();
        expect(gap.lessThanOrEqualTo("0.015")).toBe(true);
      }),
    );
  });
});
