// Input validation shared with the Excel adapters: every error names the argument and the range.
import {
  validateBenchmark,
  validateCertificatePrice,
  validateCrossSectoralCorrectionFactor,
  validateEmissions,
  validateExchangeRate,
  validateGood,
  validateMass,
  validatePaidPrice,
  validateQuantity,
  validateSpecificEmbeddedEmissions,
  validateYear,
} from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";

type Validator = (value: unknown, argument?: string) => unknown;

const rejected: [string, Validator, unknown, string][] = [
  ["quantity", validateQuantity, -1, "≥ 0"],
  ["specificEmbeddedEmissions", validateSpecificEmbeddedEmissions, -0.01, "≥ 0"],
  ["specificEmbeddedEmissions", validateSpecificEmbeddedEmissions, 100.001, "≤ 100"],
  ["benchmark", validateBenchmark, -1, "≥ 0"],
  ["benchmark", validateBenchmark, 101, "≤ 100"],
  ["certificatePrice", validateCertificatePrice, 0, "> 0"],
  ["certificatePrice", validateCertificatePrice, -80, "> 0"],
  ["paidPrice", validatePaidPrice, -0.5, "≥ 0"],
  ["exchangeRateCnyPerEur", validateExchangeRate, 0, "> 0"],
  ["crossSectoralCorrectionFactor", validateCrossSectoralCorrectionFactor, 0, "> 0"],
  ["crossSectoralCorrectionFactor", validateCrossSectoralCorrectionFactor, 1.1, "≤ 1"],
  ["importerAnnualMassTonnes", validateMass, -50, "≥ 0"],
  ["emissionsPaidOnTonnes", validateEmissions, -1, "≥ 0"],
  ["year", validateYear, 2022, "≥ 2023"],
  ["year", validateYear, 2101, "≤ 2100"],
];

describe("range errors (#NUM!) name the argument and the expected range in en and zh", () => {
  it.each(rejected)("%s = %p", (argument, validate, value, range) => {
    const error = expectInputError(() => validate(value), argument, "number");
    expect(error.localized.en).toContain(range);
    expect(error.localized.zh).toContain(range);
    expect(error.localized.en).toContain(String(value));
  });

  it("uses the caller's argument name, so adapters speak the sheet's vocabulary", () => {
    expectInputError(() => validateSpecificEmbeddedEmissions(-1, "embedded"), "embedded", "number");
    expectInputError(() => validateCertificatePrice("x", "eu_price"), "eu_price", "value");
  });

  it.each([NaN, Infinity])("a non-finite price (%p) is rejected", (value) => {
    expectInputError(() => validateCertificatePrice(value), "certificatePrice", "number");
  });
});

describe("accepted boundaries", () => {
  it.each<[Validator, unknown]>([
    [validateQuantity, 0],
    [validateSpecificEmbeddedEmissions, 0],
    [validateSpecificEmbeddedEmissions, 100],
    [validateBenchmark, 100],
    [validateCertificatePrice, "0.01"],
    [validatePaidPrice, 0],
    [validateCrossSectoralCorrectionFactor, 1],
    [validateYear, 2023],
    [validateYear, 2100],
  ])("%p accepts %p", (validate, value) => {
    expect(() => validate(value)).not.toThrow();
  });

  it("returns the year as a number, accepting a numeric string", () => {
    expect(validateYear("2026")).toBe(2026);
  });
});

describe("validateYear", () => {
  it.each([2026.5, "2030.1"])("rejects the non-integer year %p", (value) => {
    expect(expectInputError(() => validateYear(value), "year", "number").localized.en).toMatch(/whole/);
  });

  it("rejects a non-numeric year as #VALUE!", () => {
    expectInputError(() => validateYear("next year"), "year", "value");
  });
});

describe("validateGood", () => {
  it("accepts every category id, trimmed and case-insensitive", () => {
    expect(validateGood(" Iron-and-Steel ")).toBe("iron-and-steel");
    expect(validateGood("electricity")).toBe("electricity");
  });

  it.each(["steel", "", 3, null])("rejects %p naming good", (value) => {
    const error = expectInputError(() => validateGood(value), "good", "value");
    expect(error.localized.en).toContain("fertilisers");
  });
});
