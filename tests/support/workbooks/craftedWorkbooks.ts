/**
 * Workbooks nobody on the project would design, built with exceljs in the test setup (nothing
 * committed): the shapes park groups, provincial offices and statistics bureaus really keep. The
 * expected figures are worked by hand in the tests that use them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

type Row = (string | number | Date | null | { formula: string })[];

async function write(file: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(file);
  return file;
}

function addRows(sheet: ExcelJS.Worksheet, rows: readonly Row[], firstRow = 1): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(firstRow + r, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
}

/** An open-source park database: park | indicator | value | unit, several parks in one long table. */
export function parkDatabase(dir: string): Promise<string> {
  return write(path.join(dir, "park-database.xlsx"), (wb) => {
    const sheet = wb.addWorksheet("parks");
    addRows(sheet, [
      ["国家级零碳园区数据库（节选）"],
      [],
      ["园区名称", "指标", "数值", "单位"],
      ["甲园区", "综合能源消费量", 50, "万tce"],
      ["甲园区", "二氧化碳排放量", 9, "万tCO2"],
      ["乙园区", "综合能源消费量", 120, "万tce"],
      ["乙园区", "二氧化碳排放量", 42, "万tCO2"],
      ["丙园区", "综合能源消费量", 30, "万tce"],
      ["丙园区", "二氧化碳排放量", 3, "万tCO2"],
      ["丁园区", "园区面积", 12, "平方公里"],
      ["丁园区", "企业数量", 340, "家"],
    ]);
  });
}

/** One row per park, indicators as columns, the unit in each header. */
export function wideParks(dir: string): Promise<string> {
  return write(path.join(dir, "wide-parks.xlsx"), (wb) => {
    const sheet = wb.addWorksheet("省级汇总");
    addRows(sheet, [
      ["园区", "二氧化碳排放总量（万tCO2）", "综合能源消费量（万tce）", "工业增加值（亿元）"],
      ["A园区", 8, 40, 50],
      ["B园区", 30, 100, 100],
    ]);
  });
}

/** A statistics table: years as columns, a padded header, a year column left blank. */
export function yearsAsColumns(dir: string): Promise<string> {
  return write(path.join(dir, "years.xlsx"), (wb) => {
    const sheet = wb.addWorksheet("统计");
    addRows(sheet, [
      ["指\u3000标", "单\u3000位", "2023年", "2024年", "2025年"],
      ["综合能源消费量", "万tce", 40, 45, null],
      ["二氧化碳排放量", "万tCO2", 10, 8.1, null],
    ]);
  });
}

/** A label merged over two year rows; the unit in the value header. */
export function mergedLabel(dir: string): Promise<string> {
  return write(path.join(dir, "merged.xlsx"), (wb) => {
    const sheet = wb.addWorksheet("排放");
    addRows(sheet, [
      ["指标", "年份", "数值（万tCO2）", "单位"],
      ["二氧化碳排放量", 2023, 12, null],
      [null, 2024, 8, null],
      ["综合能源消费量", 2024, 50, "万tce"],
    ]);
    sheet.mergeCells("A2:A3");
  });
}

/** A date typed into a value cell (read as its serial number), and formulas saved without results. */
export function dateAndFormulas(dir: string): Promise<{ date: string; formulas: string }> {
  return Promise.all([
    write(path.join(dir, "date-value.xlsx"), (wb) => {
      const sheet = wb.addWorksheet("清单");
      addRows(sheet, [
        ["指标", "数值", "单位"],
        ["综合能源消费量", 500000, "tce"],
        ["二氧化碳排放量", new Date(Date.UTC(2024, 2, 1)), "tCO2"],
      ]);
      sheet.getCell("B3").numFmt = "yyyy-mm-dd";
    }),
    write(path.join(dir, "formulas.xlsx"), (wb) => {
      const sheet = wb.addWorksheet("清单");
      addRows(sheet, [
        ["指标", "数值", "单位"],
        ["综合能源消费量", { formula: "SUM(E2:E9)" }, "tce"],
        ["二氧化碳排放量", { formula: "SUM(F2:F9)" }, "tCO2"],
      ]);
    }),
  ]).then(([date, formulas]) => ({ date, formulas }));
}

/** A small valid table with one stray cell at XFD1048576 (the last cell of a sheet). */
export function strayFarCell(dir: string): Promise<string> {
  return write(path.join(dir, "stray.xlsx"), (wb) => {
    const sheet = wb.addWorksheet("清单");
    addRows(sheet, [
      ["指标", "数值", "单位"],
      ["综合能源消费量", 500000, "tce"],
      ["二氧化碳排放量", 90000, "tCO2"],
    ]);
    sheet.getCell("XFD1048576").value = "x";
  });
}

/** Sheet order: a hidden sheet (the saved active tab), then the sheet to validate. */
export function hiddenActiveSheet(dir: string): Promise<string> {
  return write(path.join(dir, "hidden.xlsx"), (wb) => {
    const hidden = wb.addWorksheet("旧表", { state: "hidden" });
    addRows(hidden, [["nothing here"]]);
    const data = wb.addWorksheet("清单");
    addRows(data, [
      ["指标", "数值", "单位"],
      ["综合能源消费量", 500000, "tce"],
      ["二氧化碳排放量", 90000, "tCO2"],
    ]);
    wb.views = [{ activeTab: 0 } as ExcelJS.WorkbookView];
  });
}

/**
 * A chart sheet first in the tab order and active (exceljs cannot write one: the parts are added
 * to an exceljs-written file, as Excel lays them out).
 */
export async function chartSheetFirst(dir: string): Promise<string> {
  const file = await write(path.join(dir, "chart-first.xlsx"), (wb) => {
    const data = wb.addWorksheet("清单");
    addRows(data, [
      ["指标", "数值", "单位"],
      ["综合能源消费量", 500000, "tce"],
      ["二氧化碳排放量", 90000, "tCO2"],
    ]);
  });
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    workbookXml
      .replace(/<sheets>/, '<sheets><sheet name="图表1" sheetId="99" r:id="rIdChart1"/>')
      .replace(/<bookViews>[\s\S]*?<\/bookViews>/, '<bookViews><workbookView activeTab="0"/></bookViews>'),
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    ),
  );
  zip.file(
    "xl/chartsheets/sheet1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
    ),
  );
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

/** A workbook whose sheet XML is cut in half (as a failed download leaves it). */
export async function brokenSheetXml(dir: string): Promise<string> {
  const file = await strayFarCell(dir);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", xml.slice(0, Math.floor(xml.length / 2)));
  const broken = path.join(dir, "broken-sheet.xlsx");
  fs.writeFileSync(broken, await zip.generateAsync({ type: "nodebuffer" }));
  return broken;
}

/** A long park database of `count` parks (two indicators each), large enough to fill a pipe. */
export function manyParks(dir: string, count: number): Promise<string> {
  return write(path.join(dir, `parks-${count}.xlsx`), (wb) => {
    const sheet = wb.addWorksheet("parks");
    const rows: Row[] = [["park", "indicator", "value", "unit"]];
    for (let i = 1; i <= count; i++) {
      rows.push([`Park ${i}`, "energy consumption", 300000 + i, "tce"]);
      rows.push([`Park ${i}`, "CO2 emissions", 30000 + i, "tCO2"]);
    }
    addRows(sheet, rows);
  });
}
