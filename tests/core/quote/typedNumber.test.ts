import { typedNumberText } from "../../../src/core/quote/typedNumber";

describe("typedNumberText (form fields)", () => {
  it.each([
    ["1000", "1000"],
    ["1,000", "1000"],
    ["1 000", "1000"],
    ["1\u00a0000", "1000"], // no-break space, as Excel pastes
    ["1\u202f000", "1000"], // narrow no-break space
    ["1，000", "1000"], // full-width comma
    ["１，０００", "1000"], // full-width digits
    ["１２．５", "12.5"],
    ["1,234,567.89", "1234567.89"],
    ["12 345 678", "12345678"],
    [" 2.0 ", "2.0"],
    ["-3", "-3"],
    ["\u22123", "-3"], // minus sign
    [".5", ".5"],
  ])("reads %p as %p", (typed, text) => expect(typedNumberText(typed)).toBe(text));

  it.each([
    ["1,5", "a decimal comma is ambiguous"],
    ["1,00", "groups are three digits"],
    ["1,000 000", "mixed separators"],
    ["10,00,000", "Indian grouping is not ours"],
    ["abc", "not a number"],
    ["", "blank"],
    ["1.000,5", "European style"],
  ])("refuses %p (%s)", (typed) => expect(typedNumberText(typed)).toBeNull());
});
