/** The generated EU tables and their lookups, loaded once per test file the way the add-in does. */
import { loadEuLookup, loadEuTables, type EuLookup, type EuTables } from "../../../../src/core/eu";
import { isInputError, type InputErrorKind } from "../../../../src/core/shared/inputError";

export const euLookup = (): Promise<EuLookup> => loadEuLookup();
export const euTables = (): Promise<EuTables> => loadEuTables();

/** The InputError `run` throws (kind and English message), or a failure when it throws none. */
export function inputErrorOf(run: () => unknown): { kind: InputErrorKind; message: string; zh: string } {
  try {
    run();
  } catch (error) {
    if (isInputError(error)) return { kind: error.kind, message: error.localized.en, zh: error.localized.zh };
    throw error;
  }
  throw new Error("expected an InputError");
}

/** Rounded as the Official Journal prints: three decimals. */
export const threeDecimals = (value: number): number => Math.round(value * 1000 + 1e-9) / 1000;
