/**
 * Coupling coordination of the four subsystems (shared/spec/tedi.md section 3):
 *   C = 4 × (U_T·U_E·U_D·U_I / (ΣU)^4)^(1/4),  T = Σ α_k U_k,  D = sqrt(C × T).
 * C is computed as 4 × ⁴√(ΠU) / ΣU (the same expression, without raising ΣU to the 4th power).
 * If every U is 0, C is undefined (null) and D = 0.
 */
import type { TediSubsystem } from "./types";
import { SUBSYSTEMS } from "./data/rules";

/** Results are rounded to 12 decimal places so binary noise cannot move D across a grade boundary. */
const PLACES = 12;

export interface Coupling {
  C: number | null;
  T: number;
  D: number;
}

export function couplingCoordination(
  U: Readonly<Record<TediSubsystem, number>>,
  alpha: Readonly<Record<TediSubsystem, number>>,
): Coupling {
  // Doubles, then rounded to 12 places: a double carries 15-16 significant digits, so the rounding
  // gives what exact decimal arithmetic gives (the tests' hand checks hold to the last digit),
  // at a fraction of decimal.js's cost for three roots per park.
  let sum = 0;
  let product = 1;
  let T = 0;
  for (const k of SUBSYSTEMS) {
    sum += U[k];
    product *= U[k];
    T += alpha[k] * U[k];
  }
  if (sum === 0) return { C: null, T: round(T), D: 0 };
  const C = round((4 * Math.sqrt(Math.sqrt(product))) / sum);
  return { C, T: round(T), D: round(Math.sqrt(C * round(T))) };
}

function round(value: number): number {
  return Math.round(value * 10 ** PLACES) / 10 ** PLACES;
}
