/** Reading a quote sheet back: where a moved parameter block is reported, and the accepted spellings. */
import { parseQuoteSheet, type QuoteSheetSnapshot } from "../../../src/excel/quote/parseQuoteSheet";
import { QuoteReadError } from "../../../src/excel/quote/quoteReadError";
import { QUOTE_COLUMN_KEYS } from "../../../src/excel/quote/quoteColumns";
import {
  TABLE_HEADER_ROW,
  quoteBlock,
  tableHeaders,
  tableRows,
} from "../../../src/excel/quote/quoteSheetLayout";
import { quoteStrings } from "../../../src/i18n/quote";
import { specDraft } from "../../core/quote/quoteDrafts";
import { validQuote } from "../../core/quote/validQuote";

function snapshot(edit: (block: unknown[][], rows: unknown[][]) => void = () => {}): QuoteSheetSnapshot {
  const quote = validQuote(specDraft());
  const block = quoteBlock(quote, "ZCQuote1", quoteStrings("en").sheet).map((row) => [...row]) as unknown[][];
  const rows = tableRows(quote).map((row) => [...row]) as unknown[][];
  edit(block, rows);
  return {
    sheetName: "ZC Quote",
    tableName: "ZCQuote1",
    headerAddress: `'ZC Quote'!A${TABLE_HEADER_ROW}:O${TABLE_HEADER_ROW}`,
    headers: tableHeaders(),
    bodyTop: TABLE_HEADER_ROW + 1,
    bodyLeft: 0,
    body: rows,
    blockValues: block,
    blockFormulas: block,
  };
}

function readError(snap: QuoteSheetSnapshot): QuoteReadError {
  try {
    parseQuoteSheet(snap);
  } catch (error) {
    if (error instanceof QuoteReadError) return error;
    throw error;
  }
  throw new Error("expected a QuoteReadError");
}

describe("parseQuoteSheet", () => {
  it("a moved parameter block is reported at the label's own cell (A3, not A33)", () => {
    // The block moved down one row: A3 now holds what was A2 (blank), A4 the delivery year label.
    const error = readError(snapshot((block) => block.unshift(Array(10).fill(""))));
    expect(error.localized.en).toMatch(/^Cell 'ZC Quote'!A3 should hold the label/);
    expect(error.localized.en).not.toContain("A33");
  });

  it.each([
    ["iron-and-steel", "default"],
    ["Iron and steel", "Default value"],
    ["钢铁", "默认值"],
    [" IRON AND STEEL ", " DEFAULT VALUE "],
  ])("reads the good %p and the value type %p", (good, valueType) => {
    const read = parseQuoteSheet(
      snapshot((_block, rows) => {
        rows[0]![QUOTE_COLUMN_KEYS.indexOf("good")] = good;
        rows[0]![QUOTE_COLUMN_KEYS.indexOf("valueType")] = valueType;
      }),
    );
    expect(read.cellIssues).toEqual([]);
    expect([read.draft.lines[0]!.good, read.draft.lines[0]!.valueType]).toEqual([
      "iron-and-steel",
      "default",
    ]);
  });

  it("a good or value type that is none is an issue naming its cell", () => {
    const read = parseQuoteSheet(
      snapshot((_block, rows) => {
        rows[0]![QUOTE_COLUMN_KEYS.indexOf("good")] = "steel";
        rows[0]![QUOTE_COLUMN_KEYS.indexOf("valueType")] = "maybe";
      }),
    );
    expect(read.cellIssues.map((issue) => issue.cell)).toEqual(["'ZC Quote'!D22", "'ZC Quote'!G22"]);
  });
});
