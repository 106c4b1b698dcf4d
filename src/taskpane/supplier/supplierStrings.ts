/** The "Supplier data" view's strings, English and Chinese. */
import type { UiLanguage } from "../../core/shared/localizedText";

const en = {
  intro:
    "Read a supplier's EU CBAM Communication template (the Commission's workbook, version 2.1 or 2.1.1): its installation, products and what an importer would send back.",
  readOpen: "Read the open workbook",
  readFile: "Read a template file…",
  notTemplate:
    "The open workbook is not a CBAM Communication template (it has no Summary_Communication sheet).",
  loadingFile: "Reading {file}…",
  source: "Source",
  openWorkbook: "the open workbook",
  version: "Template version",
  unknownVersion: "not recognised",
  installation: "Installation",
  country: "Country",
  period: "Reporting period",
  products: "Products",
  noProducts: "No products.",
  columns: {
    number: "No.",
    cnCode: "CN code",
    product: "Product",
    direct: "SEE direct",
    indirect: "SEE indirect",
    total: "SEE total",
    cbam: "SEE CBAM prices",
  },
  basis: { direct: "direct only (Annex II)", total: "total" },
  unknown: "unknown",
  findings: "Findings",
  noFindings: "Ready to send: no finding.",
  error: "Error",
  warning: "Warning",
  goToCell: "Go to {cell}",
  useInQuote: "Use in a quote",
  usedInQuote: "{count} line(s) added to the Quote tab with the supplier's SEE as actual values.",
  nothingToQuote: "No product with a CBAM good and a known SEE to quote.",
  quoteFromFile: "Add lines from a supplier template…",
};

export type SupplierStrings = typeof en;

const zh: SupplierStrings = {
  intro:
    "读取供应商填写的欧盟 CBAM 数据沟通模板（欧盟委员会工作簿 2.1 或 2.1.1 版）：设施、产品，以及进口商合规团队会退回的问题。",
  readOpen: "读取当前工作簿",
  readFile: "读取模板文件…",
  notTemplate: "当前工作簿不是 CBAM 数据沟通模板（没有 Summary_Communication 工作表）。",
  loadingFile: "正在读取 {file}…",
  source: "来源",
  openWorkbook: "当前工作簿",
  version: "模板版本",
  unknownVersion: "无法识别",
  installation: "设施",
  country: "国家",
  period: "报告期",
  products: "产品",
  noProducts: "没有产品。",
  columns: {
    number: "序号",
    cnCode: "CN 编码",
    product: "产品",
    direct: "直接 SEE",
    indirect: "间接 SEE",
    total: "SEE 合计",
    cbam: "CBAM 计价 SEE",
  },
  basis: { direct: "仅直接排放（附件二）", total: "合计" },
  unknown: "未知",
  findings: "发现的问题",
  noFindings: "可以发送：未发现问题。",
  error: "错误",
  warning: "提示",
  goToCell: "转到 {cell}",
  useInQuote: "用于报价",
  usedInQuote: "已向报价页添加 {count} 行，SEE 取供应商实际值。",
  nothingToQuote: "没有可报价的产品（需为 CBAM 货物且 SEE 已知）。",
  quoteFromFile: "从供应商模板添加报价行…",
};

export const SUPPLIER_STRINGS: Readonly<Record<UiLanguage, SupplierStrings>> = { en, zh };
