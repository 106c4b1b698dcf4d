import { InputError } from "../../src/core/shared/inputError";
import { readCell } from "../../src/functions/arguments/cell";
import {
  readBoolean,
  readNumber,
  readText,
  readYearArgument,
  type NumberSpec,
} from "../../src/functions/arguments/readers";
import { ErrorInInput } from "../../src/functions/errors";
import { installRuntime, StubError } from "./support/customFunctionsStub";

installRuntime();

const embedded: NumberSpec = { name: "embedded", expects: { en: "tCO2e per tonne", zh: "每吨 tCO2e" } };
const benchmark: NumberSpec = { ...embedded, name: "benchmark", default: 0 };
const share: NumberSpec = { name: "value", expects: { en: "a share", zh: "占比" }, percent: true };

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
}

describe("readCell", () => {
  it.each([
    [null, { kind: "blank" }],
    [undefined, { kind: "blank" }],
    ["", { kind: "blank" }],
    ["   ", { kind: "blank" }],
    [true, { kind: "boolean", value: true }],
    ["abc", { kind: "text", text: "abc" }],
    ["#N/A", { kind: "error", code: "#N/A" }],
    [Number.NaN, { kind: "error", code: "#NUM!" }],
  ])("%p → %p", (raw, expected) => {
    expect(readCell(raw)).toEqual(expected);
  });

  it("reads an error value passed by Excel and data-type objects", () => {
    expect(readCell(new StubError("#DIV/0!"))).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(readCell({ type: "Error", basicValue: "#REF!" })).toEqual({ kind: "error", code: "#REF!" });
    expect(readCell({ type: "FormattedNumber", basicValue: 0.12, numberFormat: "0%" })).toMatchObject({
      kind: "number",
      value: 0.12,
    });
  });
});

describe("readNumber", () => {
  it.each([
    [2, 2],
    [" 12 ", 12],
    ["1,234.5", 1234.5],
    ["(120)", -120],
    ["１２３", 123],
    ["-0.5", -0.5],
  ])("%p → %p", (raw, expected) => {
    expect(readNumber(raw, embedded)).toBe(expected);
  });

  it("a required blank is #VALUE! naming the argument", () => {
    for (const blank of [null, undefined, ""]) {
      const error = thrown(() => readNumber(blank, embedded));
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).kind).toBe("value");
      expect((error as InputError).argument).toBe("embedded");
      expect((error as InputError).localized.en).toBe("embedded is empty; expected tCO2e per tonne.");
      expect((error as InputError).localized.zh).toContain("embedded 为空");
    }
  });

  it("an optional blank takes the default", () => {
    expect(readNumber(null, benchmark)).toBe(0);
    expect(readNumber(undefined, benchmark)).toBe(0);
    expect(readNumber("", benchmark)).toBe(0);
  });

  it("TRUE/FALSE and words are #VALUE!", () => {
    expect((thrown(() => readNumber(true, embedded)) as InputError).localized.en).toBe(
      'embedded: "TRUE" is not a number; expected tCO2e per tonne.',
    );
    expect((thrown(() => readNumber("two", embedded)) as InputError).localized.en).toContain(
      '"two" is not a number',
    );
    // A decimal comma is not read as a thousands separator.
    expect(thrown(() => readNumber("1,5", embedded))).toBeInstanceOf(InputError);
  });

  it("percent text only for shares", () => {
    expect(readNumber("12%", share)).toBeCloseTo(0.12, 15);
    const error = thrown(() => readNumber("12%", embedded)) as InputError;
    expect(error.kind).toBe("value");
    expect(error.localized.en).toContain("percentage");
  });

  it("an error value is passed on with the argument's name", () => {
    const error = thrown(() => readNumber("#DIV/0!", embedded));
    expect(error).toBeInstanceOf(ErrorInInput);
    expect(error).toMatchObject({ code: "#DIV/0!", argument: "embedded" });
  });
});

describe("readYearArgument", () => {
  const year: NumberSpec = { name: "year", expects: { en: "a year", zh: "年份" } };
  it.each([
    [2026, 2026],
    ["2027", 2027],
    ["2028年", 2028],
    // 46082 is the Excel serial of 2026-03-01 (days since 1899-12-30): read as its year.
    [46082, 2026],
  ])("%p → %p", (raw, expected) => {
    expect(readYearArgument(raw, year)).toBe(expected);
  });

  it("rejects blanks, booleans and non-years", () => {
    expect((thrown(() => readYearArgument(null, year)) as InputError).localized.en).toContain(
      "year is empty",
    );
    expect(thrown(() => readYearArgument(false, year))).toBeInstanceOf(InputError);
    expect((thrown(() => readYearArgument(2026.5, year)) as InputError).localized.en).toContain(
      "is not a year",
    );
    expect((thrown(() => readYearArgument("next year", year)) as InputError).kind).toBe("value");
  });
});

describe("readBoolean", () => {
  const flag = {
    name: "default_value",
    expects: { en: "TRUE or FALSE", zh: "TRUE 或 FALSE" },
    default: false,
  };
  it.each([
    [true, true],
    [false, false],
    [null, false],
    [1, true],
    [0, false],
    ["TRUE", true],
    ["false", false],
    ["是", true],
  ])("%p → %p", (raw, expected) => {
    expect(readBoolean(raw, flag)).toBe(expected);
  });

  it("other text is #VALUE!", () => {
    expect((thrown(() => readBoolean("maybe", flag)) as InputError).localized.en).toContain(
      'default_value: "maybe" is not TRUE or FALSE',
    );
  });
});

describe("readText", () => {
  const component = {
    name: "component",
    expects: { en: "T, E, D, I, C, GRADE or ALL", zh: "T…" },
    default: "",
  };
  it("trims text, keeps numbers as typed, blank → default", () => {
    expect(readText("  grade ", component)).toBe("grade");
    expect(readText(3, component)).toBe("3");
    expect(readText(null, component)).toBe("");
  });

  it("TRUE is not text", () => {
    expect(thrown(() => readText(true, component))).toBeInstanceOf(InputError);
  });
});
