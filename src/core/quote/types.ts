/**
 * The export quote: what the user types (drafts of strings, so a half-typed number survives a
 * re-render), what validation turns it into (Decimals), and what the quote costs.
 */
import type Decimal from "decimal.js";
import type { CbamBreakdown, CbamGood, CbamWarning, DeMinimisResult } from "../cbam";
import type { LocalizedText } from "../shared/localizedText";

/** Whether a line's SEE is an actual (verified) value or the Commission's default value. */
export type SeeValueType = "actual" | "default";

/** One product line as typed in the form or read from the workbook. Blank fields are "". */
export interface QuoteLineDraft {
  description: string;
  /** Combined Nomenclature code, 8 digits; spaces and dots allowed ("7208 51 20"). */
  cnCode: string;
  /** "" = take the good from the CN code. */
  good: CbamGood | "";
  /** Tonnes (MWh for electricity). */
  quantity: string;
  /** Specific embedded emissions, tCO2e per tonne. */
  see: string;
  valueType: SeeValueType;
  /** tCO2e per tonne; "" = none (no free allocation adjustment, an upper bound). */
  benchmark: string;
  /** EUR per tonne, before CBAM. */
  basePrice: string;
  /** The scenario's lower SEE for this line (per-line scenario); "" = unchanged. */
  alternativeSee: string;
  /**
   * Country of origin (ISO code, English or Chinese name); "" = none. With a CN code it gives the
   * official default value and benchmark when no SEE is typed (core/quote/lineDefaults).
   */
  country: string;
}

/** The EU certificate price: one value for every year, or one per year 2026-2034. */
export type PriceDraft =
  { kind: "single"; price: string } | { kind: "path"; byYear: Readonly<Record<number, string>> };

/** The "lower SEE" scenario: the same % reduction on every line, or an alternative SEE per line. */
export type ScenarioDraft = { kind: "percent"; reductionPercent: string } | { kind: "perLine" };

export interface QuoteDraft {
  lines: QuoteLineDraft[];
  price: PriceDraft;
  /** Carbon price paid at home, EUR per tCO2e of embedded emissions; "" = 0. */
  paidPrice: string;
  /** CNY per EUR; "" = no CNY figures (never fetched, never defaulted). */
  exchangeRate: string;
  deliveryYear: string;
  scenario: ScenarioDraft;
}

/** The fields of one product line a user fills in (the quote table's input columns). */
export type QuoteLineField =
  | "description"
  | "cnCode"
  | "country"
  | "good"
  | "quantity"
  | "see"
  | "valueType"
  | "benchmark"
  | "basePrice"
  | "alternativeSee";

/** The fields a validation issue can name. */
export type QuoteField =
  | "lines"
  | QuoteLineField
  | "certificatePrice"
  | "paidPrice"
  | "exchangeRate"
  | "deliveryYear"
  | "reductionPercent";

/** A problem with one field: `line` is 1-based, null for quote-level fields; `year` for a price path entry. */
export interface QuoteIssue {
  line: number | null;
  field: QuoteField;
  year?: number;
  /** "missing" when the field is blank and required (the form counts these as "inputs missing"). */
  kind?: "missing";
  message: LocalizedText;
}

export interface QuoteLine {
  /** 1-based, as shown to the user. */
  number: number;
  description: string;
  /** 8 digits, or null when none was given. */
  cnCode: string | null;
  /** Country of origin as typed ("" = none); it chose the default value when one was filled in. */
  country: string;
  good: CbamGood;
  quantity: Decimal;
  see: Decimal;
  seeIsDefaultValue: boolean;
  benchmark: Decimal | null;
  basePrice: Decimal;
  /** SEE of the scenario (equal to `see` when unchanged). */
  alternativeSee: Decimal;
}

export interface Quote {
  lines: QuoteLine[];
  /** One price for every year, or a price per year covering 2026-2034. */
  certificatePrice: Decimal | ReadonlyMap<number, Decimal>;
  paidPrice: Decimal;
  exchangeRate: Decimal | null;
  deliveryYear: number;
  scenario: { kind: "percent"; reductionPercent: Decimal } | { kind: "perLine" };
}

/** One line priced for one year at one SEE. */
export interface LineFigures {
  year: number;
  /** EUR, half-up to the cent (the engine's one rounding). */
  costEur: Decimal;
  /** EUR per tonne, half-up to the cent. */
  costPerTonneEur: Decimal;
  /** Cost per tonne ÷ base price × 100, half-up to 0.01. */
  surchargePercent: Decimal;
  costCny: Decimal | null;
  breakdown: CbamBreakdown;
}

/** Totals of several lines: sums of the rounded line figures. */
export interface QuoteTotals {
  costEur: Decimal;
  /** Total cost ÷ total quantity, half-up to the cent. */
  costPerTonneEur: Decimal;
  /** Σ quantity × base price. */
  baseValueEur: Decimal;
  /** Total cost ÷ base value × 100, half-up to 0.01. */
  surchargePercent: Decimal;
  costCny: Decimal | null;
}

/** The quote side by side with the lower-SEE scenario, for one year. */
export interface ScenarioComparison<T> {
  base: T;
  alternative: T;
  /** base cost − alternative cost, EUR. */
  savingEur: Decimal;
}

export interface QuoteLineResult {
  line: QuoteLine;
  delivery: ScenarioComparison<LineFigures>;
  /** One entry per year 2026-2034. */
  path: ScenarioComparison<LineFigures>[];
}

export interface QuotePathYear extends ScenarioComparison<QuoteTotals> {
  year: number;
  certificatePrice: Decimal;
  freeAllocationShare: Decimal;
}

export interface QuoteDeMinimis {
  result: DeMinimisResult;
  /** The rule is per importer per calendar year: other imports count too. */
  importerCaveat: LocalizedText;
}

export interface QuoteResult {
  quote: Quote;
  lines: QuoteLineResult[];
  delivery: ScenarioComparison<QuoteTotals> & { year: number };
  path: QuotePathYear[];
  deMinimis: QuoteDeMinimis;
  /** The engine's warnings for the delivery year, each once, with the lines it concerns. */
  warnings: { warning: CbamWarning; lines: number[] }[];
}
