/** Which CBAM period a year of import falls in. */
import { DEFINITIVE_PERIOD_FIRST_YEAR } from "./data/periods";
import type { CbamPeriod } from "./types";
import { validateYear } from "./validateInputs";

/**
 * "transitional" for 2023-2025 (reporting only, nothing to pay), "definitive" from 2026.
 * @throws InputError naming `year` unless it is a whole year within [2023, 2100].
 */
export function cbamPeriodOf(year: number): CbamPeriod {
  return validateYear(year) < DEFINITIVE_PERIOD_FIRST_YEAR ? "transitional" : "definitive";
}
