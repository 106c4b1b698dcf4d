/**
 * Shapes of the generated EU data files (src/core/eu/data/*.json, written by `npm run eu-data`
 * from the Commission's workbooks and the Official Journal texts) and of the lookup results.
 */
import type { CbamGood } from "../cbam";

/** Where a generated file comes from: named in every file, shown wherever a value is shown. */
export interface EuSource {
  /** File name as published or copied (e.g. "default-values-v1-2026-02-04.xlsx"). */
  file: string;
  /** What it is, for users ("Commission workbook of default values"). */
  title: string;
  /** The publisher's version ("1") or "as published" for a legal text. */
  version: string;
  /** ISO date of the version, when the file states one. */
  date: string | null;
  sha256: string;
  /** The act whose figures are binding (the workbook itself is not). */
  binding: string;
}

/**
 * A default value field: a number (tCO2e per tonne, rounded to the three decimals the Official
 * Journal prints), null for "–", "_" or empty (→ the "Other countries and territories" table),
 * "N/A" where the field does not apply (indirect emissions of Annex II goods).
 */
export type DefaultField = number | null | "N/A";

/**
 * One line of a country table: [product index, direct, indirect, total, route letter(s) or "",
 * then the printed "including mark-up" values for 2026, 2027 and 2028 onwards]. The OJ computes
 * the printed year values from the unrounded total, so they can differ by 0.001 from
 * total × (1 + mark-up) (China 7608, 2026: printed 5,385; 4,896 × 1,1 = 5,3856).
 */
export type DefaultValueRow = [
  number,
  DefaultField,
  DefaultField,
  DefaultField | "see below",
  string,
  DefaultField?,
  DefaultField?,
  DefaultField?,
];

export interface DefaultValueProduct {
  /** CN code digits as the table prints them: 4, 6 or 8 digits. */
  code: string;
  description: string;
  sector: CbamGood;
}

export interface DefaultValueTable {
  /** The table's title as the Commission prints it ("China", "Other Countries and Territories"). */
  name: string;
  rows: DefaultValueRow[];
}

export interface DefaultValuesFile {
  source: EuSource;
  /** Mark-up by sector as the tables' sector rows print it: [2026, 2027, 2028 and onwards]. */
  markups: Record<string, [number, number, number]>;
  /** Every product line of any table, referenced by index from the rows. */
  products: DefaultValueProduct[];
  /** Tables by ISO 3166 alpha-2 code; "OTHER" = "Other countries and territories". */
  tables: Record<string, DefaultValueTable>;
}

/** One benchmark line: [8-digit CN code, description index, column A, marks A, column B, marks B]. */
export type BenchmarkRow = [string, number, number | null, string, number | null, string];

export interface BenchmarksFile {
  source: EuSource;
  descriptions: string[];
  /**
   * Route and period marks as printed, e.g. "(C)", "(1)", "(F)(1)": letters are production
   * routes, (1) production 2026-2027 and (2) 2028-2030 (IR 2025/2620).
   */
  rows: BenchmarkRow[];
}

export interface AnnexEntry {
  /** CN digits as the Annex prints them (2 to 8 digits). */
  code: string;
  description: string;
  sector: CbamGood;
  /** Codes (prefixes) the Annex excludes from this entry. */
  except: string[];
  /** The act that lists it (Regulation (EU) 2023/956 Annex I, or an amending act). */
  source: string;
}

export interface CbamGoodsFile {
  sources: EuSource[];
  annexI: AnnexEntry[];
  annexII: AnnexEntry[];
  /** Annex III point 1: origins outside CBAM, English names as printed. */
  exemptCountries: string[];
  exemptTerritories: string[];
}

export interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  en: string[];
  zh: string[];
}

export interface CountriesFile {
  source: { package: string; version: string; standard: string };
  countries: CountryEntry[];
  /** Annex III territories without an ISO code of their own, with their names. */
  exemptTerritories: { en: string; zh: string[] }[];
}

/** Everything the lookups need, as loaded from the generated files. */
export interface EuTables {
  defaultValues: DefaultValuesFile;
  benchmarks: BenchmarksFile;
  goods: CbamGoodsFile;
  countries: CountriesFile;
}
