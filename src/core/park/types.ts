/**
 * Types of the zero-carbon park catalog: the 22 standards of the paper's Table 2, the indicator
 * catalog (Tables 3 and 5 plus the inventory quantities a park sheet reports) and the threshold
 * profiles the validator checks against. Facts: shared/spec/park-standards.md.
 *
 * Conventions every data entry follows:
 * - `source` says where the fact comes from (paper table/section, or why the project added it).
 * - Values are stored in the indicator's canonical unit; shares are fractions (0.12 = 12 %).
 */
import type { LocalizedText } from "../shared/localizedText";

// ---------------------------------------------------------------------------------------------
// Standards (paper Table 2)
// ---------------------------------------------------------------------------------------------

/** DB = local (provincial/city) standard, T/ = group (association) standard. */
export type StandardType = "local" | "group";

export interface ParkStandard {
  /** The paper's number (1-14, 16-22); null for the Shaanxi standard the paper lists unnumbered. */
  number: number | null;
  type: StandardType;
  issuer: LocalizedText;
  title: LocalizedText;
  /** Authoritative code, e.g. "DB15/T 2948—2023" (em dash as in the spec). */
  code: string;
  /** ISO date, YYYY-MM-DD. */
  issued: string;
  /**
   * Derived from the issuer, not stated by the paper: a province/city for local standards and
   * regional associations, "national" for national associations.
   */
  region: LocalizedText;
  source: string;
}

// ---------------------------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------------------------

export type IndicatorKind = "share" | "quantity" | "intensity" | "flag" | "count" | "money";
export type IndicatorDirection = "higher-is-better" | "lower-is-better" | "presence";
export type TediSubsystem = "T" | "E" | "D" | "I";
export type TediLayer =
  "core-compliance" | "dynamic-optimisation" | "technology-innovation" | "institutional";

/**
 * One accepted unit. canonical value = value × factor (e.g. 万tCO2 → tCO2e: factor 10,000).
 * `label` is the display spelling; `aliases` are other spellings users type. Matching is done on
 * normalizeUnit() of each (NFKC, case-fold, whitespace removed, trailing "per year" dropped).
 */
export interface UnitDefinition {
  label: string;
  aliases: readonly string[];
  factor: number;
}

export interface TediPlacement {
  subsystem: TediSubsystem;
  layer: TediLayer;
  /** True where the paper does not map the indicator and the subsystem is the project's choice. */
  placementIsProjectChoice?: boolean;
}

export interface IndicatorFrequency {
  /** How many of the 22 standards use the indicator (paper Table 3). */
  count: number;
  band: "high" | "low";
}

export interface IndicatorDefinition {
  /** Stable snake_case id; also matched as a label. */
  id: string;
  name: LocalizedText;
  /** Other names users type (zh and en); matched after normalisation. */
  aliases: readonly string[];
  /** Spelling of the canonical unit; equals the label of the units entry with factor 1. */
  canonicalUnit: string;
  units: readonly UnitDefinition[];
  kind: IndicatorKind;
  direction: IndicatorDirection;
  tedi?: TediPlacement;
  /** Only for indicators of the paper's Table 3. */
  frequencyAmong22?: IndicatorFrequency;
  /** Optional explanation shown next to the indicator (e.g. which lens a renewable share uses). */
  note?: LocalizedText;
  source: string;
}

// ---------------------------------------------------------------------------------------------
// Threshold profiles
// ---------------------------------------------------------------------------------------------

/**
 * 'max': value ≤ limit passes; 'min': value ≥ limit passes; 'present': the indicator only has to
 * be reported (used wherever the paper gives no threshold; the note says so).
 */
export type CheckComparison = "max" | "min" | "present";

/**
 * When a check applies, judged on another indicator's value (canonical unit): applies when
 * min ≤ value < maxExclusive. Used for the national notice's bands by annual energy use.
 */
export interface CheckApplicability {
  indicatorId: string;
  min?: number;
  maxExclusive?: number;
  /** Shown when the value falls outside the range ("not applicable"). */
  outside: LocalizedText;
}

/** The user may relax the limit by a fraction in [min, max] (limit × (1 + r)). */
export interface CheckRelaxation {
  min: number;
  max: number;
  source: string;
}

export interface ThresholdCheck {
  id: string;
  indicatorId: string;
  comparison: CheckComparison;
  /** Required for 'max' / 'min', absent for 'present'; in `unit`. */
  limit?: number;
  /** Must be the indicator's canonical unit (checked at load). */
  unit: string;
  source: string;
  note?: LocalizedText;
  /**
   * True when the figure (or, for presence checks, the indicator's place in the profile) is stated
   * by the paper; false for figures from secondary summaries not checked against the primary text.
   */
  verified: boolean;
  applicability?: CheckApplicability;
  relaxation?: CheckRelaxation;
  /** How many of the 22 standards use the indicator, where the paper says so (Table 3). */
  usedByStandards?: number;
  /**
   * A reference value shown as guidance: the outcome is "meets-reference" or "below-reference",
   * never "pass" or "fail" (the national notice's guiding indicators).
   */
  guidance?: boolean;
}

export interface ThresholdProfile {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  source: string;
  checks: readonly ThresholdCheck[];
}

// ---------------------------------------------------------------------------------------------
// Matching and conversion results
// ---------------------------------------------------------------------------------------------

export type IndicatorMatch =
  | { status: "matched"; indicator: IndicatorDefinition; via: "exact" | "containment"; unitHint?: string }
  | { status: "ambiguous"; candidates: readonly IndicatorDefinition[]; unitHint?: string }
  | { status: "unknown"; unitHint?: string };

export type ConversionResult =
  { ok: true; value: number; unit: string } | { ok: false; reason: LocalizedText };

// ---------------------------------------------------------------------------------------------
// 22-standard comparison (section 4.1)
// ---------------------------------------------------------------------------------------------

export interface EvaluationMethodCount {
  key: "weighted-scoring" | "indicator-reference" | "grade-division";
  name: LocalizedText;
  description: LocalizedText;
  /** Number of the 22 standards using the method; the paper gives no per-standard mapping. */
  standards: number;
  source: string;
}

export interface StandardsFact {
  key: string;
  text: LocalizedText;
  /** Codes of the standards the fact is about, if any. */
  standardCodes: readonly string[];
  source: string;
}

/** A substantive indicator group the paper says the 22 standards neglect. */
export interface SubstantiveGroup {
  key: "direct-green-power" | "ccus" | "scope3";
  name: LocalizedText;
  /** Any of these reported counts as the group being present in the sheet. */
  indicatorIds: readonly string[];
  /** What the paper says about how often the 22 standards use it. */
  among22: LocalizedText;
  source: string;
}

export interface CoverageEntry {
  indicator: IndicatorDefinition;
  count: number;
  present: boolean;
}

export interface StandardsCoverage {
  highFrequency: readonly CoverageEntry[];
  highFrequencyPresent: number;
  highFrequencyMissing: readonly CoverageEntry[];
  substantive: readonly { group: SubstantiveGroup; present: boolean; presentIds: readonly string[] }[];
  lowFrequencyPresent: readonly IndicatorDefinition[];
  /** Ids passed in that are not in the catalog (reported, not silently dropped). */
  unknownIds: readonly string[];
}
