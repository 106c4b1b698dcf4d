/**
 * Load-time checks of the TEDI data: one rule per core indicator of the catalog, sane targets,
 * grade bands ascending from 0 in steps of 0.1 (shared/spec/tedi.md).
 */
import Decimal from "decimal.js";
import type { IndicatorDefinition } from "../park/types";
import type { TediGradeBand, TediRule } from "./types";

export class TediDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TediDataError";
  }
}

const fail = (message: string): never => {
  throw new TediDataError(message);
};

export function validateTediRules(rules: readonly TediRule[], catalog: readonly IndicatorDefinition[]): void {
  const core = catalog.filter((indicator) => indicator.tedi !== undefined).map((indicator) => indicator.id);
  const ruled = rules.map((rule) => rule.indicatorId);
  for (const id of core) if (!ruled.includes(id)) fail(`no TEDI rule for core indicator "${id}"`);
  if (new Set(ruled).size !== ruled.length) fail("two TEDI rules for one indicator");
  for (const rule of rules) {
    const where = `TEDI rule "${rule.indicatorId}"`;
    if (!core.includes(rule.indicatorId)) fail(`${where}: not a TEDI core indicator`);
    if (!(Number.isFinite(rule.weight) && rule.weight > 0)) fail(`${where}: weight must be > 0`);
    if (rule.weightSource.trim() === "") fail(`${where}: missing weight source`);
    if (rule.kind === "share" && !(rule.target > 0 && rule.target <= 1 && rule.targetSource.trim() !== "")) {
      fail(`${where}: share target must be in (0, 1] with a source`);
    }
    if (
      rule.kind === "cap" &&
      !(rule.good >= 0 && rule.good < rule.bad && rule.goodSource !== "" && rule.badSource !== "")
    ) {
      fail(`${where}: cap needs 0 ≤ good < bad, both sourced`);
    }
    if (rule.kind === "ratio-to-need" && rule.needSource.trim() === "") fail(`${where}: missing need source`);
    if (rule.kind === "flag" && rule.source.trim() === "") fail(`${where}: missing source`);
  }
}

export function validateGradeBands(bands: readonly TediGradeBand[]): void {
  if (bands.length !== 10) fail("expected ten grade bands");
  bands.forEach((band, i) => {
    if (!new Decimal(band.lower).equals(new Decimal(i).dividedBy(10)))
      fail(`band "${band.key}" must start at ${i / 10}`);
    if (band.en.trim() === "" || band.zh.trim() === "") fail(`band "${band.key}" needs en and zh names`);
  });
}
