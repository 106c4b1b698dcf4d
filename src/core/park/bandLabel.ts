/**
 * A check's band as people name it: "200,000–1,000,000 tce" / "20–100 万 tce 档". Chinese writes
 * energy use in 万 tce (ten thousands), as the notice does; the band comes from the check's
 * applicability range in the decider's canonical unit (data/profiles.ts), never from a copied label.
 */
import type { LocalizedText } from "../shared/localizedText";
import { indicatorById } from "./catalog";
import type { CheckApplicability } from "./types";

const EN = new Intl.NumberFormat("en-US");
const NBSP = "\u00a0";

function wan(value: number): string {
  return value % 10_000 === 0 ? `${EN.format(value / 10_000)}${NBSP}万` : EN.format(value);
}

export function bandLabel(applicability: CheckApplicability): LocalizedText {
  const unit = indicatorById(applicability.indicatorId)?.canonicalUnit ?? "";
  const { min, maxExclusive } = applicability;
  const en = (value: number) => EN.format(value);
  if (min !== undefined && maxExclusive !== undefined) {
    return {
      en: `${en(min)}–${en(maxExclusive)}${NBSP}${unit} band`,
      zh: `${wan(min).replace(`${NBSP}万`, "")}–${wan(maxExclusive)}${NBSP}${unit} 档`,
    };
  }
  if (min !== undefined)
    return { en: `≥${NBSP}${en(min)}${NBSP}${unit} band`, zh: `≥${NBSP}${wan(min)}${NBSP}${unit} 档` };
  return {
    en: `<${NBSP}${en(maxExclusive ?? 0)}${NBSP}${unit} band`,
    zh: `<${NBSP}${wan(maxExclusive ?? 0)}${NBSP}${unit} 档`,
  };
}
