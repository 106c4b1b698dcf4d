import ExcelJS from "exceljs";
import type { UiLanguage } from "../core/shared/localizedText";
import { pick } from "../core/shared/localizedText";
import type { SummaryCell } from "../core/supplier";

export interface SummaryFinding {
  file: string;
  severity: string;
  cell: string;
  message: string;
}

const FINDING_HEADER = {
  en: ["File", "Severity", "Cell", "Finding"],
  zh: ["文件", "级别", "单元格", "问题"],
};

/** The summary workbook: one sheet of products, one of findings; numbers stay numbers. */
export async function writeSummaryWorkbook(
  file: string,
  header: readonly string[],
  rows: readonly (readonly SummaryCell[])[],
  findings: readonly SummaryFinding[],
  language: UiLanguage,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const products = workbook.addWorksheet(pick({ en: "Products", zh: "产品" }, language));
  products.addRow([...header]).font = { bold: true };
  for (const row of rows) products.addRow([...row]);
  products.views = [{ state: "frozen", ySplit: 1 }];
  const sheet = workbook.addWorksheet(pick({ en: "Findings", zh: "问题" }, language));
  sheet.addRow(FINDING_HEADER[language]).font = { bold: true };
  for (const finding of findings)
    sheet.addRow([finding.file, finding.severity, finding.cell, finding.message]);
  await workbook.xlsx.writeFile(file);
}
