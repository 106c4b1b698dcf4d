import { isExcelError, parseCell } from "../../../src/core/sheet/cellValue";
import { readYear, serialToIsoDate } from "../../../src/core/sheet/yearCell";
import { parseScope } from "../../../src/core/sheet/scopeCell";

const number = (value: number, percentSign = false, fromText = true) => ({
  kind: "number",
  value,
  percentSign,
  fromText,
});

describe("parseCell", () => {
  it("reads numbers, including numbers stored as text", () => {
    expect(parseCell(42)).toEqual(number(42, false, false));
    expect(parseCell("1,234.5")).toEqual(number(1234.5));
    expect(parseCell(" 12% ")).toEqual(number(12, true));
    expect(parseCell("１２３")).toEqual(number(123));
    expect(parseCell("１２％")).toEqual(number(12, true));
    expect(parseCell("(120)")).toEqual(number(-120));
    expect(parseCell("-3.5e2")).toEqual(number(-350));
    expect(parseCell("\u22125")).toEqual(number(-5));
  });

  it("keeps ambiguous or non-numeric text as text", () => {
    expect(parseCell("1,5")).toEqual({ kind: "text", text: "1,5" });
    expect(parseCell("约350000")).toEqual({ kind: "text", text: "约350000" });
    expect(parseCell("n/a")).toEqual({ kind: "text", text: "n/a" });
  });

  it("recognises blanks, booleans and Excel error values", () => {
    expect(parseCell("")).toEqual({ kind: "blank" });
    expect(parseCell("   ")).toEqual({ kind: "blank" });
    expect(parseCell(null)).toEqual({ kind: "blank" });
    expect(parseCell(true)).toEqual({ kind: "boolean", value: true });
    expect(parseCell("#N/A")).toEqual({ kind: "error", code: "#N/A" });
    expect(parseCell("#DIV/0!")).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(isExcelError("#VALUE!")).toBe(true);
    expect(isExcelError("#hashtag")).toBe(false);
  });
});

describe("year cells", () => {
  it("reads plain years and year text", () => {
    expect(readYear(parseCell(2024))).toEqual({ kind: "year", year: 2024 });
    expect(readYear(parseCell("2024年"))).toEqual({ kind: "year", year: 2024 });
    expect(readYear(parseCell("2024年度"))).toEqual({ kind: "year", year: 2024 });
    expect(readYear(parseCell(""))).toEqual({ kind: "none" });
  });

  it("recognises a date serial: 45292 is 2024-01-01 in Excel's 1900 date system", () => {
    expect(serialToIsoDate(45292)).toBe("2024-01-01");
    expect(readYear(parseCell(45292))).toEqual({
      kind: "dateSerial",
      year: 2024,
      serial: 45292,
      isoDate: "2024-01-01",
    });
  });

  it("calls other values invalid", () => {
    expect(readYear(parseCell("last year"))).toEqual({ kind: "invalid", text: "last year" });
    expect(readYear(parseCell(12))).toEqual({ kind: "invalid", text: "12" });
  });
});

describe("scope cells", () => {
  it.each([
    ["范围1", 1],
    ["范围二", 2],
    ["Scope 3", 3],
    ["S1", 1],
    ["scope1", 1],
    [2, 2],
  ])("%s → scope %s", (text, scope) => {
    expect(parseScope(parseCell(text))).toBe(scope);
  });

  it("rejects other text", () => {
    expect(parseScope(parseCell("Scope 4"))).toBeNull();
    expect(parseScope(parseCell("锅炉"))).toBeNull();
  });
});
