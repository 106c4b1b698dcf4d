/**
 * Validates the inputs of one import line, in the caller's vocabulary: adapters pass their own
 * argument names (e.g. { specificEmbeddedEmissions: "embedded" }) so errors name the sheet's arguments.
 */
import type Decimal from "decimal.js";
import { InputError } from "../shared/inputError";
import { cbamGoodDefinition } from "./cbamGoodDefinition";
import { CROSS_SECTORAL_CORRECTION_FACTOR } from "./data/crossSectoralCorrectionFactor";
import { CBAM_GOOD_IDS } from "./data/goods";
import { CbamDecimal, ZERO } from "./decimal";
import type { CbamGood, CbamObligationInput } from "./types";
import {
  optionalDecimal,
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
} from "./validateInputs";

/** Names to use in error messages instead of the input's property names. */
export type CbamArgumentNames = Partial<
  Record<Exclude<keyof CbamObligationInput, "seeIsDefaultValue">, string>
>;

export interface ObligationInputs {
  year: number;
  quantity: Decimal;
  specificEmbeddedEmissions: Decimal;
  certificatePrice: Decimal;
  benchmark: Decimal | null;
  paidPrice: Decimal;
  /** Default: quantity × SEE as entered. */
  emissionsPaidOn: Decimal;
  /** null when the caller left the CSCF out. */
  crossSectoralCorrectionFactorSupplied: Decimal | null;
  /** The supplied CSCF or the neutral default 1. */
  crossSectoralCorrectionFactor: Decimal;
  exchangeRate: Decimal | null;
  good: CbamGood | null;
  seeIsDefaultValue: boolean;
  importerAnnualMassTonnes: Decimal | null;
}

function goodRequired(argument: string, reason: { en: string; zh: string }): InputError {
  const list = CBAM_GOOD_IDS.join(", ");
  return new InputError("value", argument, {
    en: `${argument} is required ${reason.en} (one of ${list}).`,
    zh: `${reason.zh}须提供 ${argument}（${list} 之一）。`,
  });
}

/** The annual total includes this line, so (for goods that count) it cannot be smaller. */
function checkAnnualMassCoversLine(inputs: ObligationInputs, argument: string): void {
  const { importerAnnualMassTonnes: annual, quantity, good } = inputs;
  if (annual === null || good === null || !cbamGoodDefinition(good).countsTowardDeMinimis) return;
  if (annual.greaterThanOrEqualTo(quantity)) return;
  throw new InputError("number", argument, {
    en: `${argument} must be ≥ quantity (${quantity.toString()} t): the annual total includes this import (got ${annual.toString()}).`,
    zh: `${argument} 必须 ≥ 本次进口量（${quantity.toString()} 吨），年度总量包含本次进口（输入值：${annual.toString()}）。`,
  });
}

/**
 * Coerces and range-checks every input of computeCbamObligation, applying its defaults.
 * @throws InputError naming the (possibly renamed) argument and its expected range.
 */
export function readObligationInput(
  input: CbamObligationInput,
  names: CbamArgumentNames = {},
): ObligationInputs {
  const name = (key: keyof CbamArgumentNames): string => names[key] ?? key;
  const quantity = validateQuantity(input.quantity, name("quantity"));
  const specificEmbeddedEmissions = validateSpecificEmbeddedEmissions(
    input.specificEmbeddedEmissions,
    name("specificEmbeddedEmissions"),
  );
  const cscf = optionalDecimal(
    input.crossSectoralCorrectionFactor,
    (value) => validateCrossSectoralCorrectionFactor(value, name("crossSectoralCorrectionFactor")),
    null,
  );
  const inputs: ObligationInputs = {
    year: validateYear(input.year, name("year")),
    quantity,
    specificEmbeddedEmissions,
    certificatePrice: validateCertificatePrice(input.certificatePrice, name("certificatePrice")),
    benchmark: optionalDecimal(input.benchmark, (value) => validateBenchmark(value, name("benchmark")), null),
    paidPrice: optionalDecimal(input.paidPrice, (value) => validatePaidPrice(value, name("paidPrice")), ZERO),
    emissionsPaidOn: optionalDecimal(
      input.emissionsPaidOnTonnes,
      (value) => validateEmissions(value, name("emissionsPaidOnTonnes")),
      quantity.times(specificEmbeddedEmissions),
    ),
    crossSectoralCorrectionFactorSupplied: cscf,
    crossSectoralCorrectionFactor: cscf ?? new CbamDecimal(CROSS_SECTORAL_CORRECTION_FACTOR.defaultValue),
    exchangeRate: optionalDecimal(
      input.exchangeRateCnyPerEur,
      (value) => validateExchangeRate(value, name("exchangeRateCnyPerEur")),
      null,
    ),
    good: input.good === undefined || input.good === null ? null : validateGood(input.good, name("good")),
    seeIsDefaultValue: input.seeIsDefaultValue === true,
    importerAnnualMassTonnes: optionalDecimal(
      input.importerAnnualMassTonnes,
      (value) => validateMass(value, name("importerAnnualMassTonnes")),
      null,
    ),
  };
  if (inputs.good === null && inputs.seeIsDefaultValue) {
    throw goodRequired(name("good"), { en: "when SEE is a default value", zh: "使用默认值时" });
  }
  if (inputs.good === null && inputs.importerAnnualMassTonnes !== null) {
    throw goodRequired(name("good"), { en: "with an importer annual mass", zh: "提供进口商年度净质量时" });
  }
  checkAnnualMassCoversLine(inputs, name("importerAnnualMassTonnes"));
  return inputs;
}
