/** One table of every product of several suppliers' templates (CSV or a sheet). */
import { pick, type LocalizedText, type UiLanguage } from "../shared/localizedText";
import type { SupplierReport } from "./types";

export type SummaryCell = string | number | null;

const COLUMNS: readonly LocalizedText[] = [
  { en: "File", zh: "文件" },
  { en: "Installation", zh: "设施" },
  { en: "Country", zh: "国家" },
  { en: "Period start", zh: "报告期开始" },
  { en: "Period end", zh: "报告期结束" },
  { en: "Product no.", zh: "产品序号" },
  { en: "CN code", zh: "CN 编码" },
  { en: "Product name", zh: "产品名称" },
  { en: "SEE direct (tCO2e/t)", zh: "直接 SEE (tCO2e/t)" },
  { en: "SEE indirect (tCO2e/t)", zh: "间接 SEE (tCO2e/t)" },
  { en: "SEE total (tCO2e/t)", zh: "SEE 合计 (tCO2e/t)" },
  { en: "SEE priced by CBAM", zh: "CBAM 计价 SEE" },
  { en: "Basis", zh: "口径" },
  { en: "Unit", zh: "单位" },
  { en: "Share from default values", zh: "默认值占比" },
  { en: "Cell", zh: "单元格" },
  { en: "Errors", zh: "错误" },
  { en: "Warnings", zh: "提示" },
];

export function summaryHeader(language: UiLanguage): string[] {
  return COLUMNS.map((column) => pick(column, language));
}

/** One row per product; a file without products still gets one row, so no supplier drops out. */
export function summaryRows(file: string, report: SupplierReport): SummaryCell[][] {
  const { installation } = report;
  const head = [
    file,
    installation.name,
    installation.country,
    installation.periodStart,
    installation.periodEnd,
  ];
  const fileWide = report.findings.filter((finding) => finding.product === undefined);
  const count = (product: number | undefined, severity: "error" | "warning"): number =>
    fileWide.filter((f) => f.severity === severity).length +
    (product === undefined
      ? 0
      : report.findings.filter((f) => f.product === product && f.severity === severity).length);
  if (report.products.length === 0) {
    return [
      [
        ...head,
        ...new Array<SummaryCell>(11).fill(null),
        count(undefined, "error"),
        count(undefined, "warning"),
      ],
    ];
  }
  return report.products.map((p) => [
    ...head,
    p.number,
    p.cnCode,
    p.productName,
    p.seeDirect,
    p.seeIndirect,
    p.seeTotal,
    p.seeCbam,
    p.basis,
    p.unit,
    p.defaultValueShare,
    p.cell,
    count(p.number, "error"),
    count(p.number, "warning"),
  ]);
}

function csvField(value: SummaryCell): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, numbers exactly as held (no rounding, no thousands separators). */
export function toCsv(rows: readonly (readonly SummaryCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
