/**
 * Inserts a quote as a new sheet with a parameter block, a 2026-2034 path block, a chart and an
 * Excel table whose outputs are ZC formulas (layout: quoteSheetLayout.ts). Never writes over user
 * cells: the sheet is new, its name and the table name are picked free. Two syncs whatever the
 * number of lines: names, then every write in one batch.
 */
import type { Quote } from "../../core/quote";
import { runExcel } from "../runExcel";
import { freeSheetName } from "../sheetNames";
import { freeQuoteTableName } from "./freeTableName";
import {
  BLOCK,
  CHART_POSITION,
  CHART_SOURCE,
  type QuoteSheetLabels,
  quoteBlock,
  quoteBlockNumberFormats,
  tableAddress,
  tableHeaders,
  tableNumberFormats,
  tableRows,
} from "./quoteSheetLayout";

export interface QuoteInserted {
  sheetName: string;
  tableName: string;
  /** "A21:P22": header row and lines. */
  tableAddress: string;
}

export function insertQuote(quote: Quote, labels: QuoteSheetLabels): Promise<QuoteInserted> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    worksheets.load("items/name");
    tables.load("items/name");
    await context.sync();

    const sheetName = freeSheetName(
      labels.sheetName,
      worksheets.items.map((sheet) => sheet.name),
    );
    const tableName = freeQuoteTableName(tables.items.map((table) => table.name));
    const address = tableAddress(quote.lines.length);
    const sheet = worksheets.add(sheetName);

    // The table first: the block's formulas refer to it by name.
    const table = sheet.tables.add(address, true);
    table.name = tableName;
    table.getHeaderRowRange().values = [tableHeaders()];
    const body = table.getDataBodyRange();
    body.formulas = tableRows(quote);
    body.numberFormat = tableNumberFormats(quote.lines.length);

    const block = sheet.getRange(BLOCK.address);
    block.formulas = quoteBlock(quote, tableName, labels);
    block.numberFormat = quoteBlockNumberFormats();
    sheet.getRange("A1").format.font.bold = true;

    const chart = sheet.charts.add("Line", sheet.getRange(CHART_SOURCE.series), "Rows");
    chart.title.text = labels.chartTitle;
    chart.series.getItemAt(0).setXAxisValues(sheet.getRange(CHART_SOURCE.categories));
    chart.setPosition(CHART_POSITION.from, CHART_POSITION.to);

    table.getRange().format.autofitColumns();
    sheet.activate();
    await context.sync();
    return { sheetName, tableName, tableAddress: address };
  });
}
