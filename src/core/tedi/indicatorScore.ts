/**
 * Indicator score u ∈ [0, 1] for one rule (shared/spec/tedi.md section 1).
 */
import Decimal from "decimal.js";
import type { CapRule, TediRule } from "./types";

const clamp01 = (x: Decimal): Decimal => Decimal.max(0, Decimal.min(1, x));

/** u = clamp(value / target, 0, 1): `share` and `ratio-to-need` rules. */
export function shareScore(value: number, target: number): number {
  // Dividing by 1 is exact: no Decimal needed (most targets are 100 %).
  if (target === 1) return Math.max(0, Math.min(1, value));
  return clamp01(new Decimal(value).dividedBy(target)).toNumber();
}

/** u = 1 at or below good, 0 at or above bad, linear between: `cap` rules. */
export function capScore(value: number, good: number, bad: number): number {
  if (value <= good) return 1;
  if (value >= bad) return 0;
  return new Decimal(bad).minus(value).dividedBy(new Decimal(bad).minus(good)).toNumber();
}

/** u = 1 for yes (1), 0 otherwise: `flag` rules. */
export function flagScore(value: number): number {
  return value === 1 ? 1 : 0;
}

/** Good and bad of a cap rule after the transition relaxation (both × (1 + r)). */
export function relaxedCap(rule: CapRule, relaxation: number | null): { good: number; bad: number } {
  if (relaxation === null || !rule.relaxable) return { good: rule.good, bad: rule.bad };
  const factor = new Decimal(1).plus(relaxation);
  return {
    good: new Decimal(rule.good).times(factor).toNumber(),
    bad: new Decimal(rule.bad).times(factor).toNumber(),
  };
}

/** Score of a value under a rule whose need (if any) is known. */
export function ruleScore(
  rule: TediRule,
  value: number,
  limits: { target?: number; good?: number; bad?: number },
): number {
  switch (rule.kind) {
    case "share":
    case "ratio-to-need":
      return shareScore(value, limits.target ?? 1);
    case "cap":
      return capScore(value, limits.good ?? rule.good, limits.bad ?? rule.bad);
    case "flag":
      return flagScore(value);
  }
}
