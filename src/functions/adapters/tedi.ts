/**
 * TEDI_SCORE: a column of indicator names and a column of values → core/tedi scoreTediFromLabels
 * → the score, one component, or a spilled breakdown. Parsing only; matching, units and scoring
 * are the core's.
 */
import { matchIndicator } from "../../core/park/match";
import { indicatorById } from "../../core/park/catalog";
import { InputError } from "../../core/shared/inputError";
import type { LocalizedText, UiLanguage } from "../../core/shared/localizedText";
import { scoreTediFromLabels, type TediBreakdown, type TediLabelError } from "../../core/tedi";
import { parseFlagText } from "../../core/park/convert";
import { readCell } from "../arguments/cell";
import { type NumberSpec, readOptionalNumber, readText, type TextSpec } from "../arguments/readers";
import { ErrorInInput, withMessage } from "../errors";
import { text } from "../language";
import { flatten, guard, type Matrix } from "../spill";

const COMPONENT: TextSpec = {
  name: "component",
  expects: text(
    'blank (the score), "T", "E", "D", "I", "C", "GRADE" or "ALL"',
    "空（得分）、“T”“E”“D”“I”“C”“GRADE”或“ALL”",
  ),
  default: "SCORE",
};

type Component = "SCORE" | "T" | "E" | "D" | "I" | "C" | "GRADE" | "ALL";

const COMPONENT_ALIASES: Readonly<Record<string, Component>> = {
  SCORE: "SCORE",
  T: "T",
  E: "E",
  D: "D",
  I: "I",
  C: "C",
  GRADE: "GRADE",
  ALL: "ALL",
  得分: "SCORE",
  等级: "GRADE",
  耦合度: "C",
  全部: "ALL",
};

export function readComponent(raw: unknown): Component {
  const typed = readText(raw, COMPONENT);
  const component = COMPONENT_ALIASES[typed.toUpperCase()];
  if (component) return component;
  throw new InputError(
    "value",
    COMPONENT.name,
    text(
      `component: "${typed}" is not a component; expected ${COMPONENT.expects.en}.`,
      `component：“${typed}”不是可选项；应为${COMPONENT.expects.zh}。`,
    ),
  );
}

const where = (argument: string, index: number, count: number): string =>
  count > 1 ? `${argument} (item ${index + 1})` : argument;

/** Indicator names: text (numbers read as their text); blank → null; TRUE/FALSE → #VALUE!. */
export function readLabels(raw: unknown): (string | null)[] {
  const cells = flatten(raw);
  return cells.map((cell, index) => {
    const name = where("indicators", index, cells.length);
    const read = readCell(cell);
    if (read.kind === "blank") return null;
    return readText(cell, {
      name,
      expects: text("an indicator name (zh, en or id)", "指标名称（中文、英文或编号）"),
    });
  });
}

/**
 * Values: numbers (text numbers read); blank → null (not disclosed). "12%" is passed with the unit
 * "%" so the core converts it (and refuses it for an indicator that is not a share). TRUE/FALSE and
 * yes/no text (是/否) only for a yes/no indicator, as 1/0.
 */
export function readValues(
  raw: unknown,
  labels: readonly (string | null)[],
): { values: (number | null)[]; units: (string | null)[] } {
  const cells = flatten(raw);
  const values: (number | null)[] = [];
  const units: (string | null)[] = [];
  cells.forEach((cell, index) => {
    const name = where("values", index, cells.length);
    const read = readCell(cell);
    let value: number | null = null;
    let unit: string | null = null;
    switch (read.kind) {
      case "blank":
        break;
      case "error":
        throw new ErrorInInput(read.code, name);
      case "number":
        value = read.value;
        if (read.percentSign) unit = "%";
        break;
      case "boolean":
      case "text": {
        const flag = read.kind === "boolean" ? (read.value ? 1 : 0) : parseFlagText(read.text);
        if (flag !== null && isFlagLabel(labels[index])) {
          value = flag;
          break;
        }
        const shown = read.kind === "boolean" ? (read.value ? "TRUE" : "FALSE") : read.text;
        throw new InputError(
          "value",
          name,
          text(
            `${name}: "${shown}" is not a number (yes/no only for a yes/no indicator)`,
            `${name}：“${shown}”不是数字（是/否仅适用于是否类指标）`,
          ),
        );
      }
    }
    values.push(value);
    units.push(unit);
  });
  return { values, units };
}

function isFlagLabel(label: string | null | undefined): boolean {
  if (!label) return false;
  const match = matchIndicator(label);
  return match.status === "matched" && match.indicator.kind === "flag";
}

function labelError(errors: readonly TediLabelError[], count: number): InputError {
  const first = errors[0]!;
  const at = where("indicators", first.index, count);
  const more = errors.length - 1;
  return new InputError(
    first.kind,
    at,
    text(
      `${at}: ${first.reason.en}${more > 0 ? ` (+${more} more)` : ""}`,
      `${at}：${first.reason.zh}${more > 0 ? `（另有 ${more} 处）` : ""}`,
    ),
  );
}

const percent = (u: number): number => Math.round(u * 1e10) / 1e8; // U × 100 without binary noise

function names(ids: readonly string[], language: UiLanguage): string {
  const shown = ids.map((id) => indicatorById(id)?.name[language] ?? id);
  if (shown.length === 0) return language === "zh" ? "无" : "none";
  return shown.join(language === "zh" ? "、" : ", ");
}

// No argument is wrong: the figure does not exist, which is #N/A (and #N/A shows the reason).
const undefinedCoupling = (language: UiLanguage): CustomFunctions.Error =>
  withMessage(
    CustomFunctions.ErrorCode.notAvailable,
    language === "zh"
      ? "所有子系统得分均为 0，耦合度 C 无定义。"
      : "C is undefined when every subsystem score is 0.",
  );

/** #N/A (Excel shows its message): a score from under half the indicators would mislead. */
const insufficient = (b: TediBreakdown, language: UiLanguage): CustomFunctions.Error =>
  withMessage(CustomFunctions.ErrorCode.notAvailable, b.insufficientData?.[language] ?? "");

const PATENTS_TARGET: NumberSpec = {
  name: "patents_target",
  expects: text("a number of patents per year above 0", "大于 0 的每年专利数"),
};
const CBAM_ANNUAL_COST: NumberSpec = {
  name: "cbam_annual_cost",
  expects: text("10,000 CNY (万元) above 0", "万元，大于 0"),
};

/** The two targets the paper does not give; blank leaves the indicator out of the score. */
export interface TediTargetArguments {
  patentsTarget?: unknown;
  cbamAnnualCost?: unknown;
}

/** A target above 0, or null when blank; 0 or less is #VALUE! (Excel shows its message). */
function readTarget(raw: unknown, spec: NumberSpec): number | null {
  const value = readOptionalNumber(raw, spec);
  if (value === undefined) return null;
  if (value > 0) return value;
  throw new InputError(
    "value",
    spec.name,
    text(
      `${spec.name}: ${value} is not a target; expected ${spec.expects.en}, or blank to leave the indicator out.`,
      `${spec.name}：${value} 不是有效目标；应为${spec.expects.zh}，或留空以不计入该指标。`,
    ),
  );
}

const ROW_LABELS: readonly [keyof BreakdownRows, LocalizedText][] = [
  ["score", text("TEDI score (D × 100)", "TEDI 得分（D × 100）")],
  ["grade", text("Grade", "等级")],
  ["UT", text("U_T technology (0-100)", "U_T 技术（0-100）")],
  ["UE", text("U_E energy (0-100)", "U_E 能源（0-100）")],
  ["UD", text("U_D data (0-100)", "U_D 数据（0-100）")],
  ["UI", text("U_I institution (0-100)", "U_I 制度（0-100）")],
  ["C", text("Coupling degree C (0-1)", "耦合度 C（0-1）")],
  ["T", text("Comprehensive index T (0-1)", "综合协调指数 T（0-1）")],
  ["D", text("Coordination degree D (0-1)", "耦合协调度 D（0-1）")],
  ["reported", text("Indicators reported (of 12)", "已填报指标数（共 12 项）")],
  ["notDisclosed", text("Not disclosed (scored 0)", "未披露（计 0 分）")],
  ["targetNotSet", text("Target not set (left out)", "未设定目标（未计入）")],
  ["method", text("Method", "方法")],
];

interface BreakdownRows {
  score: number | string;
  grade: string;
  reported: number;
  UT: number;
  UE: number;
  UD: number;
  UI: number;
  C: number | CustomFunctions.Error;
  T: number;
  D: number;
  notDisclosed: string;
  targetNotSet: string;
  method: string;
}

function breakdownRows(b: TediBreakdown, language: UiLanguage): BreakdownRows {
  return {
    score: b.score ?? b.insufficientData?.[language] ?? "",
    grade: b.grade?.[language] ?? "—",
    reported: b.reported,
    UT: percent(b.subsystems.T),
    UE: percent(b.subsystems.E),
    UD: percent(b.subsystems.D),
    UI: percent(b.subsystems.I),
    C: b.C ?? undefinedCoupling(language),
    T: b.T,
    D: b.D,
    notDisclosed: names(b.notDisclosed, language),
    targetNotSet: names(b.targetNotSet, language),
    method: b.method[language],
  };
}

function pickComponent(b: TediBreakdown, component: Component, language: UiLanguage): Matrix<unknown> {
  switch (component) {
    case "SCORE":
      if (b.score === null) throw insufficient(b, language);
      return [[b.score]];
    case "T":
    case "E":
    case "D":
    case "I":
      return [[percent(b.subsystems[component])]];
    case "C":
      if (b.C === null) throw undefinedCoupling(language);
      return [[b.C]];
    case "GRADE":
      if (b.grade === null) throw insufficient(b, language);
      return [[b.grade[language]]];
    case "ALL": {
      const rows = breakdownRows(b, language);
      return ROW_LABELS.map(([key, label]) => [label[language], rows[key]]);
    }
  }
}

export function tediScoreFormula(
  indicators: unknown,
  values: unknown,
  component: unknown,
  language: UiLanguage,
  targets: TediTargetArguments = {},
): Matrix<unknown> {
  return guard(language, () => {
    const which = readComponent(component);
    const parameters = {
      patentsTarget: readTarget(targets.patentsTarget, PATENTS_TARGET),
      cbamAnnualCost: readTarget(targets.cbamAnnualCost, CBAM_ANNUAL_COST),
    };
    const labels = readLabels(indicators);
    const read = readValues(values, labels);
    if (labels.length !== read.values.length) {
      throw new InputError(
        "value",
        "values",
        text(
          `indicators has ${labels.length} cells but values has ${read.values.length}; give one value per indicator`,
          `indicators 有 ${labels.length} 个单元格，而 values 有 ${read.values.length} 个；每个指标应对应一个数值`,
        ),
      );
    }
    const result = scoreTediFromLabels(labels, read.values, { units: read.units, parameters });
    if (!result.ok) throw labelError(result.errors, labels.length);
    return pickComponent(result.breakdown, which, language);
  });
}
