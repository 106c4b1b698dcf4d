/**
 * Excel shows a custom function's message only on #VALUE! and #N/A (Microsoft's custom-functions
 * error documentation); on #NUM!, #DIV/0! and the rest the text is dropped and the user never learns
 * which argument was wrong. So every error value the built bundle returns with a message must be
 * #VALUE! or #N/A. Every function in functions.json (new ones included, automatically) is called,
 * as Excel calls it, with argument vectors drawn from values that upset functions: negatives,
 * zeros, words, booleans, huge numbers, blanks, error cells and small ranges.
 */
import fc from "fast-check";
import { loadBundle, readMetadata, type LoadedBundle } from "./support/loadBundle";
import { StubError, asError } from "./support/customFunctionsStub";

const AWKWARD_VALUES: unknown[] = [
  -1,
  0,
  1,
  2.5,
  1000,
  1e308,
  2026,
  2040,
  1999,
  "abc",
  "",
  "-5",
  "1,000",
  true,
  false,
  null,
  "ALL",
  "C",
  "GRADE",
  "iron-and-steel",
  "72083900",
  "CN",
  new StubError("#DIV/0!"),
  new StubError("#NUM!"),
  new StubError("#N/A"),
  new StubError("#REF!"),
];

/** Excel passes a range as a matrix and a single cell as a scalar (or a 1×1 matrix). */
const cellOrRange = fc.oneof(
  fc.constantFrom(...AWKWARD_VALUES),
  fc.array(fc.constantFrom(...AWKWARD_VALUES), { minLength: 1, maxLength: 3 }).map((row) => [row]),
  fc
    .array(fc.constantFrom(...AWKWARD_VALUES), { minLength: 2, maxLength: 3 })
    .map((column) => column.map((value) => [value])),
);

interface SeenError {
  code: string;
  message: string | undefined;
}

function errorsIn(result: unknown, into: SeenError[]): void {
  const own = asError(result);
  if (own && own.code.startsWith("#")) {
    into.push(own);
    return;
  }
  if (Array.isArray(result)) for (const item of result) errorsIn(item, into);
}

async function outcome(bundle: LoadedBundle, id: string, args: unknown[]): Promise<SeenError[]> {
  const seen: SeenError[] = [];
  try {
    errorsIn(await Promise.resolve(bundle.call(id, ...args)), seen);
  } catch (error) {
    errorsIn(error, seen);
  }
  return seen;
}

const metadata = readMetadata("functions.json");

describe.each(["en-US", "zh-CN"])("error values with a message are #VALUE! or #N/A (%s)", (language) => {
  const bundle = loadBundle(language);

  test.each(metadata.functions.map((fn) => [fn.id, fn.parameters.length] as const))(
    "%s",
    async (id, arity) => {
      const seen: SeenError[] = [];
      await fc.assert(
        fc.asyncProperty(fc.array(cellOrRange, { minLength: arity, maxLength: arity }), async (args) => {
          const errors = await outcome(bundle, id, args);
          seen.push(...errors);
          const silenced = errors.filter(
            (error) => error.message && error.code !== "#VALUE!" && error.code !== "#N/A",
          );
          expect(silenced).toEqual([]);
        }),
        { seed: 20261127, numRuns: 300 },
      );
      // The draw must have reached the error paths at all, or the property says nothing.
      expect(seen.filter((error) => error.message).length).toBeGreaterThan(10);
    },
  );
});
