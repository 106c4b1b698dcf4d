/** The error for a figure asked for a year of the transitional period, where it does not exist. */
import { InputError } from "../shared/inputError";
import type { LocalizedText } from "../shared/localizedText";
import { PERIODS_SOURCE } from "./data/periods";

/** InputError "notAvailable" (#N/A) naming `year`: `subject` does not apply before 2026. */
export function transitionalYearError(year: number, subject: LocalizedText): InputError {
  return new InputError("notAvailable", "year", {
    en: `year ${year} is in the CBAM transitional period (reporting only, no payment before 2026): no ${subject.en} applies (${PERIODS_SOURCE}).`,
    zh: `year ${year}：该年处于CBAM过渡期（仅申报，2026年前无需付费），不适用${subject.zh}（${PERIODS_SOURCE}）。`,
  });
}
