/**
 * Grade of a coordination degree D on the ten-band scale (shared/spec/tedi.md section 3).
 */
import { InputError } from "../shared/inputError";
import { TEDI_GRADE_BANDS } from "./data/grades";
import type { TediGrade } from "./types";

/** The band whose lower bound (inclusive) is the largest not above D; D must be in [0, 1]. */
export function gradeOf(D: number): TediGrade {
  if (!(Number.isFinite(D) && D >= 0 && D <= 1)) {
    throw new InputError("number", "D", {
      en: `The coordination degree must be between 0 and 1 (got ${D}).`,
      zh: `耦合协调度应在0到1之间（当前为${D}）。`,
    });
  }
  let band = TEDI_GRADE_BANDS[0];
  for (const candidate of TEDI_GRADE_BANDS) if (D >= candidate.lower) band = candidate;
  if (!band) throw new Error("TEDI grade bands are empty");
  return { key: band.key, en: band.en, zh: band.zh };
}
