/**
 * Coupling coordination of the four subsystems (shared/spec/tedi.md section 3):
 *   C = 4 × (U_T·U_E·U_D·U_I / (ΣU)^4)^(1/4),  T = Σ α_k U_k,  D = sqrt(C × T).
 * C is computed as 4 × ⁴√(ΠU) / ΣU (the same expression, without raising ΣU to the 4th power).
 * If every U is 0, C is undefined (null) and D = 0.
 */
import Decimal from "decimal.js";
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
  const values = SUBSYSTEMS.map((k) => new Decimal(U[k]));
  const sum = values.reduce((acc, x) => acc.plus(x), new Decimal(0));
  const T = SUBSYSTEMS.reduce((acc, k) => acc.plus(new Decimal(alpha[k]).times(U[k])), new Decimal(0));
  if (sum.isZero()) return { C: null, T: T.toDecimalPlaces(PLACES).toNumber(), D: 0 };
  const product = values.reduce((acc, x) => acc.times(x), new Decimal(1));
  const C = product.sqrt().sqrt().times(4).dividedBy(sum).toDecimalPlaces(PLACES);
  const D = C.times(T).sqrt().toDecimalPlaces(PLACES);
  return { C: C.toNumber(), T: T.toDecimalPlaces(PLACES).toNumber(), D: D.toNumber() };
}
