import type { LocalizedText } from "../shared/localizedText";
import type { CheckComparison, StandardsCoverage } from "../park/types";
import type { TediBreakdown, TediParameters } from "../tedi/types";
import type { RawCell } from "./cellValue";

export type { RawCell } from "./cellValue";

/** What the add-in (or the CLI) hands the validator. Nothing here is ever modified. */
export interface SheetInput {
  sheetName: string;
  /** Exactly as Excel's `range.values`: numbers, strings, booleans, "" for blanks, "#N/A" for errors. */
  values: readonly (readonly RawCell[])[];
  /** Optional `range.formulas` of the same block: formula cells start with "=". */
  formulas?: readonly (readonly RawCell[])[];
  /** Optional per-row hidden flags of the same block (row.rowHidden). */
  hiddenRows?: readonly boolean[];
  /** Optional `range.numberFormat`: a "%" format means Excel stored 12 % as 0.12. */
  numberFormats?: readonly (readonly RawCell[])[];
  /** Top-left cell of the block on the sheet, e.g. "B3" (the used range need not start at A1). */
  origin?: string;
  /**
   * Optional 1-based sheet row of each block row, when the block keeps only rows that hold data
   * (rows may then be sparse arrays): time and memory follow the cells that hold data, not the used
   * range. Without it, block row i is sheet row origin + i.
   */
  rowNumbers?: readonly number[];
  /** Optional merged areas of the sheet ("A5:A6"): a blank cell inside one reads its top-left cell. */
  mergedAreas?: readonly string[];
}

export interface ValidateOptions {
  /**
   * In a sheet that lists several parks, the park the top-level fields describe (its name as in
   * the sheet); the first park listed when omitted. Every park is validated either way (`parks`).
   */
  park?: string;
  /** Threshold profile ids to check; all profiles when omitted. */
  profiles?: readonly string[];
  /** Year to assess when the table lists several; the latest year when omitted. */
  year?: number;
  /** Relaxation for a park in transition (paper: 20-30 %), as a fraction, applied where a check allows it. */
  transitionRelaxation?: number;
  /** Parameters passed on to the TEDI score (targets the paper does not give); relaxation comes from above. */
  tediParams?: Omit<TediParameters, "transitionRelaxation">;
  /** Called with the fraction of rows done (0..1), every `progressEveryRows` rows and at the end. */
  onProgress?: (fractionDone: number) => void;
  /** Rows per progress step / chunk; 5,000 when omitted. */
  progressEveryRows?: number;
}

export type IssueSeverity = "error" | "warning" | "info";

export type IssueCode =
  | "empty-sheet"
  | "no-header"
  | "header-only"
  | "repeated-header"
  | "extra-column"
  | "unknown-indicator"
  | "ambiguous-indicator"
  | "missing-value"
  | "text-value"
  | "excel-error"
  | "unknown-unit"
  | "unit-mismatch"
  | "negative-value"
  | "share-over-100"
  | "percent-format-hint"
  | "conflict"
  | "duplicate"
  | "year-date-serial"
  | "year-invalid"
  | "other-year"
  | "formula-cells"
  | "hidden-row"
  | "derived-differs"
  | "unknown-profile"
  | "blank-label"
  | "date-value"
  | "formula-not-calculated"
  | "unit-header-differs"
  | "nothing-to-validate";

/** One finding, always naming the cell it is about (full address with the sheet name). */
export interface SheetIssue {
  code: IssueCode;
  severity: IssueSeverity;
  cell: string;
  /** Further cells involved (e.g. the other occurrence of a conflicting indicator). */
  otherCells?: readonly string[];
  indicatorId?: string;
  /** The park the finding is about, in a sheet that lists several. */
  park?: string;
  message: LocalizedText;
}

/** A value the sheet reports (or the validator derives), in the indicator's canonical unit. */
export interface IndicatorReading {
  indicatorId: string;
  name: LocalizedText;
  value: number;
  unit: string;
  /** Cell the value came from; for a derived value, the first input's cell. */
  cell: string;
  /** All cells involved (the sources of a Scope-table sum, the inputs of a derived value). */
  cells: readonly string[];
  origin: "reported" | "scope-sum" | "derived";
  /** How a derived value was computed, e.g. "C9 ÷ C6". */
  formula?: LocalizedText;
  /** For a derived ratio: the indicators it divides (what a "how to fix" line changes). */
  ratio?: { numerator: string; denominator: string };
  year?: number;
  hiddenRow: boolean;
  fromFormula: boolean;
}

/** Why an indicator has no usable value although the sheet mentions it. */
export interface UnusableIndicator {
  indicatorId: string;
  cells: readonly string[];
  reason: LocalizedText;
  /** False when the only trouble is a blank value (the check then reads "missing", not "error"). */
  blocking: boolean;
}

/**
 * "meets-reference" / "below-reference": a guiding indicator compared with its reference value;
 * guidance, never a failure.
 */
export type CheckStatus =
  "pass" | "fail" | "missing" | "not-applicable" | "error" | "meets-reference" | "below-reference";

/** Every status, in the order reports list them. */
export const CHECK_STATUSES: readonly CheckStatus[] = [
  "pass",
  "fail",
  "meets-reference",
  "below-reference",
  "missing",
  "not-applicable",
  "error",
];

export interface CheckOutcome {
  profileId: string;
  profileName: LocalizedText;
  checkId: string;
  indicatorId: string;
  indicatorName: LocalizedText;
  status: CheckStatus;
  comparison: CheckComparison;
  value: number | null;
  /** The check's (canonical) unit. */
  unit: string;
  /** Limit actually applied (after any transition relaxation); null for presence checks. */
  limit: number | null;
  source: string;
  verified: boolean;
  /** Cell the value came from; null when the sheet does not report it. */
  cell: string | null;
  origin: IndicatorReading["origin"] | null;
  /** How many of the 22 standards use the indicator, where the paper says so. */
  usedByStandards: number | null;
  message: LocalizedText;
}

export interface TableLocation {
  headerCell: string;
  /** "long": one indicator per row; "wide": one park per row, indicators as columns. */
  layout: "long" | "wide";
  /** The column naming the park, when the sheet lists several parks. */
  parkColumn: string | null;
  /** Value columns by year when years are columns ("2023年", "2024年"). */
  yearColumns: readonly { column: string; year: number }[];
  labelColumn: string;
  valueColumn: string;
  unitColumn: string | null;
  yearColumn: string | null;
  scopeColumn: string | null;
  /** First and last data row (sheet row numbers). */
  firstDataRow: number;
  lastDataRow: number;
}

export interface ValidationSummary {
  rowsScanned: number;
  dataRows: number;
  recognisedRows: number;
  checks: Record<CheckStatus, number>;
  errors: number;
  warnings: number;
  assessedYear: number | null;
  /** How the assessed year was chosen: asked for (--year), the latest with data, or none listed. */
  yearChosen: "requested" | "latest-with-data" | "none";
  /**
   * True when nothing could be validated: no recognised row, or no check with a value (every
   * check missing). The result then says "not a park emission sheet" and gives no TEDI score.
   */
  nothingToValidate: boolean;
}

/** The result for one park (a sheet without a park column is one park named null). */
export interface ParkValidation {
  /** The park's name as in the sheet; null when the table names no park. */
  park: string | null;
  readings: readonly IndicatorReading[];
  unusable: readonly UnusableIndicator[];
  checks: readonly CheckOutcome[];
  /** Findings about this park's rows and values, plus the sheet's own findings. */
  issues: readonly SheetIssue[];
  /** TEDI breakdown (scoreTedi over the readings); null when there is nothing to validate. */
  tedi: TediBreakdown | null;
  coverage: StandardsCoverage | null;
  summary: ValidationSummary;
}

/**
 * The validation of one sheet. Its park fields describe one park (the one asked for, else the
 * first listed); `parks` holds every park of the sheet, in the order the sheet names them.
 */
export interface ValidationResult extends ParkValidation {
  sheetName: string;
  table: TableLocation | null;
  /** Findings about the sheet itself (header, layout), not about one park. */
  sheetIssues: readonly SheetIssue[];
  parks: readonly ParkValidation[];
}
