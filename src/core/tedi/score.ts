/**
 * scoreTedi: indicator scores → subsystem scores U_k → coupling C, T, D → score and grade
 * (shared/spec/tedi.md). Values are in canonical catalog units (shares as fractions).
 */
import Decimal from "decimal.js";
import { INDICATORS, indicatorById } from "../park/catalog";
import type { IndicatorDefinition } from "../park/types";
import { InputError } from "../shared/inputError";
import type { LocalizedText } from "../shared/localizedText";
import { couplingCoordination } from "./coupling";
import { DEFAULT_ALPHA, SUBSYSTEMS, TEDI_RULES, TRANSITION_RELAXATION_RANGE } from "./data/rules";
import { TEDI_GRADE_BANDS } from "./data/grades";
import { gradeOf } from "./grade";
import { relaxedCap, ruleScore } from "./indicatorScore";
import type {
  TediBreakdown,
  TediIndicatorScore,
  TediNeed,
  TediParameters,
  TediRule,
  TediSubsystem,
  TediValues,
} from "./types";
import { validateGradeBands, validateTediRules } from "./validate";

// Data errors fail at load, not as a wrong score on a user's sheet.
validateTediRules(TEDI_RULES, INDICATORS);
validateGradeBands(TEDI_GRADE_BANDS);

export const TEDI_METHOD_NOTE: LocalizedText = {
  en: "The paper proposes the TEDI framework but no scoring formula; this score is the project's own method (coupling coordination degree model, targets editable in the data).",
  zh: "论文提出TEDI框架但未给出计分公式；本得分为本项目自行采用的方法（耦合协调度模型，目标值可在数据中修改）。",
};

const numberError = (argument: string, en: string, zh: string): InputError =>
  new InputError("number", argument, { en, zh });

function toEntries(values: TediValues): [string, number | null | undefined][] {
  return values instanceof Map ? [...values.entries()] : Object.entries(values);
}

/** Shown instead of a score when fewer than half of the indicators are reported. */
export function insufficientDataText(reported: number, total: number): LocalizedText {
  return {
    en: `insufficient data (${reported} of ${total} indicators reported)`,
    zh: `数据不足（${total} 项指标中填报 ${reported} 项）`,
  };
}

/** Reported values by id; rejects unknown ids, non-finite and negative values, flags other than 0/1. */
function readValues(values: TediValues): Map<string, number> {
  const read = new Map<string, number>();
  for (const [id, value] of toEntries(values)) {
    const indicator = indicatorById(id);
    if (!indicator) {
      throw new InputError("value", id, {
        en: `"${id}" is not an indicator id of the catalog.`,
        zh: `“${id}”不是指标目录中的指标编号。`,
      });
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new InputError("value", id, {
        en: `${indicator.name.en}: the value must be a finite number.`,
        zh: `${indicator.name.zh}：数值必须为有限数字。`,
      });
    }
    if (value < 0) {
      throw numberError(
        id,
        `${indicator.name.en}: the value cannot be negative.`,
        `${indicator.name.zh}：数值不能为负。`,
      );
    }
    if (indicator.kind === "flag" && value !== 0 && value !== 1) {
      throw numberError(
        id,
        `${indicator.name.en}: expected 1 (yes) or 0 (no).`,
        `${indicator.name.zh}：应为1（是）或0（否）。`,
      );
    }
    read.set(id, value);
  }
  return read;
}

/** A positive need or null; anything else is an InputError naming the parameter. */
function positiveOrNull(name: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!(Number.isFinite(value) && value > 0)) {
    throw numberError(
      name,
      `${name} must be a positive number (got ${value}).`,
      `${name}应为正数（当前为${value}）。`,
    );
  }
  return value;
}

function readRelaxation(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const { min, max } = TRANSITION_RELAXATION_RANGE;
  if (!(Number.isFinite(value) && value >= min && value <= max)) {
    throw numberError(
      "transitionRelaxation",
      `The transition relaxation must be between ${min} and ${max} (20-30 %), got ${value}.`,
      `转型期放宽幅度应在${min}至${max}之间（20%~30%），当前为${value}。`,
    );
  }
  return value;
}

function readAlpha(alpha: TediParameters["alpha"]): Record<TediSubsystem, number> {
  // The default weights are checked once, not once per park.
  if (alpha === undefined) return (defaultAlpha ??= checkedAlpha(undefined));
  return checkedAlpha(alpha);
}

let defaultAlpha: Record<TediSubsystem, number> | undefined;

function checkedAlpha(alpha: TediParameters["alpha"]): Record<TediSubsystem, number> {
  const merged = { ...DEFAULT_ALPHA, ...alpha };
  let sum = new Decimal(0);
  for (const k of SUBSYSTEMS) {
    const a = merged[k];
    if (!(Number.isFinite(a) && a >= 0)) throw numberError("alpha", `α_${k} must be ≥ 0.`, `α_${k}应≥0。`);
    sum = sum.plus(a);
  }
  if (sum.minus(1).abs().greaterThan(1e-9)) {
    throw numberError(
      "alpha",
      `The weights α must sum to 1 (got ${sum.toString()}).`,
      `权重α之和应为1（当前为${sum.toString()}）。`,
    );
  }
  return merged;
}

function needs(parameters: TediParameters, values: Map<string, number>): Record<TediNeed, number | null> {
  return {
    cbamAnnualCost: positiveOrNull("cbamAnnualCost", parameters.cbamAnnualCost),
    patentsTarget: positiveOrNull("patentsTarget", parameters.patentsTarget),
    grossEmissions: positiveOrNull(
      "grossEmissions",
      parameters.grossEmissions ?? values.get("gross_emissions"),
    ),
  };
}

function subsystemOf(rule: TediRule): { indicator: IndicatorDefinition; subsystem: TediSubsystem } {
  const indicator = indicatorById(rule.indicatorId);
  if (!indicator?.tedi)
    throw new Error(`TEDI rule for "${rule.indicatorId}" has no TEDI indicator in the catalog`);
  return { indicator, subsystem: indicator.tedi.subsystem };
}

/** A share-kind indicator above 100 % is almost always a percentage passed as a fraction. */
function checkShareRange(indicator: IndicatorDefinition, rule: TediRule, value: number): void {
  if (indicator.kind === "share" && rule.kind === "share" && value > 1) {
    throw numberError(
      indicator.id,
      `${indicator.name.en}: ${value} is above 100 %; pass shares as fractions (0.12 for 12 %).`,
      `${indicator.name.zh}：${value}超过100%；比例请以小数填写（12%填0.12）。`,
    );
  }
}

function scoreIndicator(
  rule: TediRule,
  values: Map<string, number>,
  need: Record<TediNeed, number | null>,
  relaxation: number | null,
): TediIndicatorScore {
  const { indicator, subsystem } = subsystemOf(rule);
  const value = values.get(rule.indicatorId);
  const base = { id: rule.indicatorId, subsystem, rule };
  // Without its target a ratio-to-need indicator is left out, reported or not: were a reported 0
  // left out while an omitted one scored 0, reporting 0 would score better than saying nothing.
  if (rule.kind === "ratio-to-need" && need[rule.need] === null)
    return { ...base, value: value ?? null, u: null, status: "target-not-set" };
  // Not reported scores 0 whatever its target: only evidenced reduction counts (spec section 1).
  if (value === undefined) return { ...base, value: null, u: 0, status: "not-disclosed" };
  checkShareRange(indicator, rule, value);
  let applied: { target?: number; good?: number; bad?: number };
  switch (rule.kind) {
    case "share":
      applied = { target: rule.target };
      break;
    case "ratio-to-need": {
      const target = need[rule.need];
      if (target === null) return { ...base, value, u: null, status: "target-not-set" };
      applied = { target };
      break;
    }
    case "cap":
      applied = relaxedCap(rule, relaxation);
      break;
    case "flag":
      applied = {};
      break;
  }
  return { ...base, value, u: ruleScore(rule, value, applied), status: "scored", applied };
}

/** Weighted mean of the u of each subsystem, leaving out indicators whose target is not set. */
function subsystemScores(scores: readonly TediIndicatorScore[]): Record<TediSubsystem, number> {
  const result = { T: 0, E: 0, D: 0, I: 0 };
  for (const k of SUBSYSTEMS) {
    let weighted = new Decimal(0);
    let weights = new Decimal(0);
    for (const score of scores) {
      if (score.subsystem !== k || score.u === null) continue;
      weighted = weighted.plus(new Decimal(score.u).times(score.rule.weight));
      weights = weights.plus(score.rule.weight);
    }
    result[k] = weights.isZero() ? 0 : weighted.dividedBy(weights).toDecimalPlaces(12).toNumber();
  }
  return result;
}

/**
 * Scores a park on the TEDI framework. `values`: indicator id → value in canonical units (shares
 * as fractions, flags 0/1); ids outside the twelve core indicators are accepted and ignored
 * (gross_emissions is read for the CCUS ratio). Throws InputError on bad values or parameters.
 */
export function scoreTedi(values: TediValues, parameters: TediParameters = {}): TediBreakdown {
  const read = readValues(values);
  const relaxation = readRelaxation(parameters.transitionRelaxation);
  const alpha = readAlpha(parameters.alpha);
  const need = needs(parameters, read);
  const indicators = TEDI_RULES.map((rule) => scoreIndicator(rule, read, need, relaxation));
  const subsystems = subsystemScores(indicators);
  const { C, T, D } = couplingCoordination(subsystems, alpha);
  const reported = indicators.filter((s) => s.value !== null).length;
  const sufficient = reported * 2 >= indicators.length;
  return {
    indicators,
    subsystems,
    C,
    T,
    D,
    reported,
    insufficientData: sufficient ? null : insufficientDataText(reported, indicators.length),
    score: sufficient ? new Decimal(D).times(100).toDecimalPlaces(10).toNumber() : null,
    grade: sufficient ? gradeOf(D) : null,
    notDisclosed: indicators.filter((s) => s.status === "not-disclosed").map((s) => s.id),
    targetNotSet: indicators.filter((s) => s.status === "target-not-set").map((s) => s.id),
    transitionRelaxation: relaxation,
    method: TEDI_METHOD_NOTE,
  };
}
