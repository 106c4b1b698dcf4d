import {
  type ThresholdCheck,
  type ThresholdProfile,
  checkApplicability,
  effectiveLimit,
  passes,
} from "../park";
import type { LocalizedText } from "../shared/localizedText";
import { localAddress } from "./a1";
import { formatNumber, lt } from "./localized";
import type { CatalogPort } from "./readTableRows";
import type { CheckOutcome, IndicatorReading, UnusableIndicator } from "./types";

export interface CheckContext {
  readings: ReadonlyMap<string, IndicatorReading>;
  unusable: ReadonlyMap<string, UnusableIndicator>;
  /** Inputs a derivable indicator needs, for "missing" messages. */
  needs: ReadonlyMap<string, readonly string[]>;
  catalog: CatalogPort;
  transitionRelaxation: number | undefined;
}

/** Every check of every selected profile, in profile order (emission-sheet.md step 5). */
export function runChecks(profiles: readonly ThresholdProfile[], context: CheckContext): CheckOutcome[] {
  const values = new Map<string, number>();
  for (const [id, reading] of context.readings) values.set(id, reading.value);
  const outcomes: CheckOutcome[] = [];
  for (const profile of profiles) {
    for (const check of profile.checks) outcomes.push(runCheck(profile, check, values, context));
  }
  return outcomes;
}

function runCheck(
  profile: ThresholdProfile,
  check: ThresholdCheck,
  values: ReadonlyMap<string, number>,
  context: CheckContext,
): CheckOutcome {
  const indicator = context.catalog.indicatorById(check.indicatorId);
  const name = indicator?.name ?? lt(check.indicatorId, check.indicatorId);
  const reading = context.readings.get(check.indicatorId);
  const limit = effectiveLimit(check, context.transitionRelaxation) ?? null;
  const base = {
    profileId: profile.id,
    profileName: profile.name,
    checkId: check.id,
    indicatorId: check.indicatorId,
    indicatorName: name,
    comparison: check.comparison,
    unit: check.unit,
    limit: check.comparison === "present" ? null : limit,
    source: check.source,
    verified: check.verified,
    usedByStandards: check.usedByStandards ?? indicator?.frequencyAmong22?.count ?? null,
    value: reading?.value ?? null,
    cell: reading?.cell ?? null,
    origin: reading?.origin ?? null,
  };

  const applicability = checkApplicability(check, values);
  if (applicability.status === "not-applicable")
    return { ...base, status: "not-applicable", message: applicability.reason };
  if (applicability.status === "undetermined") {
    const decider = context.catalog.indicatorById(applicability.indicatorId);
    const deciderName = decider?.name ?? lt(applicability.indicatorId, applicability.indicatorId);
    const broken = context.unusable.get(applicability.indicatorId);
    if (broken?.blocking) {
      return {
        ...base,
        status: "error",
        cell: broken.cells[0] ?? null,
        message: lt(
          `Cannot tell whether this band applies: ${broken.reason.en}`,
          `无法判断是否适用该档位：${broken.reason.zh}`,
        ),
      };
    }
    return {
      ...base,
      status: "missing",
      message: lt(
        `Cannot tell whether this band applies: ${deciderName.en} is not reported.`,
        `无法判断是否适用该档位：未填报${deciderName.zh}。`,
      ),
    };
  }

  const broken = context.unusable.get(check.indicatorId);
  if (!reading && broken?.blocking) {
    return { ...base, status: "error", cell: broken.cells[0] ?? null, message: broken.reason };
  }
  if (!reading) return { ...base, status: "missing", message: missingMessage(name, check, broken, context) };

  const shown = formatValue(reading.value, check.unit);
  const cell = localAddress(reading.cell);
  const where = reading.origin === "derived" && reading.formula ? reading.formula : lt(cell, cell);
  if (check.comparison === "present") {
    // A yes/no indicator reported as "no" is reported, but what it asks for is absent.
    if (check.unit === "flag" && reading.value === 0) {
      return {
        ...base,
        status: "fail",
        message: lt(`Reported as "no" in ${where.en}.`, `${where.zh} 填报为“否”。`),
      };
    }
    return {
      ...base,
      status: "pass",
      message: lt(`Reported: ${shown.en}; ${where.en}.`, `已填报：${shown.zh}；${where.zh}。`),
    };
  }
  const ok = passes(check, reading.value, limit ?? undefined);
  const limitShown = limit === null ? lt("", "") : formatValue(limit, check.unit);
  if (check.guidance) {
    const relation = ok
      ? lt("meets the reference", "达到参考值")
      : lt("is below the reference", "低于参考值");
    const sign = check.comparison === "max" ? "≤" : "≥";
    return {
      ...base,
      status: ok ? "meets-reference" : "below-reference",
      message: lt(
        `${shown.en} ${relation.en} (${sign} ${limitShown.en}); guidance, not a pass/fail gate; ${where.en}.`,
        `${shown.zh} ${relation.zh}（${sign} ${limitShown.zh}）；仅作参考，不作达标门槛；${where.zh}。`,
      ),
    };
  }
  const relation = comparisonText(check, ok);
  return {
    ...base,
    status: ok ? "pass" : "fail",
    message: lt(
      `${shown.en} ${relation.en} ${limitShown.en}; ${where.en}.`,
      `${shown.zh} ${relation.zh} ${limitShown.zh}；${where.zh}。`,
    ),
  };
}

function comparisonText(check: ThresholdCheck, ok: boolean): LocalizedText {
  if (check.comparison === "max") return ok ? lt("≤ limit", "≤ 限值") : lt("> limit", "> 限值");
  return ok ? lt("≥ minimum", "≥ 下限") : lt("< minimum", "< 下限");
}

function missingMessage(
  name: LocalizedText,
  check: ThresholdCheck,
  blank: UnusableIndicator | undefined,
  context: CheckContext,
): LocalizedText {
  if (blank) return blank.reason;
  const inputs = context.needs.get(check.indicatorId);
  if (inputs && inputs.length > 0) {
    const names = inputs.map((id) => context.catalog.indicatorById(id)?.name ?? lt(id, id));
    return lt(
      `${name.en} is not reported and cannot be derived: needs ${names.map((n) => n.en).join(" and ")}.`,
      `未填报${name.zh}，也无法推算：需要${names.map((n) => n.zh).join("和")}。`,
    );
  }
  return lt(`${name.en} is not reported.`, `未填报${name.zh}。`);
}

/** A value in a check's unit as people read it: fractions as percentages, flags as yes/no. */
export function formatValue(value: number, unit: string): LocalizedText {
  if (unit === "flag") return value === 1 ? lt("yes", "是") : lt("no", "否");
  if (unit === "grade") return lt(`grade ${formatNumber(value)}`, `${formatNumber(value)}级`);
  const text = unit === "fraction" ? `${formatNumber(value * 100)}%` : `${formatNumber(value)} ${unit}`;
  return lt(text, text);
}
