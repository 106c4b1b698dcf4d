/**
 * Scores TEDI from indicator names as typed in a sheet (for the TEDI_SCORE custom function):
 * names are resolved with the park matcher, values converted to canonical units, then scoreTedi.
 * Every label that cannot be used comes back as an error naming the label; nothing is guessed.
 */
import { convertToCanonical } from "../park/convert";
import { matchIndicator } from "../park/match";
import type { IndicatorDefinition } from "../park/types";
import { InputError, type InputErrorKind, isInputError } from "../shared/inputError";
import type { LocalizedText } from "../shared/localizedText";
import { scoreTedi } from "./score";
import type { TediBreakdown, TediParameters } from "./types";

export interface TediLabelError {
  /** Position in the labels argument (0-based). */
  index: number;
  label: string;
  /** Excel's reading: an unknown or ambiguous name is notAvailable (#N/A), a bad number number (#NUM!). */
  kind: InputErrorKind;
  reason: LocalizedText;
}

export interface ResolvedLabel {
  index: number;
  label: string;
  indicatorId: string;
  value: number;
}

export type TediFromLabelsResult =
  | { ok: true; breakdown: TediBreakdown; resolved: readonly ResolvedLabel[] }
  | { ok: false; errors: readonly TediLabelError[] };

export interface TediFromLabelsOptions {
  /** Unit per label; when absent, a unit in the label ("（万元）") is used, else the canonical unit. */
  units?: readonly (string | null | undefined)[];
  parameters?: TediParameters;
}

const isBlank = (text: string | null | undefined): boolean =>
  text === null || text === undefined || text.trim() === "";

/**
 * Without a unit: shares follow convertToCanonical's rule (> 1 is a percentage), flags and counts
 * are taken as given, and other quantities are read in the canonical unit (the function's help
 * says so).
 */
function defaultUnit(indicator: IndicatorDefinition): string {
  return indicator.kind === "share" || indicator.kind === "flag" || indicator.kind === "count"
    ? ""
    : indicator.canonicalUnit;
}

function resolve(
  label: string,
  index: number,
  value: number,
  unit: string | null | undefined,
): { resolved: ResolvedLabel } | { error: TediLabelError } {
  const error = (reason: LocalizedText, kind: InputErrorKind = "value") => ({
    error: { index, label, kind, reason },
  });
  const match = matchIndicator(label);
  if (match.status === "unknown") {
    return error({ en: `Unknown indicator "${label}".`, zh: `无法识别的指标“${label}”。` }, "notAvailable");
  }
  if (match.status === "ambiguous") {
    const ids = match.candidates.map((candidate) => candidate.id).join(", ");
    const zh = match.candidates.map((candidate) => candidate.name.zh).join("、");
    return error(
      {
        en: `"${label}" could mean several indicators (${ids}); use a more specific name.`,
        zh: `“${label}”可能对应多个指标（${zh}），请使用更明确的名称。`,
      },
      "notAvailable",
    );
  }
  const indicator = match.indicator;
  const unitLabel = !isBlank(unit) ? (unit ?? "") : (match.unitHint ?? defaultUnit(indicator));
  const converted = convertToCanonical(indicator, value, unitLabel);
  if (!converted.ok) return error(converted.reason);
  return { resolved: { index, label, indicatorId: indicator.id, value: converted.value } };
}

/**
 * labels[i] names the indicator whose value is values[i]. Blank rows (blank label, blank value)
 * are skipped. Errors: unknown or ambiguous labels, unit problems, the same indicator twice, a
 * value without a label, and values the scorer rejects (mapped back to their label).
 */
export function scoreTediFromLabels(
  labels: readonly (string | null | undefined)[],
  values: readonly (number | null | undefined)[],
  options: TediFromLabelsOptions = {},
): TediFromLabelsResult {
  if (labels.length !== values.length) {
    throw new InputError("value", "values", {
      en: `Indicators and values must have the same length (${labels.length} vs ${values.length}).`,
      zh: `指标与数值的个数应相同（${labels.length}与${values.length}）。`,
    });
  }
  const errors: TediLabelError[] = [];
  const resolved: ResolvedLabel[] = [];
  labels.forEach((rawLabel, index) => {
    const value = values[index];
    const label = rawLabel ?? "";
    if (isBlank(label)) {
      if (value !== null && value !== undefined) {
        errors.push({
          index,
          label,
          kind: "value",
          reason: { en: `Value ${value} has no indicator name.`, zh: `数值${value}缺少指标名称。` },
        });
      }
      return;
    }
    if (value === null || value === undefined) return; // reported as not disclosed by the scorer
    const outcome = resolve(label, index, value, options.units?.[index]);
    if ("error" in outcome) return void errors.push(outcome.error);
    const earlier = resolved.find((entry) => entry.indicatorId === outcome.resolved.indicatorId);
    if (earlier) {
      errors.push({
        index,
        label,
        kind: "value",
        reason: {
          en: `"${label}" is the same indicator as "${earlier.label}" (${earlier.indicatorId}).`,
          zh: `“${label}”与“${earlier.label}”为同一指标（${earlier.indicatorId}）。`,
        },
      });
      return;
    }
    resolved.push(outcome.resolved);
  });
  if (errors.length > 0) return { ok: false, errors };
  try {
    const breakdown = scoreTedi(
      new Map(resolved.map((entry) => [entry.indicatorId, entry.value])),
      options.parameters,
    );
    return { ok: true, breakdown, resolved };
  } catch (caught) {
    const culprit = isInputError(caught)
      ? resolved.find((entry) => entry.indicatorId === caught.argument)
      : undefined;
    if (!culprit || !isInputError(caught)) throw caught;
    return {
      ok: false,
      errors: [{ index: culprit.index, label: culprit.label, kind: caught.kind, reason: caught.localized }],
    };
  }
}
