/** How validation messages name each field, in both languages. */
import type { LocalizedText } from "../shared/localizedText";
import type { QuoteField } from "./types";

export const QUOTE_FIELD_LABELS: Readonly<Record<QuoteField, LocalizedText>> = {
  lines: { en: "product lines", zh: "产品行" },
  description: { en: "description", zh: "品名" },
  cnCode: { en: "CN code", zh: "CN 编码" },
  country: { en: "country of origin", zh: "原产国" },
  good: { en: "CBAM good", zh: "CBAM 产品类别" },
  quantity: { en: "quantity (t)", zh: "数量（吨）" },
  see: { en: "SEE (tCO2e/t)", zh: "单位隐含排放 SEE（tCO2e/吨）" },
  valueType: { en: "value type", zh: "数值类型" },
  benchmark: { en: "benchmark (tCO2e/t)", zh: "基准值（tCO2e/吨）" },
  basePrice: { en: "base price (EUR/t)", zh: "基础价格（欧元/吨）" },
  alternativeSee: { en: "alternative SEE (tCO2e/t)", zh: "替代 SEE（tCO2e/吨）" },
  certificatePrice: { en: "EU certificate price (EUR/tCO2e)", zh: "欧盟证书价格（欧元/tCO2e）" },
  paidPrice: { en: "carbon price paid at home (EUR/tCO2e)", zh: "国内已付碳价（欧元/tCO2e）" },
  exchangeRate: { en: "exchange rate (CNY per EUR)", zh: "汇率（人民币/欧元）" },
  deliveryYear: { en: "delivery year", zh: "交货年份" },
  reductionPercent: { en: "SEE reduction (%)", zh: "SEE 降幅（%）" },
};

/** "Line 2, SEE (tCO2e/t)" / "第 2 行，单位隐含排放 SEE（tCO2e/吨）" — the start of every message. */
export function issuePlace(line: number | null, field: QuoteField, year?: number): LocalizedText {
  const label = QUOTE_FIELD_LABELS[field];
  const en = year === undefined ? label.en : `${label.en}, ${year}`;
  const zh = year === undefined ? label.zh : `${label.zh}，${year} 年`;
  return line === null ? { en, zh } : { en: `Line ${line}, ${en}`, zh: `第 ${line} 行，${zh}` };
}
