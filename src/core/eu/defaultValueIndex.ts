/**
 * Default values of Implementing Regulation (EU) 2025/2621 Annex I by CN code and country
 * (shared/spec/cbam.md §6): a code without its own line takes its heading's line (8, then 6,
 * then 4 digits); a country without a table, without the line, or whose field is "–" or empty
 * takes "Other countries and territories". The figures are the Official Journal's (three
 * decimals); a year's value = total × (1 + that sector's mark-up of the year).
 */
import { CbamDecimal } from "../cbam/decimal";
import type { CbamGood } from "../cbam";
import { InputError } from "../shared/inputError";
import { formatCnCode, type CnCodeInput } from "./cnCode";
import type { CountryOrigin } from "./countryIndex";
import type {
  DefaultField,
  DefaultValueProduct,
  DefaultValueRow,
  DefaultValuesFile,
  EuSource,
} from "./types";

export const OTHER_TABLE = "OTHER";

export interface DefaultValueFound {
  /** The digits asked for and the code of the table line used (4, 6 or 8 digits). */
  digits: string;
  lineCode: string;
  description: string;
  sector: CbamGood;
  country: CountryOrigin;
  /** "CN", or "OTHER" when the "Other countries and territories" table gave the value. */
  table: string;
  tableName: string;
  direct: DefaultField;
  indirect: DefaultField;
  /** Total, tCO2e per tonne, as the Official Journal prints it (three decimals). */
  total: number;
  /** Production route(s) determining the CBAM benchmark: "C", "C/F" (either) or "" (none). */
  route: string;
  /** With a year: the year, its mark-up (0.1 = +10 %) and total × (1 + mark-up), unrounded. */
  year: number | null;
  markup: number | null;
  valueForYear: number | null;
  /**
   * With a year: the "including mark-up" value the OJ prints for it (three decimals, computed by
   * the Commission from the unrounded total, so it may differ by 0.001 from valueForYear).
   */
  printedForYear: number | null;
  source: EuSource;
}

/** A table line as found, with the printed year values (2026, 2027, 2028+) kept apart. */
export type LineFound = Omit<DefaultValueFound, "year" | "markup" | "valueForYear" | "printedForYear"> & {
  printed: [DefaultField, DefaultField, DefaultField];
};

interface Line {
  product: DefaultValueProduct;
  row: DefaultValueRow;
}

type TableIndex = Map<string, Line[]>;

function indexTable(file: DefaultValuesFile, rows: readonly DefaultValueRow[]): TableIndex {
  const index: TableIndex = new Map();
  for (const row of rows) {
    const product = file.products[row[0]]!;
    const lines = index.get(product.code);
    if (lines) lines.push({ product, row });
    else index.set(product.code, [{ product, row }]);
  }
  return index;
}

/** The codes to try for `digits`: itself, then its 8-, 6- and 4-digit headings. */
function candidates(digits: string): string[] {
  return [...new Set([digits, digits.slice(0, 8), digits.slice(0, 6), digits.slice(0, 4)])].filter(
    (code) => code.length <= digits.length,
  );
}

function findLines(index: TableIndex, digits: string): Line[] | undefined {
  for (const code of candidates(digits)) {
    const lines = index.get(code);
    if (lines) return lines;
  }
  return undefined;
}

const usable = (line: Line): boolean => typeof line.row[3] === "number";

export interface DefaultValueIndex {
  find(code: CnCodeInput, country: CountryOrigin): LineFound;
  markupFor(sector: CbamGood, year: number): number;
  source: EuSource;
}

function choicesError(digits: string, lines: readonly Line[]): InputError {
  const en = lines
    .map(
      (line) => `"${formatCnCode(digits)} (${line.row[4]})" for ${line.product.description} (${line.row[3]})`,
    )
    .join(", ");
  const zh = lines
    .map(
      (line) =>
        `“${formatCnCode(digits)} (${line.row[4]})”表示 ${line.product.description}（${line.row[3]}）`,
    )
    .join("，");
  return new InputError("value", "cn_code", {
    en: `cn_code ${formatCnCode(digits)} has ${lines.length} default-value lines; write the route after the code: ${en}.`,
    zh: `cn_code ${formatCnCode(digits)} 有 ${lines.length} 行默认值；请在编码后注明生产路线：${zh}。`,
  });
}

function seeBelowError(digits: string, lineCode: string, index: TableIndex): InputError {
  const under = [...index.keys()].filter(
    (code) => code.length > lineCode.length && code.startsWith(lineCode),
  );
  const shown = under.slice(0, 8).map(formatCnCode).join(", ") + (under.length > 8 ? ", …" : "");
  return new InputError("value", "cn_code", {
    en: `cn_code ${formatCnCode(digits)}: heading ${formatCnCode(lineCode)} has default values per subheading only; give a longer code, e.g. ${shown}.`,
    zh: `cn_code ${formatCnCode(digits)}：品目 ${formatCnCode(lineCode)} 仅按子目给出默认值；请给出更长的编码，如 ${shown}。`,
  });
}

function pickLine(lines: Line[], code: CnCodeInput, index: TableIndex): Line | null {
  let chosen = lines;
  if (lines.length > 1) {
    if (code.route === null) throw choicesError(code.digits, lines);
    chosen = lines.filter((line) => line.row[4].split("/").includes(code.route!));
    if (chosen.length !== 1) throw choicesError(code.digits, lines);
  }
  const line = chosen[0]!;
  if (line.row[3] === "see below") throw seeBelowError(code.digits, line.product.code, index);
  return usable(line) ? line : null;
}

export function createDefaultValueIndex(file: DefaultValuesFile): DefaultValueIndex {
  const tables = new Map<string, TableIndex>();
  for (const [key, table] of Object.entries(file.tables)) tables.set(key, indexTable(file, table.rows));
  const other = tables.get(OTHER_TABLE)!;
  return {
    source: file.source,
    markupFor(sector, year) {
      const markups = file.markups[sector];
      if (!markups) {
        throw new InputError("notAvailable", "cn_code", {
          en: `No default-value mark-up for ${sector} in Implementing Regulation (EU) 2025/2621.`,
          zh: `实施条例(EU) 2025/2621 未规定${sector}的默认值加成。`,
        });
      }
      return markups[Math.min(Math.max(year, 2026), 2028) - 2026]!;
    },
    find(code, country) {
      const own = tables.get(country.code);
      const ownLines = own ? findLines(own, code.digits) : undefined;
      let table = country.code;
      let line = own && ownLines ? pickLine(ownLines, code, own) : null;
      if (line === null) {
        table = OTHER_TABLE;
        const otherLines = findLines(other, code.digits);
        line = otherLines ? pickLine(otherLines, code, other) : null;
      }
      if (line === null) {
        throw new InputError("notAvailable", "cn_code", {
          en: `cn_code ${formatCnCode(code.digits)}: Implementing Regulation (EU) 2025/2621 Annex I gives no default value for it (electricity: Annex III, not in these tables).`,
          zh: `cn_code ${formatCnCode(code.digits)}：实施条例(EU) 2025/2621 附件一未给出其默认值（电力见附件三，不在本数据中）。`,
        });
      }
      const [, direct, indirect, total, route, y2026 = null, y2027 = null, y2028 = null] = line.row;
      return {
        digits: code.digits,
        lineCode: line.product.code,
        description: line.product.description,
        sector: line.product.sector,
        country,
        table,
        tableName: file.tables[table]!.name,
        direct,
        indirect,
        total: total as number,
        route,
        source: file.source,
        printed: [y2026, y2027, y2028],
      };
    },
  };
}

/**
 * total × (1 + mark-up), exactly (decimal), as a number. Totals have three decimals and mark-ups
 * at most four, so the product is an integer ratio computed exactly in doubles (the nearest double
 * to the exact decimal, as decimal.js would give, ~50 times faster); anything finer goes through
 * decimal.js.
 */
export function withMarkup(total: number, markup: number): number {
  const thousandths = Math.round(total * 1000);
  const factor = Math.round((1 + markup) * 10000);
  if (thousandths === total * 1000 && factor === (1 + markup) * 10000) return (thousandths * factor) / 1e7;
  return new CbamDecimal(total).times(new CbamDecimal(1).plus(markup)).toNumber();
}
