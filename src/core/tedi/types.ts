/**
 * Types of the TEDI score (shared/spec/tedi.md): the project's own scoring of the paper's TEDI
 * coupling framework (Technology, Energy, Data, Institution; seed 001 section 4.2) with the
 * coupling coordination degree model. The paper gives no formula; every target is data.
 */
import type { LocalizedText } from "../shared/localizedText";
import type { TediSubsystem } from "../park/types";

export type { TediSubsystem };

/** The user parameter a ratio-to-need rule divides by. */
export type TediNeed = "cbamAnnualCost" | "grossEmissions" | "patentsTarget";

interface RuleBase {
  indicatorId: string;
  /** Weight within the subsystem (equal by default). */
  weight: number;
  weightSource: string;
}

/** u = clamp(value / target, 0, 1). */
export interface ShareRule extends RuleBase {
  kind: "share";
  target: number;
  targetSource: string;
}

/** u = 1 at or below `good`, 0 at or above `bad`, linear between; optionally relaxed for transition. */
export interface CapRule extends RuleBase {
  kind: "cap";
  good: number;
  goodSource: string;
  bad: number;
  badSource: string;
  /** Whether a park in transition may relax good and bad by the user's 20-30 %. */
  relaxable: boolean;
}

/** u = 1 if the value is 1 (yes), else 0. */
export interface FlagRule extends RuleBase {
  kind: "flag";
  source: string;
}

/** u = clamp(value / need, 0, 1), need from the parameters; without it: "target not set". */
export interface RatioToNeedRule extends RuleBase {
  kind: "ratio-to-need";
  need: TediNeed;
  needSource: string;
}

export type TediRule = ShareRule | CapRule | FlagRule | RatioToNeedRule;

export interface TediParameters {
  /** Transition relaxation of the carbon-intensity limits: 0.2-0.3 (paper: +20-30 %), or none. */
  transitionRelaxation?: number | null;
  /**
   * Estimated annual CBAM cost in 万元 (10,000 CNY), the need for the CBAM risk reserve. Without it
   * the reserve is left out of the score (reported or not) and listed as "target not set".
   */
  cbamAnnualCost?: number | null;
  /** Target number of low-carbon patents per year; without it, patents are left out likewise. */
  patentsTarget?: number | null;
  /** Gross emissions in tCO2e for the CCUS ratio; defaults to values.gross_emissions. */
  grossEmissions?: number | null;
  /** Subsystem weights α in T = Σ α_k U_k; default 0.25 each; must sum to 1. */
  alpha?: Partial<Record<TediSubsystem, number>>;
}

/** Values in canonical catalog units (shares as fractions), keyed by indicator id; null = not reported. */
export type TediValues =
  ReadonlyMap<string, number | null> | Readonly<Record<string, number | null | undefined>>;

export type TediIndicatorStatus = "scored" | "not-disclosed" | "target-not-set";

export interface TediIndicatorScore {
  id: string;
  subsystem: TediSubsystem;
  /** The reported value (canonical unit), or null when not reported. */
  value: number | null;
  /** Indicator score in [0, 1]; null when left out of the score (target not set). */
  u: number | null;
  status: TediIndicatorStatus;
  rule: TediRule;
  /** Limits actually used (after relaxation / from the parameters). */
  applied?: { target?: number; good?: number; bad?: number };
}

export interface TediGradeBand {
  key: string;
  /** Lower bound of D, inclusive. */
  lower: number;
  en: string;
  zh: string;
}

export interface TediGrade {
  key: string;
  en: string;
  zh: string;
}

export interface TediBreakdown {
  indicators: readonly TediIndicatorScore[];
  subsystems: Readonly<Record<TediSubsystem, number>>;
  /** Coupling degree; null when every U is 0 (undefined, spec section 3). */
  C: number | null;
  T: number;
  D: number;
  /** How many of the twelve indicators have a value (reported 0 counts). */
  reported: number;
  /**
   * "insufficient data (k of 12 indicators reported)" when fewer than half are reported; score and
   * grade are then null: a score from a handful of values would mostly measure what is missing.
   */
  insufficientData: LocalizedText | null;
  /** D × 100; null when the data are insufficient. */
  score: number | null;
  grade: TediGrade | null;
  notDisclosed: readonly string[];
  targetNotSet: readonly string[];
  /** Relaxation applied to the carbon-intensity limits, if any. */
  transitionRelaxation: number | null;
  /** Says that the scoring method is the project's own. */
  method: LocalizedText;
}
