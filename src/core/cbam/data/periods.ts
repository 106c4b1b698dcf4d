/** When CBAM applies (shared/spec/cbam.md §1). */

/** First year of the transitional period (from 2023-10-01: reporting only, no certificates). */
export const TRANSITIONAL_PERIOD_FIRST_YEAR = 2023;
/** First year of the definitive period: certificates are owed on imports from 2026-01-01. */
export const DEFINITIVE_PERIOD_FIRST_YEAR = 2026;
export const PERIODS_SOURCE =
  "Regulation (EU) 2023/956 Art. 32 (transitional period 2023-10-01 to 2025-12-31) and Art. 36 (definitive period from 2026-01-01)";

/** Project's plausibility bound on a year argument, to catch typos such as 20230 (not a legal figure). */
export const LAST_PLAUSIBLE_YEAR = 2100;
