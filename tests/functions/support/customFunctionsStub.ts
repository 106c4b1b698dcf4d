/**
 * A stand-in for the parts of the Excel custom-functions runtime the add-in touches:
 * CustomFunctions.Error / ErrorCode / associate and Office.context.displayLanguage. Used two ways:
 * installed on the jest global for adapter unit tests, and as the globals of the vm context the
 * built bundle runs in (bundle test). Errors are compared by their properties (code, message),
 * never with instanceof, since the bundle's realm is not the test's.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface Runtime {
  CustomFunctions: {
    Error: typeof StubError;
    ErrorCode: typeof ERROR_CODES;
    associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  };
  Office: { context: { displayLanguage: string } };
  associated: Map<string, (...args: unknown[]) => unknown>;
}

export function createRuntime(displayLanguage = "en-US"): Runtime {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    CustomFunctions: {
      Error: StubError,
      ErrorCode: ERROR_CODES,
      associate: (id, fn) => {
        if (associated.has(id)) throw new Error(`${id} associated twice`);
        associated.set(id, fn);
      },
    },
    Office: { context: { displayLanguage } },
    associated,
  };
}

/** Puts the stand-in on the jest global; returns it so a test can switch the language. */
export function installRuntime(displayLanguage = "en-US"): Runtime {
  const runtime = createRuntime(displayLanguage);
  const g = globalThis as Record<string, unknown>;
  g.CustomFunctions = runtime.CustomFunctions;
  g.Office = runtime.Office;
  return runtime;
}

/** A plain {code, message} view of whatever came back, for toEqual assertions. */
export function asError(value: unknown): { code: string; message: string | undefined } | null {
  if (typeof value !== "object" || value === null) return null;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === "string"
    ? { code, message: typeof message === "string" ? message : undefined }
    : null;
}

/** Runs fn, expecting it to throw a custom-functions error; returns {code, message}. */
export function thrownError(fn: () => unknown): { code: string; message: string | undefined } {
  try {
    fn();
  } catch (error) {
    const seen = asError(error);
    if (seen) return seen;
    throw new Error(`threw something else: ${String(error)}`);
  }
  throw new Error("did not throw");
}
