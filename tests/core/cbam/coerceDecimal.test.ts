// The single coercion helper: numbers, numeric strings and Decimals in, InputError otherwise.
import Decimal from "decimal.js";
import { CbamDecimal, coerceDecimal } from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";

describe("coerceDecimal", () => {
  it.each<[unknown, string]>([
    [1.37, "1.37"],
    [0, "0"],
    [" 2.5 ", "2.5"],
    ["-3", "-3"],
    ["1e3", "1000"],
    [".5", "0.5"],
    [new Decimal("0.975"), "0.975"],
    [new CbamDecimal("664.25"), "664.25"],
  ])("accepts %p", (value, expected) => {
    const result = coerceDecimal(value, "x");
    expect(result.toString()).toBe(expected);
    expect(result).toBeInstanceOf(CbamDecimal);
  });

  it("converts a global Decimal into the engine's 40-digit clone", () => {
    expect(coerceDecimal(new Decimal(1), "x").dividedBy(3).precision()).toBe(40);
  });

  it.each<[unknown, string]>([
    ["", "empty string"],
    ["abc", "text"],
    ["0x10", "hex, which decimal.js would accept"],
    ["1,5", "decimal comma"],
    ["NaN", "the text NaN"],
    ["Infinity", "the text Infinity"],
    [null, "null"],
    [undefined, "undefined"],
    [true, "boolean"],
    [{}, "object"],
  ])("rejects %p (%s) as #VALUE!, naming the argument", (value) => {
    expectInputError(() => coerceDecimal(value, "quantity"), "quantity", "value");
  });

  it.each([NaN, Infinity, -Infinity])("rejects the number %p as #NUM!", (value) => {
    expectInputError(() => coerceDecimal(value, "certificatePrice"), "certificatePrice", "number");
  });

  it("rejects a non-finite Decimal as #NUM!", () => {
    expectInputError(() => coerceDecimal(new Decimal(Infinity), "benchmark"), "benchmark", "number");
  });
});
