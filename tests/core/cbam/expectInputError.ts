// Test helper: asserts a call throws an InputError naming `argument` in both languages.
import { InputError, type InputErrorKind } from "../../../src/core/shared/inputError";

export function expectInputError(call: () => unknown, argument: string, kind?: InputErrorKind): InputError {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InputError);
  const error = caught as InputError;
  expect(error.argument).toBe(argument);
  expect(error.localized.en).toContain(argument);
  expect(error.localized.zh).toContain(argument);
  if (kind !== undefined) expect(error.kind).toBe(kind);
  return error;
}
