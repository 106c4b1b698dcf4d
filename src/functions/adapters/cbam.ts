/**
 * CBAM functions: Excel arguments → the core's validators (which name the argument and the range)
 * → core/cbam → plain numbers. The adapter only parses cells; every rule, rate and rounding is the
 * core's.
 */
import type { UiLanguage } from "../../core/shared/localizedText";
import { InputError } from "../../core/shared/inputError";
import {
  CBAM_GOOD_IDS,
  COST_PATH_YEARS,
  cbamCostEurQuick,
  computeCbamObligation,
  deMinimisApplies,
  freeAllocationShareFor,
  goodFromText,
  projectCostPath,
  validateBenchmark,
  validateCertificatePrice,
  validateMass,
  validatePaidPrice,
  validateQuantity,
  validateSpecificEmbeddedEmissions,
  validateYear,
  type CbamBreakdown,
  type CbamGood,
} from "../../core/cbam";
import { readCell } from "../arguments/cell";
import { readNumber, readOptionalNumber, readYearArgument, type NumberSpec } from "../arguments/readers";
import { EU_PRICE, YEAR } from "../arguments/commonSpecs";
import { ErrorInInput } from "../errors";
import { text } from "../language";
import { finish, guard, mapElements, type Matrix, type NamedArgument } from "../spill";

const EMBEDDED: NumberSpec = {
  name: "embedded",
  expects: text("tCO2e per tonne of good, 0 to 100", "每吨产品的 tCO2e，0 至 100"),
};
const QUANTITY: NumberSpec = {
  name: "quantity",
  expects: text("tonnes (MWh for electricity), 0 or more", "吨（电力为 MWh），不小于 0"),
};
const BENCHMARK: NumberSpec = {
  name: "benchmark",
  expects: text("tCO2e per tonne, 0 to 100, or blank", "每吨 tCO2e，0 至 100，或留空"),
};
const PAID_PRICE: NumberSpec = {
  name: "paid_price",
  expects: text(
    "EUR per tCO2e paid abroad, 0 or more, or blank",
    "境外已付碳价（欧元/tCO2e），不小于 0，或留空",
  ),
};
const ANNUAL_MASS: NumberSpec = {
  name: "annual_mass",
  expects: text("tonnes per year, 0 or more", "每年吨数，不小于 0"),
};
const FROM_YEAR: NumberSpec = { ...YEAR, name: "from_year", default: COST_PATH_YEARS[0] };
const TO_YEAR: NumberSpec = {
  ...YEAR,
  name: "to_year",
  default: COST_PATH_YEARS[COST_PATH_YEARS.length - 1],
};

/**
 * default_value: blank or FALSE = embedded is an actual (verified) value; a goods category =
 * embedded is the Commission's default value for that good, and the core adds the year's mark-up
 * (which depends on the good). TRUE alone is refused: the mark-up cannot be chosen without the good.
 */
export function readDefaultValue(raw: unknown): CbamGood | null {
  const cell = readCell(raw);
  switch (cell.kind) {
    case "blank":
      return null;
    case "error":
      throw new ErrorInInput(cell.code, "default_value");
    case "boolean":
    case "number": {
      if (cell.kind === "boolean" ? !cell.value : cell.value === 0) return null;
      const goods = CBAM_GOOD_IDS.join(", ");
      throw new InputError(
        "value",
        "default_value",
        text(
          `default_value: give the goods category (${goods}) instead of TRUE; the mark-up depends on it.`,
          `default_value：请填写产品类别（${goods}）而非 TRUE；加成比例取决于类别。`,
        ),
      );
    }
    case "text": {
      const folded = cell.text.toLowerCase();
      if (folded === "false" || folded === "否") return null;
      return validateGoodArgument(cell.text);
    }
  }
}

function validateGoodArgument(typed: string): CbamGood {
  const good = goodFromText(typed);
  if (good) return good;
  throw new InputError(
    "value",
    "default_value",
    text(
      `default_value: "${typed}" is not a goods category; expected blank, FALSE or one of ${CBAM_GOOD_IDS.join(", ")} (or its English or Chinese name).`,
      `default_value：“${typed}”不是产品类别；应为空、FALSE 或 ${CBAM_GOOD_IDS.join("、")} 之一（或其中文、英文名称）。`,
    ),
  );
}

const LINE_ARGUMENTS = [
  "embedded",
  "quantity",
  "eu_price",
  "year",
  "benchmark",
  "paid_price",
  "default_value",
];

/** One import line from one element of each argument, validated under the Excel names. */
function obligation(cells: readonly unknown[]): CbamBreakdown {
  const [embedded, quantity, euPrice, year, benchmark, paidPrice, defaultValue] = cells;
  const good = readDefaultValue(defaultValue);
  const benchmarkValue = readOptionalNumber(benchmark, BENCHMARK);
  const paidValue = readOptionalNumber(paidPrice, PAID_PRICE);
  return computeCbamObligation({
    specificEmbeddedEmissions: validateSpecificEmbeddedEmissions(
      readNumber(embedded, EMBEDDED),
      EMBEDDED.name,
    ),
    quantity: validateQuantity(readNumber(quantity, QUANTITY), QUANTITY.name),
    certificatePrice: validateCertificatePrice(readNumber(euPrice, EU_PRICE), EU_PRICE.name),
    year: validateYear(readYearArgument(year, YEAR), YEAR.name),
    benchmark: benchmarkValue === undefined ? undefined : validateBenchmark(benchmarkValue, BENCHMARK.name),
    paidPrice: paidValue === undefined ? undefined : validatePaidPrice(paidValue, PAID_PRICE.name),
    ...(good === null ? {} : { good, seeIsDefaultValue: true }),
  });
}

function named(names: readonly string[], values: readonly unknown[]): NamedArgument[] {
  return names.map((name, i) => ({ name, value: values[i] }));
}

function perLine(
  values: readonly unknown[],
  pick: (breakdown: CbamBreakdown) => number,
  language: UiLanguage,
): Matrix<unknown> {
  return guard(language, () =>
    finish(mapElements(named(LINE_ARGUMENTS, values), (cells) => pick(obligation(cells)), language)),
  );
}

/**
 * The core's quick cost of a line whose cells read cleanly, else undefined: then the full
 * obligation computes it, or names the argument at fault, exactly as before.
 */
function quickCost(cells: readonly unknown[]): number | undefined {
  const [embedded, quantity, euPrice, year, benchmark, paidPrice, defaultValue] = cells;
  try {
    return cbamCostEurQuick({
      defaultValueOf: readDefaultValue(defaultValue),
      benchmark: readOptionalNumber(benchmark, BENCHMARK),
      paidPrice: readOptionalNumber(paidPrice, PAID_PRICE),
      specificEmbeddedEmissions: readNumber(embedded, EMBEDDED),
      quantity: readNumber(quantity, QUANTITY),
      certificatePrice: readNumber(euPrice, EU_PRICE),
      year: readYearArgument(year, YEAR),
    });
  } catch {
    return undefined;
  }
}

/** CBAM_COST: EUR, half-up to the cent by the core (its quick path when the line is plain). */
export function cbamCostFormula(values: readonly unknown[], language: UiLanguage): Matrix<unknown> {
  return guard(language, () =>
    finish(
      mapElements(
        named(LINE_ARGUMENTS, values),
        (cells) => quickCost(cells) ?? obligation(cells).costEur.toNumber(),
        language,
      ),
    ),
  );
}

/** CBAM_CERTIFICATES: certificates at the core's full precision. */
export function cbamCertificatesFormula(values: readonly unknown[], language: UiLanguage): Matrix<unknown> {
  return perLine(values, (b) => b.certificates.toNumber(), language);
}

function perYear(year: unknown, pick: (y: number) => number, language: UiLanguage): Matrix<unknown> {
  return guard(language, () =>
    finish(
      mapElements(
        [{ name: YEAR.name, value: year }],
        ([cell]) => pick(validateYear(readYearArgument(cell, YEAR), YEAR.name)),
        language,
      ),
    ),
  );
}

export function freeAllocationFormula(year: unknown, language: UiLanguage): Matrix<unknown> {
  return perYear(year, (y) => freeAllocationShareFor(y).freeAllocationShare.toNumber(), language);
}

export function phaseInFormula(year: unknown, language: UiLanguage): Matrix<unknown> {
  return perYear(year, (y) => freeAllocationShareFor(y).phaseInShare.toNumber(), language);
}

export function deMinimisFormula(annualMass: unknown, language: UiLanguage): Matrix<unknown> {
  return guard(language, () =>
    finish(
      mapElements(
        [{ name: ANNUAL_MASS.name, value: annualMass }],
        ([cell]) => deMinimisApplies(validateMass(readNumber(cell, ANNUAL_MASS), ANNUAL_MASS.name)).applies,
        language,
      ),
    ),
  );
}

const PATH_HEADER = {
  en: ["Year", "Free allocation share", "CBAM cost, EUR per tonne"],
  zh: ["年份", "免费配额比例", "CBAM 成本（欧元/吨）"],
};

/** A year of the projection window (the core projects 2026-2034; from 2034 on nothing changes). */
function pathYear(raw: unknown, spec: NumberSpec): number {
  const year = validateYear(readYearArgument(raw, spec), spec.name);
  const first = COST_PATH_YEARS[0]!;
  const last = COST_PATH_YEARS[COST_PATH_YEARS.length - 1]!;
  if (year < first || year > last) {
    throw new InputError(
      "number",
      spec.name,
      text(
        `${spec.name} must be within ${first}-${last} (got ${year}); from ${last} on free allocation stays 0 %.`,
        `${spec.name} 须在 ${first}-${last} 之间（输入值：${year}）；${last} 年起免费配额保持为 0%。`,
      ),
    );
  }
  return year;
}

/** CBAM_COST_PATH: header + one row per year: year, free allocation share, EUR per tonne. */
export function costPathFormula(values: readonly unknown[], language: UiLanguage): Matrix<unknown> {
  return guard(language, () => {
    const [embedded, euPrice, benchmark, paidPrice, fromYear, toYear] = values.map(singleCell());
    const benchmarkValue = readOptionalNumber(benchmark, BENCHMARK);
    const paidValue = readOptionalNumber(paidPrice, PAID_PRICE);
    const from = pathYear(fromYear, FROM_YEAR);
    const to = pathYear(toYear, TO_YEAR);
    if (from > to) {
      throw new InputError(
        "value",
        "to_year",
        text(`to_year (${to}) is before from_year (${from}).`, `to_year（${to}）早于 from_year（${from}）。`),
      );
    }
    const rows = projectCostPath({
      specificEmbeddedEmissions: validateSpecificEmbeddedEmissions(
        readNumber(embedded, EMBEDDED),
        EMBEDDED.name,
      ),
      certificatePrice: validateCertificatePrice(readNumber(euPrice, EU_PRICE), EU_PRICE.name),
      benchmark: benchmarkValue === undefined ? undefined : validateBenchmark(benchmarkValue, BENCHMARK.name),
      paidPrice: paidValue === undefined ? undefined : validatePaidPrice(paidValue, PAID_PRICE.name),
    });
    const body = rows
      .filter((row) => row.year >= from && row.year <= to)
      .map((row) => [row.year, row.freeAllocationShare.toNumber(), row.costPerTonneEur.toNumber()]);
    return [[...PATH_HEADER[language]], ...body];
  });
}

const PATH_ARGUMENTS = ["embedded", "eu_price", "benchmark", "paid_price", "from_year", "to_year"];

/** CBAM_COST_PATH takes single values: a range given anyway must be one cell. */
function singleCell() {
  return (value: unknown, index: number): unknown => {
    if (!Array.isArray(value)) return value;
    const cells = (value as unknown[]).flat();
    if (cells.length === 1) return cells[0];
    const name = PATH_ARGUMENTS[index] ?? "argument";
    throw new InputError(
      "value",
      name,
      text(`${name} must be a single value for a cost path.`, `${name} 须为单个数值（成本路径）。`),
    );
  };
}
