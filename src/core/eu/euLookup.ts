/**
 * The EU data lookups over loaded tables (see loadEuTables): indexes are built once, every
 * look-up after that is a few map reads.
 */
import { LAST_PLAUSIBLE_YEAR } from "../cbam";
import { transitionalYearError } from "../cbam/transitionalYearError";
import { InputError } from "../shared/inputError";
import {
  createBenchmarkIndex,
  type BenchmarkColumn,
  type BenchmarkFound,
  type BenchmarkQuery,
} from "./benchmarkIndex";
import { formatCnCode, parseCnCodeInput, type CnCodeInput } from "./cnCode";
import { createCountryIndex, type CountryOrigin, type ExemptOrigin, type Origin } from "./countryIndex";
import { createDefaultValueIndex, withMarkup, type DefaultValueFound } from "./defaultValueIndex";
import { createGoodsIndex, type CbamGoodFound, type CbamGoodLookup } from "./goodsIndex";
import type { EuSource, EuTables } from "./types";
import { validateEuTables } from "./validateEuTables";

export interface EuLookup {
  /** Annex I/II by CN code (text or number); `covered: false` for a code outside CBAM. */
  cbamGood(cnCode: unknown, argument?: string): CbamGoodLookup;
  /** As cbamGood, but a code outside CBAM is InputError "notAvailable" (#N/A) with the reason. */
  requireCbamGood(cnCode: unknown, argument?: string): CbamGoodFound;
  /** A country of origin (ISO code, English or Chinese name); Annex III origins come back `exempt: true`. */
  origin(country: unknown, argument?: string): Origin;
  /**
   * The default value of a CBAM good from a country, with the year's mark-up when a year is
   * given. Throws InputError: "notAvailable" for an exempt origin, a code outside CBAM or a
   * good without a default value; "value" for a bad code or country, or a code with two lines.
   */
  defaultValue(cnCode: unknown, country: unknown, year?: number | null): DefaultValueFound;
  /** A CBAM benchmark (Column B unless asked otherwise). */
  benchmark(cnCode: unknown, query?: BenchmarkQuery): BenchmarkFound;
  /** The files behind the figures, for labels and citations. */
  sources: { defaultValues: EuSource; benchmarks: EuSource; goods: EuSource[] };
}

/** A year for the mark-up: whole, plausible, and in the definitive period (#N/A before 2026). */
export function markupYear(year: unknown, argument = "year"): number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < 2023 || year > LAST_PLAUSIBLE_YEAR) {
    throw new InputError("value", argument, {
      en: `${argument} must be a calendar year from 2026 on, e.g. 2026 (got ${String(year)}).`,
      zh: `${argument} 须为2026年及以后的年份，如 2026（输入值：${String(year)}）。`,
    });
  }
  if (year < 2026) throw transitionalYearError(year, { en: "default-value mark-up", zh: "默认值加成" });
  return year;
}

export function exemptOriginError(origin: ExemptOrigin, argument = "country"): InputError {
  return new InputError("notAvailable", argument, {
    en: `${origin.name.en} is outside CBAM (Regulation (EU) 2023/956 Annex III): no CBAM cost and no default value.`,
    zh: `${origin.name.zh}不在CBAM适用范围内（条例(EU) 2023/956 附件三）：无CBAM成本，也无默认值。`,
  });
}

export function notACbamGoodError(
  found: Exclude<CbamGoodLookup, CbamGoodFound>,
  argument = "cn_code",
): InputError {
  const code = formatCnCode(found.digits);
  if (found.longerCodes.length > 0) {
    const list = found.longerCodes.map(formatCnCode).join(", ");
    return new InputError("notAvailable", argument, {
      en: `${argument} ${code}: only some codes under it are CBAM goods (${list}); give the full code.`,
      zh: `${argument} ${code}：其下仅部分编码属于CBAM产品（${list}）；请给出完整编码。`,
    });
  }
  const why = found.excludedBy
    ? {
        en: ` (Annex I excludes ${formatCnCode(found.excludedBy)})`,
        zh: `（附件一排除 ${formatCnCode(found.excludedBy)}）`,
      }
    : { en: "", zh: "" };
  return new InputError("notAvailable", argument, {
    en: `${argument} ${code} is not a CBAM good: Regulation (EU) 2023/956 Annex I does not list it${why.en}.`,
    zh: `${argument} ${code} 不是CBAM产品：条例(EU) 2023/956 附件一未列入${why.zh}。`,
  });
}

const MEMO_LIMIT = 10_000;

/**
 * `parse` remembered per primitive input (text or number), at most MEMO_LIMIT entries: memory
 * stays bounded, and a failing input is not remembered (its error is thrown again).
 */
function memoized<T>(parse: (value: unknown) => T): (value: unknown) => T {
  const seen = new Map<unknown, T>();
  return (value) => {
    if (typeof value !== "string" && typeof value !== "number") return parse(value);
    const known = seen.get(value);
    if (known !== undefined) return known;
    const parsed = parse(value);
    if (seen.size >= MEMO_LIMIT) seen.clear();
    seen.set(value, parsed);
    return parsed;
  };
}

export function createEuLookup(tables: EuTables): EuLookup {
  validateEuTables(tables);
  const goods = createGoodsIndex(tables.goods);
  const origin = createCountryIndex(tables.countries, tables.goods.exemptCountries);
  const defaults = createDefaultValueIndex(tables.defaultValues);
  const benchmarks = createBenchmarkIndex(tables.benchmarks);

  // What users type repeats (a column of the same codes and countries): parsed once each.
  const parseCode = memoized((value: unknown) => parseCnCodeInput(value, "cn_code"));
  const parsedCode = (value: unknown, argument: string): CnCodeInput =>
    argument === "cn_code" ? parseCode(value) : parseCnCodeInput(value, argument);
  const originOf = memoized((value: unknown) => origin(value, "country"));
  const parsedOrigin = (value: unknown, argument = "country"): Origin =>
    argument === "country" ? originOf(value) : origin(value, argument);

  const goodOf = memoized((digits: unknown) => goods(digits as string));
  const cbamGood = (cnCode: unknown, argument = "cn_code"): CbamGoodLookup =>
    goodOf(parsedCode(cnCode, argument).digits);
  const benchmarkOf = memoized((key: unknown) => {
    const [digits, route, column, year, highest] = (key as string).split("|");
    return benchmarks.find(digits!, {
      route: route || null,
      column: column as BenchmarkColumn,
      year: year ? Number(year) : null,
      highest: highest === "1",
    });
  });
  const lineOf = memoized((key: unknown) => {
    const [digits, route, country] = (key as string).split("|");
    return defaults.find({ digits: digits!, route: route || null }, originOf(country)! as CountryOrigin);
  });
  const requireCbamGood = (cnCode: unknown, argument = "cn_code"): CbamGoodFound => {
    const found = cbamGood(cnCode, argument);
    if (!found.covered) throw notACbamGoodError(found, argument);
    return found;
  };

  return {
    cbamGood,
    requireCbamGood,
    origin: parsedOrigin,
    defaultValue(cnCode, country, year) {
      const code = parseCode(cnCode);
      const from = originOf(country);
      const checkedYear = year === undefined || year === null ? null : markupYear(year);
      if (from.exempt) throw exemptOriginError(from);
      requireCbamGood(code.digits);
      const found = lineOf(`${code.digits}|${code.route ?? ""}|${from.code}`);
      const markup = checkedYear === null ? null : defaults.markupFor(found.sector, checkedYear);
      const printed = checkedYear === null ? null : found.printed[Math.min(checkedYear, 2028) - 2026];
      // Built field by field: object rest/spread here cost ten times the look-up itself.
      return {
        digits: found.digits,
        lineCode: found.lineCode,
        description: found.description,
        sector: found.sector,
        country: found.country,
        table: found.table,
        tableName: found.tableName,
        direct: found.direct,
        indirect: found.indirect,
        total: found.total,
        route: found.route,
        year: checkedYear,
        markup,
        valueForYear: markup === null ? null : withMarkup(found.total, markup),
        printedForYear: typeof printed === "number" ? printed : null,
        source: found.source,
      };
    },
    benchmark(cnCode, query) {
      const code = parseCode(cnCode);
      requireCbamGood(code.digits);
      const route = query?.route ?? code.route ?? "";
      return benchmarkOf(
        `${code.digits}|${route}|${query?.column ?? "B"}|${query?.year ?? ""}|${query?.highest ? 1 : 0}`,
      );
    },
    sources: {
      defaultValues: tables.defaultValues.source,
      benchmarks: tables.benchmarks.source,
      goods: tables.goods.sources,
    },
  };
}
