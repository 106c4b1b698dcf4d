/** The supplier report as text (command line) and as plain JSON, in English or Chinese. */
import { pick, type LocalizedText, type UiLanguage } from "../shared/localizedText";
import type { SupplierFinding, SupplierProduct, SupplierReport } from "./types";

const T = {
  template: { en: "CBAM Communication template", zh: "CBAM 数据沟通模板" },
  unknownVersion: { en: "version not recognised", zh: "版本无法识别" },
  installation: { en: "Installation", zh: "设施" },
  period: { en: "reporting period", zh: "报告期" },
  products: { en: "Products", zh: "产品" },
  direct: { en: "direct", zh: "直接" },
  indirect: { en: "indirect", zh: "间接" },
  total: { en: "total", zh: "合计" },
  cbam: { en: "CBAM prices", zh: "CBAM 计价" },
  unknownCbam: { en: "CBAM SEE unknown", zh: "CBAM 计价 SEE 未知" },
  noFindings: { en: "Ready to send: no finding.", zh: "可以发送：未发现问题。" },
  findings: { en: "Findings", zh: "发现的问题" },
  error: { en: "ERROR", zh: "错误" },
  warning: { en: "WARNING", zh: "提示" },
  source: { en: "source", zh: "依据" },
} satisfies Record<string, LocalizedText>;

const shown = (value: string | number | null): string => (value === null ? "–" : String(value));

export function countBySeverity(findings: readonly SupplierFinding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const finding of findings) if (finding.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}

function productLine(product: SupplierProduct, language: UiLanguage): string {
  const t = (text: LocalizedText): string => pick(text, language);
  const cbam =
    product.seeCbam === null
      ? t(T.unknownCbam)
      : `${t(T.cbam)} ${product.seeCbam} (${t(product.basis === "direct" ? T.direct : T.total)})`;
  return (
    `  ${product.number}. ${shown(product.cnCode)}  ${shown(product.productName)}  [${product.cell}]\n` +
    `     SEE ${t(T.direct)} ${shown(product.seeDirect)} · ${t(T.indirect)} ${shown(product.seeIndirect)} · ` +
    `${t(T.total)} ${shown(product.seeTotal)} ${shown(product.unit)} → ${cbam}\n`
  );
}

export function renderSupplierReport(file: string, report: SupplierReport, language: UiLanguage): string {
  const t = (text: LocalizedText): string => pick(text, language);
  const { installation } = report;
  let out = `${file} — ${t(T.template)} ${report.templateVersion ?? t(T.unknownVersion)}\n`;
  out +=
    `${t(T.installation)}: ${shown(installation.name)}, ${shown(installation.city)}, ${shown(installation.country)}` +
    ` (UN/LOCODE ${shown(installation.unlocode)}); ${t(T.period)} ${shown(installation.periodStart)} – ${shown(installation.periodEnd)}\n`;
  out += `${t(T.products)} (${report.products.length}):\n`;
  for (const product of report.products) out += productLine(product, language);
  if (report.findings.length === 0) return `${out}${t(T.noFindings)}\n`;
  const { errors, warnings } = countBySeverity(report.findings);
  out += `${t(T.findings)} (${errors} ${t(T.error)}, ${warnings} ${t(T.warning)}):\n`;
  for (const finding of report.findings) {
    out +=
      `  ${t(finding.severity === "error" ? T.error : T.warning)}  ${finding.sheet}!${finding.cell}  ${t(finding.message)}\n` +
      `     ${t(T.source)}: ${t(finding.source)}\n`;
  }
  return out;
}

/** The report as the command line's --json prints it: messages in one language, numbers as held. */
export function supplierReportJson(file: string, report: SupplierReport, language: UiLanguage): object {
  return {
    file,
    templateVersion: report.templateVersion,
    installation: report.installation,
    products: report.products,
    findings: report.findings.map((finding) => ({
      severity: finding.severity,
      rule: finding.rule,
      sheet: finding.sheet,
      cell: finding.cell,
      ...(finding.product === undefined ? {} : { product: finding.product }),
      message: pick(finding.message, language),
      source: pick(finding.source, language),
    })),
  };
}
