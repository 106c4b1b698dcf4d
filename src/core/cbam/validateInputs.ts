/**
 * Input validation of the CBAM engine, shared with the Excel custom-function adapters: each
 * validator coerces one argument, checks its range and returns the engine's Decimal, or throws an
 * InputError naming the argument and the expected range in English and Chinese. Pass the
 * adapter's own argument name (e.g. "embedded") to have errors speak the user's vocabulary.
 */
import { goodFromText } from "./goodNames";
import type Decimal from "decimal.js";
import { InputError } from "../shared/inputError";
import { coerceDecimal } from "./coerceDecimal";
import { CBAM_GOOD_IDS } from "./data/goods";
import { LAST_PLAUSIBLE_YEAR, TRANSITIONAL_PERIOD_FIRST_YEAR } from "./data/periods";
import type { CbamGood } from "./types";

interface Bound {
  value: number;
  inclusive: boolean;
}

/** An accepted range: a lower bound, an optional upper bound, the unit shown in messages, why. */
export interface InputRange {
  lower: Bound;
  upper?: Bound;
  unit: string;
  source: string;
}

const PLAUSIBLE_INTENSITY =
  "project's plausibility bound: no CBAM good comes near 100 tCO2e per tonne, so a larger value is a unit error";

/** The ranges every CBAM input is checked against. */
export const CBAM_INPUT_RANGES = {
  quantity: { lower: { value: 0, inclusive: true }, unit: "t", source: "a quantity cannot be negative" },
  specificEmbeddedEmissions: {
    lower: { value: 0, inclusive: true },
    upper: { value: 100, inclusive: true },
    unit: "tCO2e/t",
    source: PLAUSIBLE_INTENSITY,
  },
  benchmark: {
    lower: { value: 0, inclusive: true },
    upper: { value: 100, inclusive: true },
    unit: "tCO2e/t",
    source: PLAUSIBLE_INTENSITY,
  },
  certificatePrice: {
    lower: { value: 0, inclusive: false },
    unit: "EUR/tCO2e",
    source: "the price divides the deduction",
  },
  paidPrice: {
    lower: { value: 0, inclusive: true },
    unit: "EUR/tCO2e",
    source: "a price paid is not negative",
  },
  exchangeRate: { lower: { value: 0, inclusive: false }, unit: "CNY/EUR", source: "a rate is positive" },
  crossSectoralCorrectionFactor: {
    lower: { value: 0, inclusive: false },
    upper: { value: 1, inclusive: true },
    unit: "",
    source: "a correction factor reduces free allocation, 1 leaves it unchanged",
  },
  mass: { lower: { value: 0, inclusive: true }, unit: "t", source: "a mass cannot be negative" },
  emissions: { lower: { value: 0, inclusive: true }, unit: "tCO2e", source: "emissions cannot be negative" },
  year: {
    lower: { value: TRANSITIONAL_PERIOD_FIRST_YEAR, inclusive: true },
    upper: { value: LAST_PLAUSIBLE_YEAR, inclusive: true },
    unit: "",
    source: "CBAM starts in 2023; later than 2100 is a typo",
  },
} satisfies Record<string, InputRange>;

function describeRange(range: InputRange): { en: string; zh: string } {
  const unit = range.unit === "" ? "" : ` ${range.unit}`;
  const lower = `${range.lower.inclusive ? "≥" : ">"} ${range.lower.value}`;
  if (range.upper === undefined) return { en: `${lower}${unit}`, zh: `${lower}${unit}` };
  const upper = `${range.upper.inclusive ? "≤" : "<"} ${range.upper.value}${unit}`;
  return { en: `${lower} and ${upper}`, zh: `${lower} 且 ${upper}` };
}

function outOfRange(argument: string, range: InputRange, got: string): InputError {
  const expected = describeRange(range);
  return new InputError("number", argument, {
    en: `${argument} must be ${expected.en} (got ${got}).`,
    zh: `${argument} 必须 ${expected.zh}（输入值：${got}）。`,
  });
}

/** Coerces `value` and checks it against `range`; the building block of every validator below. */
export function validateInRange(value: unknown, argument: string, range: InputRange): Decimal {
  const number = coerceDecimal(value, argument);
  const { lower, upper } = range;
  const aboveLower = lower.inclusive ? number.gte(lower.value) : number.gt(lower.value);
  const belowUpper =
    upper === undefined || (upper.inclusive ? number.lte(upper.value) : number.lt(upper.value));
  if (!aboveLower || !belowUpper) throw outOfRange(argument, range, number.toString());
  return number;
}

/** Quantity imported, tonnes (MWh for electricity): ≥ 0. */
export const validateQuantity = (value: unknown, argument = "quantity"): Decimal =>
  validateInRange(value, argument, CBAM_INPUT_RANGES.quantity);

/** Specific embedded emissions, tCO2e/t: within [0, 100]. */
export const validateSpecificEmbeddedEmissions = (
  value: unknown,
  argument = "specificEmbeddedEmissions",
): Decimal => validateInRange(value, argument, CBAM_INPUT_RANGES.specificEmbeddedEmissions);

/** CBAM benchmark, tCO2e/t: within [0, 100]. */
export const validateBenchmark = (value: unknown, argument = "benchmark"): Decimal =>
  validateInRange(value, argument, CBAM_INPUT_RANGES.benchmark);

/** CBAM certificate price, EUR/tCO2e: > 0 and finite. */
export const validateCertificatePrice = (value: unknown, argument = "certificatePrice"): Decimal =>
  validateInRange(value, argument, CBAM_INPUT_RANGES.certificatePrice);

/** Carbon price paid in the country of origin, EUR per tCO2e of embedded emissions: ≥ 0. */
export const validatePaidPrice = (value: unknown, argument = "paidPrice"): Decimal =>
  validateInRange(value, argument, CBAM_INPUT_RANGES.paidPrice);

/** Exchange rate, CNY per EUR: > 0. */
export const validateExchangeRate = (value: unknown, argument = "exchangeRateCnyPerEur"): Decimal =>
  validateInRange(value, argument, CBAM_INPUT_RANGES.exchangeRate);

/** Cross-sectoral correction factor: within (0, 1]. */
export const validateCrossSectoralCorrectionFactor = (
  value: unknown,
  argument = "crossSectoralCorrectionFactor",
): Decimal => validateInRange(value, argument, CBAM_INPUT_RANGES.crossSectoralCorrectionFactor);

/** A net mass, tonnes: ≥ 0. */
export const validateMass = (value: unknown, argument = "importerAnnualMassTonnes"): Decimal =>
  validateInRange(value, argument, CBAM_INPUT_RANGES.mass);

/** An amount of emissions, tCO2e: ≥ 0. */
export const validateEmissions = (value: unknown, argument = "emissionsPaidOnTonnes"): Decimal =>
  validateInRange(value, argument, CBAM_INPUT_RANGES.emissions);

/** Calendar year: a whole number within [2023, 2100]. Returns it as a JS number. */
export function validateYear(value: unknown, argument = "year"): number {
  const year = validateInRange(value, argument, CBAM_INPUT_RANGES.year);
  if (!year.isInteger()) {
    throw new InputError("number", argument, {
      en: `${argument} must be a whole calendar year within [${TRANSITIONAL_PERIOD_FIRST_YEAR}, ${LAST_PLAUSIBLE_YEAR}] (got ${year.toString()}).`,
      zh: `${argument} 必须是 ${TRANSITIONAL_PERIOD_FIRST_YEAR} 至 ${LAST_PLAUSIBLE_YEAR} 之间的整数年份（输入值：${year.toString()}）。`,
    });
  }
  return year.toNumber();
}

/**
 * A goods category: its id ("iron-and-steel", "aluminium", "cement", "fertilisers", "hydrogen",
 * "electricity") or its English or Chinese name ("Iron and steel", "钢铁"), see goodNames.ts.
 */
export function validateGood(value: unknown, argument = "good"): CbamGood {
  const good = typeof value === "string" ? goodFromText(value) : null;
  if (good !== null) return good;
  const shown = typeof value === "string" ? `"${value}"` : String(value);
  const list = CBAM_GOOD_IDS.join(", ");
  throw new InputError("value", argument, {
    en: `${argument} must be one of ${list}, or its English or Chinese name (got ${shown}).`,
    zh: `${argument} 必须是以下之一：${list}，或其中文、英文名称（输入值：${shown}）。`,
  });
}

/** Decimal of `value`, or `fallback` when the optional argument is absent (undefined or null). */
export function optionalDecimal(
  value: unknown,
  validate: (value: unknown) => Decimal,
  fallback: Decimal,
): Decimal;
export function optionalDecimal(
  value: unknown,
  validate: (value: unknown) => Decimal,
  fallback: null,
): Decimal | null;
export function optionalDecimal(
  value: unknown,
  validate: (value: unknown) => Decimal,
  fallback: Decimal | null,
): Decimal | null {
  return value === undefined || value === null ? fallback : validate(value);
}
