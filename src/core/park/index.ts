/**
 * Zero-carbon park catalog: the 22 standards (paper Table 2), the indicator catalog (Tables 3
 * and 5 plus inventory quantities), threshold profiles, the indicator matcher and unit
 * conversion. Facts: shared/spec/park-standards.md. Data is validated at module load.
 */
export * from "./types";
export {
  BELOW_NOTICE_BANDS,
  DEFAULT_PROFILE_IDS,
  EVALUATION_METHODS,
  HIGH_FREQUENCY_INDICATORS,
  INDICATORS,
  INTENDED_SHARED_ALIASES,
  STANDARDS,
  STANDARDS_FACTS,
  SUBSTANTIVE_GROUPS,
  TEDI_CORE_INDICATORS,
  THRESHOLD_PROFILES,
  GUIDANCE_NOTE,
  indicatorById,
  profileById,
} from "./catalog";
export { matchIndicator, createIndicatorMatcher } from "./match";
export { convertToCanonical, findUnit, isKnownUnit, parseFlagText, parseGradeText } from "./convert";
export { normalizeLabel, normalizeUnit, splitTrailingUnit } from "./normalize";
export {
  checkApplicability,
  effectiveLimit,
  nationalNoticeBand,
  passes,
  type Applicability,
} from "./thresholds";
export { standardsCoverage } from "./coverage";
export { bandLabel } from "./bandLabel";
export {
  CatalogError,
  TABLE_3_HIGH_FREQUENCY,
  TABLE_3_LOW_FREQUENCY_COUNT,
  TABLE_5_SUBSYSTEMS,
  validateCatalog,
  validateStandards,
} from "./validate";
export type { SharedAlias } from "./nameIndex";
export { HEADLINE_INDICATOR_IDS, NATIONAL_NOTICE_PROFILE_ID } from "./headlineIds";
