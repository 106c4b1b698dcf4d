import {
  AddressBook,
  columnIndex,
  columnLetters,
  localAddress,
  parseOrigin,
  quoteSheetName,
} from "../../../src/core/sheet/a1";

describe("A1 addresses", () => {
  it("converts column indexes to letters and back", () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "xfd"].map(columnIndex)).toEqual([0, 25, 26, 16383]);
  });

  it("parses the origin of a used range, with or without sheet and range end", () => {
    expect(parseOrigin("B3")).toEqual({ row: 2, column: 1 });
    expect(parseOrigin("$C$10")).toEqual({ row: 9, column: 2 });
    expect(parseOrigin("'Park A'!B3:F40")).toEqual({ row: 2, column: 1 });
    expect(parseOrigin(undefined)).toEqual({ row: 0, column: 0 });
    expect(() => parseOrigin("3B")).toThrow(RangeError);
  });

  it("quotes sheet names that need it, doubling single quotes", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Park 'A' 排放")).toBe("'Park ''A'' 排放'");
    expect(quoteSheetName("园区排放清单")).toBe("'园区排放清单'");
    expect(quoteSheetName("My Sheet")).toBe("'My Sheet'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("2024")).toBe("'2024'");
  });

  it("addresses cells of a block that starts at B3", () => {
    const book = new AddressBook("Park 'A' 排放", parseOrigin("B3"));
    expect(book.local(0, 0)).toBe("B3");
    expect(book.full(4, 1)).toBe("'Park ''A'' 排放'!C7");
    expect(book.sheetRow(4)).toBe(7);
    expect(localAddress("'Park ''A'' 排放'!C7")).toBe("C7");
  });
});
