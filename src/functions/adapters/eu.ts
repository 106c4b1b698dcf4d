/**
 * Functions over the official EU data (core/eu): CBAM_DEFAULT_SEE, CBAM_BENCHMARK,
 * CBAM_COST_DEFAULT, CBAM_GOOD. The tables load on first use (separate chunks from the add-in's
 * own origin), so these entry points are asynchronous; after the load every cell is a few map
 * reads. Every error with a message is #VALUE! or #N/A: Excel shows messages only on those two.
 */
import {
  CBAM_GOODS,
  computeCbamObligation,
  validateCertificatePrice,
  validateQuantity,
  type CbamGood,
} from "../../core/cbam";
import {
  formatCnCode,
  loadEuLookup,
  markupYear,
  parseCnCodeInput,
  type BenchmarkColumn,
  type EuLookup,
} from "../../core/eu";
import { InputError } from "../../core/shared/inputError";
import type { UiLanguage } from "../../core/shared/localizedText";
import { readCell } from "../arguments/cell";
import { readNumber, readYearArgument, type NumberSpec } from "../arguments/readers";
import { EU_PRICE, YEAR } from "../arguments/commonSpecs";
import { ErrorInInput } from "../errors";
import { text } from "../language";
import { finish, guard, mapElements, type Matrix } from "../spill";

const QUANTITY: NumberSpec = {
  name: "quantity",
  expects: text("tonnes, 0 or more", "吨，不小于 0"),
};

/** A CN code or country cell: text or number as typed; blank, TRUE/FALSE and error cells refused. */
function typedValue(raw: unknown, argument: string, expects: { en: string; zh: string }): string | number {
  const cell = readCell(raw);
  if (cell.kind === "error") throw new ErrorInInput(cell.code, argument);
  if (cell.kind === "blank" || cell.kind === "boolean") {
    const shown = cell.kind === "blank" ? "" : cell.value ? "TRUE" : "FALSE";
    throw new InputError(
      "value",
      argument,
      text(
        `${argument} ${shown ? `"${shown}" is not accepted` : "is empty"}; expected ${expects.en}.`,
        `${argument} ${shown ? `“${shown}”不可用` : "为空"}；应为${expects.zh}。`,
      ),
    );
  }
  if (typeof raw === "number" || typeof raw === "string") return raw;
  return cell.kind === "number" ? cell.value : cell.text;
}

const CN_EXPECTS = {
  en: "a CN code of 4 to 10 digits, e.g. 7208 51 20",
  zh: "4至10位数字的CN编码，如 7208 51 20",
};
const COUNTRY_EXPECTS = {
  en: "an ISO 3166 code (CN), an English name (China) or a Chinese name (中国)",
  zh: "ISO 3166代码（CN）、英文名（China）或中文名（中国）",
};

const cnCode = (raw: unknown): string | number => typedValue(raw, "cn_code", CN_EXPECTS);
const country = (raw: unknown): string | number => typedValue(raw, "country", COUNTRY_EXPECTS);

function optionalYear(raw: unknown): number | null {
  if (readCell(raw).kind === "blank") return null;
  return readYearArgument(raw, YEAR);
}

/** Loads the tables, then evaluates element-wise like the other functions. */
async function overTables(
  language: UiLanguage,
  args: { name: string; value: unknown }[],
  compute: (eu: EuLookup, cells: unknown[]) => unknown,
): Promise<Matrix<unknown>> {
  const eu = await loadEuLookup();
  return guard(language, () => finish(mapElements(args, (cells) => compute(eu, cells), language)));
}

/** CBAM_DEFAULT_SEE: total default value, with the year's mark-up when a year is given. */
export function defaultSeeFormula(
  values: readonly unknown[],
  language: UiLanguage,
): Promise<Matrix<unknown>> {
  const [cn, origin, year] = values;
  return overTables(
    language,
    [
      { name: "cn_code", value: cn },
      { name: "country", value: origin },
      { name: "year", value: year },
    ],
    (eu, [c, o, y]) => {
      const found = eu.defaultValue(cnCode(c), country(o), optionalYear(y));
      return found.valueForYear ?? found.total;
    },
  );
}

function readRoute(raw: unknown): string | null {
  const cell = readCell(raw);
  if (cell.kind === "blank") return null;
  if (cell.kind === "error") throw new ErrorInInput(cell.code, "route");
  const typed = cell.kind === "text" ? cell.text.replace(/[()\s]/g, "").toUpperCase() : "";
  if (/^[A-Z]$/.test(typed)) return typed;
  throw new InputError(
    "value",
    "route",
    text(
      `route: expected a production route letter such as C (BF/BOF) or K (primary aluminium), or blank.`,
      `route：应为生产路线字母，如 C（高炉-转炉）或 K（原铝），或留空。`,
    ),
  );
}

function readColumn(raw: unknown): BenchmarkColumn {
  const cell = readCell(raw);
  if (cell.kind === "blank") return "B";
  if (cell.kind === "error") throw new ErrorInInput(cell.code, "column");
  const typed = cell.kind === "text" ? cell.text.trim().toUpperCase() : "";
  if (typed === "A" || typed === "B") return typed;
  throw new InputError(
    "value",
    "column",
    text(
      `column: expected "A" (with actual data) or "B" (with default values), or blank for B.`,
      `column：应为 "A"（配合实际数据）或 "B"（配合默认值），留空为 B。`,
    ),
  );
}

/** CBAM_BENCHMARK: Column B unless asked otherwise; a route and a year narrow several lines. */
export function benchmarkFormula(values: readonly unknown[], language: UiLanguage): Promise<Matrix<unknown>> {
  const [cn, route, column, year] = values;
  return overTables(
    language,
    [
      { name: "cn_code", value: cn },
      { name: "route", value: route },
      { name: "column", value: column },
      { name: "year", value: year },
    ],
    (eu, [c, r, col, y]) =>
      eu.benchmark(cnCode(c), { route: readRoute(r), column: readColumn(col), year: optionalYear(y) }).value,
  );
}

/**
 * CBAM_COST_DEFAULT: EUR on the default path. SEE = default value with the year's mark-up; the
 * benchmark = Column B of the route the default-values table gives for the country (the highest
 * where several grades share the code, the period of the year); free allocation and CSCF as in
 * CBAM_COST. An Annex III origin costs 0; so does a year of the transitional period (2023-2025).
 */
export function costDefaultFormula(
  values: readonly unknown[],
  language: UiLanguage,
): Promise<Matrix<unknown>> {
  const [cn, origin, quantity, euPrice, year] = values;
  return overTables(
    language,
    [
      { name: "cn_code", value: cn },
      { name: "country", value: origin },
      { name: "quantity", value: quantity },
      { name: "eu_price", value: euPrice },
      { name: "year", value: year },
    ],
    (eu, [c, o, q, p, y]) => {
      const code = cnCode(c);
      const from = eu.origin(country(o), "country");
      const tonnes = validateQuantity(readNumber(q, QUANTITY), QUANTITY.name);
      const price = validateCertificatePrice(readNumber(p, EU_PRICE), EU_PRICE.name);
      const importYear = readYearArgument(y, YEAR);
      const good = eu.requireCbamGood(code);
      if (from.exempt) return 0;
      if (importYear >= 2023 && importYear < 2026) {
        eu.defaultValue(code, from.code!); // the code must still have a default value
        return 0;
      }
      const found = eu.defaultValue(code, from.code!, markupYear(importYear));
      const route = parseCnCodeInput(code).route ?? (found.route || null);
      const benchmark = eu.benchmark(code, { column: "B", route, year: importYear, highest: true });
      return computeCbamObligation({
        specificEmbeddedEmissions: String(found.valueForYear),
        quantity: tonnes,
        certificatePrice: price,
        year: importYear,
        benchmark: benchmark.value,
        good: good.sector,
      }).costEur.toNumber();
    },
  );
}

const GOOD_FIELDS: Record<string, "sector" | "id" | "description" | "direct_only"> = {
  sector: "sector",
  行业: "sector",
  id: "id",
  编号: "id",
  description: "description",
  描述: "description",
  direct_only: "direct_only",
  仅直接排放: "direct_only",
};

function readGoodField(raw: unknown): "sector" | "id" | "description" | "direct_only" {
  const cell = readCell(raw);
  if (cell.kind === "blank") return "sector";
  if (cell.kind === "error") throw new ErrorInInput(cell.code, "field");
  const field = cell.kind === "text" ? GOOD_FIELDS[cell.text.trim().toLowerCase()] : undefined;
  if (field) return field;
  throw new InputError(
    "value",
    "field",
    text(
      `field: expected "SECTOR", "ID", "DESCRIPTION" or "DIRECT_ONLY", or blank for the sector.`,
      `field：应为 "SECTOR"、"ID"、"DESCRIPTION" 或 "DIRECT_ONLY"，留空为行业。`,
    ),
  );
}

const sectorName = (good: CbamGood, language: UiLanguage): string =>
  CBAM_GOODS.find((entry) => entry.id === good)!.name[language];

/** CBAM_GOOD: what Annex I and II say about a CN code. */
export function goodFormula(values: readonly unknown[], language: UiLanguage): Promise<Matrix<unknown>> {
  const [cn, field] = values;
  return overTables(
    language,
    [
      { name: "cn_code", value: cn },
      { name: "field", value: field },
    ],
    (eu, [c, f]) => {
      const wanted = readGoodField(f);
      const good = eu.requireCbamGood(cnCode(c));
      switch (wanted) {
        case "sector":
          return sectorName(good.sector, language);
        case "id":
          return good.sector;
        case "description":
          return `${formatCnCode(good.annexCode)} – ${good.description}`;
        case "direct_only":
          return good.directEmissionsOnly;
      }
    },
  );
}
