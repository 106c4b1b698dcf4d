import { InputError } from "../../src/core/shared/inputError";
import { readNumber } from "../../src/functions/arguments/readers";
import {
  ErrorInInput,
  errorCodeForKind,
  propagatedError,
  toExcelError,
  withMessage,
} from "../../src/functions/errors";
import { userLanguage } from "../../src/functions/language";
import { offsetRatioFormula, parkIntensityFormula } from "../../src/functions/adapters/ratios";
import { tediScoreFormula } from "../../src/functions/adapters/tedi";
import { broadcastShape, finish, flatten, guard, mapElements, toMatrix } from "../../src/functions/spill";
import { asError, installRuntime, StubError, thrownError } from "./support/customFunctionsStub";

const runtime = installRuntime();

const bilingual = { en: "x is bad", zh: "x 有误" };

describe("error mapping", () => {
  it("maps every InputError kind to a code whose message Excel shows", () => {
    expect(errorCodeForKind("value")).toBe("#VALUE!");
    expect(errorCodeForKind("number")).toBe("#VALUE!");
    expect(errorCodeForKind("divisionByZero")).toBe("#VALUE!");
    expect(errorCodeForKind("notAvailable")).toBe("#N/A");
  });

  it("gives a message only to #VALUE! and #N/A", () => {
    expect(asError(withMessage("#VALUE!" as CustomFunctions.ErrorCode, "m"))).toEqual({
      code: "#VALUE!",
      message: "m",
    });
    expect(asError(withMessage("#N/A" as CustomFunctions.ErrorCode, "m"))).toEqual({
      code: "#N/A",
      message: "m",
    });
    expect(asError(withMessage("#NUM!" as CustomFunctions.ErrorCode, "m"))?.message).toBeUndefined();
    expect(asError(withMessage("#DIV/0!" as CustomFunctions.ErrorCode, "m"))?.message).toBeUndefined();
  });

  it("keeps the message in the user's language", () => {
    expect(asError(toExcelError(new InputError("number", "x", bilingual), "en"))).toEqual({
      code: "#VALUE!",
      message: "x is bad",
    });
    expect(asError(toExcelError(new InputError("notAvailable", "x", bilingual), "zh"))).toEqual({
      code: "#N/A",
      message: "x 有误",
    });
  });

  it("passes on returnable input errors and turns input-only ones into #VALUE!", () => {
    expect(asError(propagatedError("#N/A", "quantity", "en"))).toEqual({
      code: "#N/A",
      message: "quantity holds the error value #N/A.",
    });
    expect(asError(propagatedError("#REF!", "quantity", "en"))?.code).toBe("#VALUE!");
    // The same error passes on; Excel would drop a message on #DIV/0!, so none is attached.
    expect(asError(toExcelError(new ErrorInInput("#DIV/0!", "eu_price"), "zh"))?.code).toBe("#DIV/0!");
    expect(asError(toExcelError(new ErrorInInput("#DIV/0!", "eu_price"), "zh"))?.message).toBeUndefined();
  });

  it("a CustomFunctions.Error passes through, a bug becomes #VALUE!", () => {
    const own = new StubError("#VALUE!", "m");
    expect(toExcelError(own, "en")).toBe(own);
    const numeric = new StubError("#NUM!");
    expect(toExcelError(numeric, "en")).toBe(numeric);
    expect(asError(toExcelError(new TypeError("boom"), "en"))).toEqual({
      code: "#VALUE!",
      message: "Internal error: boom",
    });
  });
});

describe("userLanguage", () => {
  afterEach(() => {
    runtime.Office.context.displayLanguage = "en-US";
  });

  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["en-GB", "en"],
    ["de-DE", "en"],
  ])("%s → %s", (tag, expected) => {
    runtime.Office.context.displayLanguage = tag;
    expect(userLanguage()).toBe(expected);
  });
});

describe("toMatrix", () => {
  it.each([
    [5, [[5]]],
    [null, [[null]]],
    [undefined, [[null]]],
    [[[1, 2]], [[1, 2]]],
    [[1, 2], [[1, 2]]],
    [[], [[null]]],
  ])("%p → %p", (value, expected) => {
    expect(toMatrix(value)).toEqual(expected);
  });
});

describe("broadcastShape", () => {
  const m = (rows: number, cols: number) => Array.from({ length: rows }, () => Array<number>(cols).fill(0));

  it("single cells, equal shapes, rows and columns broadcast", () => {
    expect(
      broadcastShape([
        { name: "a", matrix: m(3, 1) },
        { name: "b", matrix: m(1, 1) },
      ]),
    ).toEqual({ rows: 3, cols: 1 });
    expect(
      broadcastShape([
        { name: "a", matrix: m(3, 2) },
        { name: "b", matrix: m(3, 2) },
      ]),
    ).toEqual({ rows: 3, cols: 2 });
    expect(
      broadcastShape([
        { name: "a", matrix: m(3, 1) },
        { name: "b", matrix: m(1, 4) },
      ]),
    ).toEqual({ rows: 3, cols: 4 });
  });

  it("a mismatch is #VALUE! naming the argument and both shapes", () => {
    let error: unknown;
    try {
      broadcastShape([
        { name: "embedded", matrix: m(5, 1) },
        { name: "quantity", matrix: m(3, 1) },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).kind).toBe("value");
    expect((error as InputError).argument).toBe("quantity");
    expect((error as InputError).localized.en).toMatch(/^quantity is 3×1 but embedded is 5×1/);
  });
});

describe("mapElements", () => {
  const spec = { name: "a", expects: { en: "a number", zh: "数字" } };
  const add = (cells: unknown[]) => readNumber(cells[0], spec) + readNumber(cells[1], { ...spec, name: "b" });

  it("computes element-wise and broadcasts a single cell", () => {
    expect(
      mapElements(
        [
          { name: "a", value: [[1], [2], [3]] },
          { name: "b", value: 10 },
        ],
        add,
        "en",
      ),
    ).toEqual([[11], [12], [13]]);
  });

  it("a row against a column gives a table", () => {
    expect(
      mapElements(
        [
          { name: "a", value: [[1], [2]] },
          { name: "b", value: [[10, 20, 30]] },
        ],
        add,
        "en",
      ),
    ).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });

  it("a failing element becomes that cell's error; the others compute", () => {
    const result = mapElements(
      [
        { name: "a", value: [[1], [null], ["x"], [new StubError("#N/A")]] },
        { name: "b", value: 1 },
      ],
      add,
      "en",
    );
    expect(result[0]).toEqual([2]);
    expect(asError(result[1]![0])).toEqual({ code: "#VALUE!", message: "a is empty; expected a number." });
    expect(asError(result[2]![0])).toEqual({
      code: "#VALUE!",
      message: 'a: "x" is not a number; expected a number.',
    });
    expect(asError(result[3]![0])).toEqual({ code: "#N/A", message: "a holds the error value #N/A." });
  });

  it("a shape mismatch fails the whole formula", () => {
    expect(() =>
      mapElements(
        [
          { name: "a", value: [[1], [2]] },
          { name: "b", value: [[1], [2], [3]] },
        ],
        add,
        "en",
      ),
    ).toThrow(InputError);
  });
});

describe("finish and guard", () => {
  it("a single error cell is thrown, a spilled one is kept", () => {
    const error = new StubError("#NUM!", "bad") as unknown as CustomFunctions.Error;
    expect(thrownError(() => finish([[error]]))).toEqual({ code: "#NUM!", message: "bad" });
    expect(finish([[1], [error]])).toEqual([[1], [error]]);
    expect(finish([[7]])).toEqual([[7]]);
  });

  it("guard turns anything thrown into a CustomFunctions.Error", () => {
    expect(
      thrownError(() =>
        guard("zh", () => {
          throw new InputError("divisionByZero", "x", bilingual);
        }),
      ),
    ).toEqual({ code: "#VALUE!", message: "x 有误" });
    expect(guard("en", () => 3)).toBe(3);
  });

  it("flatten reads a range in reading order", () => {
    expect(
      flatten([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([1, 2, 3, 4]);
    expect(flatten(null)).toEqual([null]);
  });
});

describe("whole-column arguments (1,048,576 rows)", () => {
  const ROWS = 1_048_576;
  const column = (head: unknown[]): unknown[][] => {
    const cells: unknown[][] = new Array(ROWS);
    for (let i = 0; i < ROWS; i++) cells[i] = [i < head.length ? head[i] : null];
    return cells;
  };

  it("the broadcast shape of a whole column is found without spreading it into a call", () => {
    // Math.max(...rows) overflowed the stack past about 120,000 rows.
    expect(
      broadcastShape([
        { name: "a", matrix: column([1]) },
        { name: "b", matrix: [[2]] },
      ]),
    ).toEqual({
      rows: ROWS,
      cols: 1,
    });
  });

  it("PARK_INTENSITY(A:A, B:B) spills one result per row: 12,000 / 10,000 = 1.2 on row 1", () => {
    const result = parkIntensityFormula(column([12000]), column([10000]), "en") as unknown[][];
    expect(result).toHaveLength(ROWS);
    expect(result[0]).toEqual([1.2]);
    // A row with no input stays blank; a row with one input missing is that cell's #VALUE!.
    expect(result[1]).toEqual([""]);
    const partial = parkIntensityFormula(column([12000, 5]), column([10000]), "en") as unknown[][];
    expect(asError(partial[1]![0])?.code).toBe("#VALUE!");
  });

  it("OFFSET_RATIO and TEDI_SCORE read whole columns: blanks are 0 / not disclosed", () => {
    // (10 + 20) / (100 + 200) = 0.1
    expect(offsetRatioFormula(column([10, 20]), column([100, 200]), "en")).toBeCloseTo(0.1, 12);
    const labels = column(["direct_renewable_power_share", "explicit_carbon_price_coverage"]);
    // 2 of 12 reported: insufficient data (#N/A with the count), not "Internal error".
    const error = thrownError(() => tediScoreFormula(labels, column([1, 1]), null, "en"));
    expect(error).toEqual({ code: "#N/A", message: "insufficient data (2 of 12 indicators reported)" });
  });
});

describe("results that overflow", () => {
  it("are #NUM! (no message: Excel shows none on #NUM!)", () => {
    // 1e308 tCO2 ÷ 1e-300 tce = 1e608, beyond a double.
    expect(thrownError(() => parkIntensityFormula([[1e308]], [[1e-300]], "en")).code).toBe("#NUM!");
    const spilled = parkIntensityFormula([[1e308], [12000]], [[1e-300], [10000]], "en") as unknown[][];
    expect(asError(spilled[0]![0])?.code).toBe("#NUM!");
    expect(spilled[1]).toEqual([1.2]);
  });
});
