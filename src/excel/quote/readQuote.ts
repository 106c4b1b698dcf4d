/**
 * Reads a quote table back from the workbook: the ZCQuote table on the active sheet (the newest
 * one when there are several), else the newest in the workbook. Two syncs: table names, then the
 * candidates' headers, bodies and parameter blocks in one batch.
 */
import { runExcel } from "../runExcel";
import { quoteTableNumber } from "./freeTableName";
import { type QuoteRead, parseQuoteSheet } from "./parseQuoteSheet";
import { QuoteReadError } from "./quoteReadError";
import { BLOCK } from "./quoteSheetLayout";

export function readQuote(): Promise<QuoteRead> {
  return runExcel(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();

    const candidates = tables.items
      .filter((table) => quoteTableNumber(table.name) !== null)
      .sort((a, b) => quoteTableNumber(b.name)! - quoteTableNumber(a.name)!)
      .map((table) => {
        const sheet = table.worksheet;
        return {
          name: table.name,
          sheet: sheet.load("name"),
          header: table.getHeaderRowRange().load("values,address"),
          body: table.getDataBodyRange().load("values,rowIndex,columnIndex"),
          block: sheet.getRange(BLOCK.address).load("values,formulas"),
        };
      });
    if (candidates.length === 0) throw new QuoteReadError("noTable");
    await context.sync();

    const chosen = candidates.find((candidate) => candidate.sheet.name === active.name) ?? candidates[0]!;
    return parseQuoteSheet({
      sheetName: chosen.sheet.name,
      tableName: chosen.name,
      headerAddress: chosen.header.address,
      headers: chosen.header.values[0] ?? [],
      bodyTop: chosen.body.rowIndex + 1,
      bodyLeft: chosen.body.columnIndex,
      body: chosen.body.values,
      blockValues: chosen.block.values,
      blockFormulas: chosen.block.formulas,
    });
  });
}
