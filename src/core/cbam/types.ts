/**
 * Types of the CBAM cost engine (shared/spec/cbam.md). Quantities are decimal.js values from the
 * engine's clone (see decimal.ts); `.toNumber()` gives Excel a plain number, `.toFixed(2)` gives
 * the UI an exact string.
 */
import type Decimal from "decimal.js";
import type { LocalizedText } from "../shared/localizedText";
import type { DecimalInput } from "./decimal";

/** CBAM goods categories, Regulation (EU) 2023/956 Annex I. */
export type CbamGood = "iron-and-steel" | "aluminium" | "cement" | "fertilisers" | "hydrogen" | "electricity";

/** A regulatory figure from the spec or a secondary source that could not be checked against the act. */
export interface SourcedFigure {
  /** Legal act and article, or who reports it. */
  source: string;
  /** false when the figure is "as reported" by secondary sources and still to be checked against the act. */
  verified: boolean;
}

/** One year of the ETS free-allocation phase-out for CBAM sectors. Shares are decimal strings. */
export interface FreeAllocationRow {
  year: number;
  /** Share of free allocation EU producers still receive, FA(year). */
  freeAllocationShare: string;
  /** Share of embedded emissions CBAM charges for, 1 − FA(year). */
  phaseInShare: string;
  source: string;
}

/** The default-value mark-up of one year, as a fraction (0.1 = +10 %). */
export interface DefaultValueMarkupRow extends SourcedFigure {
  year: number;
  /** Mark-up for every good except fertilisers. */
  markup: string;
  fertilisersMarkup: string;
  caveat: LocalizedText;
}

export interface CbamGoodDefinition {
  id: CbamGood;
  name: LocalizedText;
  /** Unit of the imported quantity: tonnes, or MWh for electricity. */
  quantityUnit: "t" | "MWh";
  /** Whether indirect emissions (electricity consumed) count in the embedded emissions. */
  indirectEmissionsCount: boolean;
  indirectEmissionsSource: string;
  indirectEmissionsVerified: boolean;
  /** Whether the good's net mass counts towards, and can be exempted by, the 50 t de minimis. */
  countsTowardDeMinimis: boolean;
  source: string;
}

export interface DeMinimisRule extends SourcedFigure {
  /** Net mass per importer per calendar year, tonnes, at or below which nothing is owed. */
  thresholdTonnes: string;
  caveat: LocalizedText;
}

export type CbamPeriod = "transitional" | "definitive";

/** Why a figure in a breakdown deserves the user's attention. */
export type CbamWarningCode =
  | "before-definitive-period"
  | "clamped-to-zero"
  | "default-value-markup-applied"
  | "de-minimis-applies"
  | "de-minimis-not-applicable"
  | "no-benchmark"
  | "cscf-unverified";

export interface CbamWarning {
  code: CbamWarningCode;
  message: LocalizedText;
}

/** A free-allocation share looked up for a year (years after the table keep its last row). */
export interface FreeAllocationShare {
  year: number;
  freeAllocationShare: Decimal;
  phaseInShare: Decimal;
  source: string;
}

export interface DefaultValueMarkup extends SourcedFigure {
  year: number;
  good: CbamGood;
  /** Fraction added to the default value: SEE used = SEE × (1 + markup). */
  markup: Decimal;
  caveat: LocalizedText;
}

/** A good and its net mass imported in the calendar year, for the de minimis test. */
export interface GoodMass {
  good: CbamGood;
  /** Tonnes (MWh for electricity, which never counts). */
  mass: DecimalInput;
}

export interface DeMinimisResult extends SourcedFigure {
  applies: boolean;
  /** Net mass that counts towards the threshold (electricity and hydrogen left out), tonnes. */
  countedMassTonnes: Decimal;
  thresholdTonnes: Decimal;
  explanation: LocalizedText;
  caveat: LocalizedText;
}

/** The cross-sectoral correction factor as used in a calculation. */
export interface CscfUsed {
  value: Decimal;
  /** true when the caller supplied it, false when the neutral default 1 applied. */
  userSupplied: boolean;
  caveat: LocalizedText;
}

/**
 * Inputs of one import line. Every number accepts a number, numeric string or Decimal; optional
 * inputs may be undefined or null (an omitted Excel argument).
 */
export interface CbamObligationInput {
  /** Specific embedded emissions, tCO2e per tonne of good (per MWh for electricity). */
  specificEmbeddedEmissions: DecimalInput;
  /** Quantity imported, tonnes (MWh for electricity). */
  quantity: DecimalInput;
  /** CBAM certificate price, EUR per tCO2e (supplied by the user, never fetched). */
  certificatePrice: DecimalInput;
  /** Calendar year of import. */
  year: number;
  /** CBAM benchmark, tCO2e per tonne. Absent: no free allocation adjustment (an upper bound, warned). */
  benchmark?: DecimalInput | null;
  /**
   * Carbon price effectively paid in the country of origin, EUR per tCO2e of embedded emissions,
   * net of rebates (the paper's total carbon price paid, per tonne of emissions). Default 0.
   */
  paidPrice?: DecimalInput | null;
  /**
   * Embedded emissions the paid price was paid on, tCO2e. Default: quantity × SEE as entered
   * (before any default-value mark-up, which is a surcharge, not emissions anyone paid on).
   */
  emissionsPaidOnTonnes?: DecimalInput | null;
  /** The good; needed for the default-value mark-up and for the de minimis test. */
  good?: CbamGood | null;
  /** SEE is a Commission default value: the year's mark-up is added. */
  seeIsDefaultValue?: boolean | null;
  /** Cross-sectoral correction factor on the free allocation adjustment, (0, 1]. Default 1 (verify). */
  crossSectoralCorrectionFactor?: DecimalInput | null;
  /** Importer's total net mass of CBAM goods in the calendar year, tonnes, for the de minimis test. */
  importerAnnualMassTonnes?: DecimalInput | null;
  /** CNY per EUR. Absent: no CNY figures (never fetched, never defaulted). */
  exchangeRateCnyPerEur?: DecimalInput | null;
}

/** Everything behind one line's cost, so the user can check it by hand. */
export interface CbamBreakdown {
  year: number;
  period: CbamPeriod;
  good: CbamGood | null;
  quantity: Decimal;
  /** SEE as the user entered it. */
  specificEmbeddedEmissionsEntered: Decimal;
  /** SEE after the default-value mark-up (equal to the entered SEE for actual values). */
  specificEmbeddedEmissionsUsed: Decimal;
  /** Q × SEE used, tCO2e. */
  grossEmbeddedEmissions: Decimal;
  /** FAA = Q × BM × FA(year) × CSCF, in certificates (tCO2e). */
  freeAllocationAdjustment: Decimal;
  /** Emissions the origin carbon price was paid on, tCO2e. */
  emissionsPaidOn: Decimal;
  /** D = paid price × emissions paid on / certificate price, in certificates (Art. 9). */
  deduction: Decimal;
  /** Q × SEE − FAA − D at full precision; may be negative. */
  certificatesBeforeClamp: Decimal;
  /**
   * Certificates to surrender, full precision (never rounded by the engine): max(0, before clamp),
   * or 0 when the transitional period or de minimis waives the obligation.
   */
  certificates: Decimal;
  /** Why the obligation is zero regardless of the formula, if it is. */
  obligationWaivedBy: "transitional-period" | "de-minimis" | null;
  certificatePrice: Decimal;
  /** certificates × price, half-up to the cent: the one rounding of the engine. */
  costEur: Decimal;
  /** Unrounded cost ÷ quantity, half-up to the cent; null when the quantity is 0. */
  costPerTonneEur: Decimal | null;
  exchangeRateCnyPerEur: Decimal | null;
  /** costEur × rate, half-up to 0.01 CNY; null without a user-supplied rate. */
  costCny: Decimal | null;
  parameters: {
    /** null in the transitional period (no adjustment applies). */
    freeAllocation: FreeAllocationShare | null;
    /** null when no benchmark was supplied. */
    benchmark: Decimal | null;
    /** null when SEE is an actual value or no obligation applies. */
    defaultValueMarkup: DefaultValueMarkup | null;
    crossSectoralCorrectionFactor: CscfUsed;
    paidPrice: Decimal;
    /** null when no importer annual mass was supplied. */
    deMinimis: DeMinimisResult | null;
  };
  warnings: CbamWarning[];
}
