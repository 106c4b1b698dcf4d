import { validateQuote } from "../../../src/core/quote";
import { insertQuote, issueCell, readQuote } from "../../../src/excel/quote";
import { quoteStrings } from "../../../src/i18n/quote";
import { type ExcelFake, installExcelFake } from "../../support/excelFake";
import { specDraft, specLine } from "../../core/quote/quoteDrafts";
import { validQuote } from "../../core/quote/validQuote";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

describe("issueCell: validation issues of a read quote name the cell", () => {
  it("points line fields at their cell and parameters at theirs", async () => {
    await insertQuote(validQuote(specDraft({ lines: [specLine(), specLine()] })), quoteStrings("en").sheet);
    const sheet = fake.state.sheet("ZC Quote");
    sheet.cellForWrite(22, 4).value = -1; // line 2 SEE (E23)
    sheet.cellForWrite(2, 1).value = "next year"; // B3 delivery year
    const read = await readQuote();
    const validation = validateQuote(read.draft);
    expect(validation.ok).toBe(false);
    if (validation.ok) return;
    expect(validation.issues.map((issue) => issueCell(read, issue))).toEqual([
      "'ZC Quote'!B3",
      "'ZC Quote'!E23",
    ]);
  });
});
