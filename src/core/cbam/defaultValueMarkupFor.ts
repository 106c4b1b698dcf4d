/** The mark-up added to a Commission default value in a year. */
import { DEFAULT_VALUE_MARKUP_TABLE } from "./data/defaultValueMarkup";
import { CbamDecimal } from "./decimal";
import { rowForYear } from "./rowForYear";
import { transitionalYearError } from "./transitionalYearError";
import type { CbamGood, DefaultValueMarkup } from "./types";
import { validateDefaultValueMarkupTable } from "./validateCbamData";
import { validateGood, validateYear } from "./validateInputs";

validateDefaultValueMarkupTable(DEFAULT_VALUE_MARKUP_TABLE);

/**
 * Mark-up for default values: +10 % in 2026, +20 % in 2027, +30 % from 2028, fertilisers +1 %,
 * as reported (`verified: false`; show `caveat` with the figure).
 *
 * @throws InputError "notAvailable" naming `year` for 2023-2025 (no payment, no mark-up),
 *   InputError naming `year` for an invalid year and naming `good` for an unknown good.
 */
export function defaultValueMarkupFor(year: number, good: CbamGood): DefaultValueMarkup {
  const checkedYear = validateYear(year);
  const checkedGood = validateGood(good);
  const row = rowForYear(DEFAULT_VALUE_MARKUP_TABLE, checkedYear);
  if (row === undefined) {
    throw transitionalYearError(checkedYear, { en: "default-value mark-up", zh: "默认值加成" });
  }
  return {
    year: checkedYear,
    good: checkedGood,
    markup: new CbamDecimal(checkedGood === "fertilisers" ? row.fertilisersMarkup : row.markup),
    source: row.source,
    verified: row.verified,
    caveat: row.caveat,
  };
}
