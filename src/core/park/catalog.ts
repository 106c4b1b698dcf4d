/**
 * The park data, validated once at module load (validateCatalog / validateStandards throw on a
 * data error), plus lookups. Everything else in the park module reads the data through here, so
 * no code path sees unvalidated data.
 */
import { INDICATORS, INTENDED_SHARED_ALIASES } from "./data/indicators";
import { BELOW_NOTICE_BANDS, DEFAULT_PROFILE_IDS, THRESHOLD_PROFILES, GUIDANCE_NOTE } from "./data/profiles";
import { STANDARDS } from "./data/standards";
import { EVALUATION_METHODS, STANDARDS_FACTS, SUBSTANTIVE_GROUPS } from "./data/standardsFacts";
import type { IndicatorDefinition, ThresholdProfile } from "./types";
import { validateCatalog, validateStandards } from "./validate";

validateStandards(STANDARDS);
validateCatalog(INDICATORS, INTENDED_SHARED_ALIASES, THRESHOLD_PROFILES);

export {
  BELOW_NOTICE_BANDS,
  DEFAULT_PROFILE_IDS,
  EVALUATION_METHODS,
  INDICATORS,
  INTENDED_SHARED_ALIASES,
  STANDARDS,
  STANDARDS_FACTS,
  SUBSTANTIVE_GROUPS,
  THRESHOLD_PROFILES,
  GUIDANCE_NOTE,
};

const BY_ID: ReadonlyMap<string, IndicatorDefinition> = new Map(
  INDICATORS.map((indicator) => [indicator.id, indicator]),
);

export function indicatorById(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}

/** The 10 high-frequency indicators of Table 3, most used first. */
export const HIGH_FREQUENCY_INDICATORS: readonly IndicatorDefinition[] = INDICATORS.filter(
  (indicator) => indicator.frequencyAmong22?.band === "high",
).sort((a, b) => (b.frequencyAmong22?.count ?? 0) - (a.frequencyAmong22?.count ?? 0));

/** The 12 TEDI core indicators of Table 5, in the paper's order. */
export const TEDI_CORE_INDICATORS: readonly IndicatorDefinition[] = INDICATORS.filter(
  (indicator) => indicator.tedi !== undefined,
);

export function profileById(id: string): ThresholdProfile | undefined {
  return THRESHOLD_PROFILES.find((profile) => profile.id === id);
}
