/**
 * The pre-send check's rules and thresholds as data, each with the public source it rests on.
 * Where no source fixes a figure it is a parameter (see SupplierCheckOptions) and says so.
 */
import type { LocalizedText } from "../../shared/localizedText";

export type SupplierRuleId =
  | "not-calculated"
  | "no-products"
  | "product-missing-from-communication"
  | "cn-code-format"
  | "cn-code-not-cbam"
  | "see-missing"
  | "see-not-number"
  | "see-negative"
  | "see-total-mismatch"
  | "unit"
  | "period-missing"
  | "period-not-calendar-year"
  | "period-in-future"
  | "country-missing"
  | "country-not-iso"
  | "installation-name-missing"
  | "default-share-range"
  | "default-share-above-limit"
  | "see-implausible"
  | "version-layout-mismatch"
  | "eu-data-unavailable";

export type FindingSeverity = "error" | "warning";

export interface SupplierRule {
  id: SupplierRuleId;
  severity: FindingSeverity;
  /** Public source, shown to users. */
  source: LocalizedText;
}

const TEMPLATE: LocalizedText = {
  en: "European Commission, CBAM Communication template for installations (v2.1 / 2.1.1)",
  zh: "欧盟委员会《CBAM 设施数据沟通模板》（2.1 / 2.1.1 版）",
};
const ANNEX_I: LocalizedText = {
  en: "Regulation (EU) 2023/956, Annex I (goods covered, by CN code)",
  zh: "欧盟第 2023/956 号条例附件一（按 CN 编码列出的涵盖货物）",
};
const ROUNDING: LocalizedText = {
  en: "Implementing Regulation (EU) 2025/2547, Annex II point A.1(8): SEE in tCO2e per tonne, at most 5 decimals",
  zh: "欧盟第 2025/2547 号实施条例附件二 A.1(8)：单位产品隐含排放以 tCO2e/吨计，最多保留 5 位小数",
};
const PERIOD: LocalizedText = {
  en: "Implementing Regulation (EU) 2025/2547, Art. 1(5): the reporting period is the calendar year of production",
  zh: "欧盟第 2025/2547 号实施条例第 1(5) 条：报告期为货物生产所在的日历年",
};
const ISO: LocalizedText = { en: "ISO 3166-1 alpha-2 country codes", zh: "ISO 3166-1 二位字母国家代码" };
const DEFAULT_SHARE: LocalizedText = {
  en: "Implementing Regulation (EU) 2025/2547, Art. 15 and Annex II point A.1(2): actual and default values may be combined; no maximum share is set for the definitive period, so the limit is yours to set",
  zh: "欧盟第 2025/2547 号实施条例第 15 条及附件二 A.1(2)：实际值与默认值可组合使用；正式期未规定默认值占比上限，上限由用户设定",
};
const PLAUSIBILITY: LocalizedText = {
  en: "This add-in's plausibility screen against the Commission's default values (Implementing Regulation (EU) 2025/2621); not a legal limit",
  zh: "本加载项依据欧盟委员会默认值（第 2025/2621 号实施条例）所做的合理性筛查，并非法定限值",
};

export const SUPPLIER_RULES: Readonly<Record<SupplierRuleId, SupplierRule>> = {
  "not-calculated": { id: "not-calculated", severity: "error", source: TEMPLATE },
  "no-products": { id: "no-products", severity: "error", source: TEMPLATE },
  "product-missing-from-communication": {
    id: "product-missing-from-communication",
    severity: "error",
    source: TEMPLATE,
  },
  "cn-code-format": {
    id: "cn-code-format",
    severity: "error",
    source: { en: "Combined Nomenclature: 8-digit CN codes", zh: "欧盟组合命名法：8 位 CN 编码" },
  },
  "cn-code-not-cbam": { id: "cn-code-not-cbam", severity: "error", source: ANNEX_I },
  "see-missing": { id: "see-missing", severity: "error", source: TEMPLATE },
  "see-not-number": { id: "see-not-number", severity: "error", source: TEMPLATE },
  "see-negative": { id: "see-negative", severity: "error", source: TEMPLATE },
  "see-total-mismatch": { id: "see-total-mismatch", severity: "error", source: ROUNDING },
  unit: { id: "unit", severity: "error", source: ROUNDING },
  "period-missing": { id: "period-missing", severity: "error", source: PERIOD },
  "period-not-calendar-year": { id: "period-not-calendar-year", severity: "error", source: PERIOD },
  "period-in-future": { id: "period-in-future", severity: "error", source: PERIOD },
  "country-missing": { id: "country-missing", severity: "error", source: ISO },
  "country-not-iso": { id: "country-not-iso", severity: "error", source: ISO },
  "installation-name-missing": { id: "installation-name-missing", severity: "error", source: TEMPLATE },
  "default-share-range": { id: "default-share-range", severity: "error", source: TEMPLATE },
  "default-share-above-limit": { id: "default-share-above-limit", severity: "error", source: DEFAULT_SHARE },
  "see-implausible": { id: "see-implausible", severity: "warning", source: PLAUSIBILITY },
  "version-layout-mismatch": { id: "version-layout-mismatch", severity: "warning", source: TEMPLATE },
  "eu-data-unavailable": { id: "eu-data-unavailable", severity: "warning", source: ANNEX_I },
};

/**
 * SEE direct + indirect may differ from the total by rounding only: each is rounded to at most
 * 5 decimals (Implementing Regulation (EU) 2025/2547, Annex II A.1(8)), so three rounded figures
 * differ by at most 1.5 × 10⁻⁵; anything beyond 2 × 10⁻⁵ tCO2e/t is a real mismatch.
 */
export const SEE_SUM_TOLERANCE = 0.00002;

/** The unit the Commission's template writes for goods in tonnes, and for electricity (per MWh). */
export const SEE_UNIT_PER_TONNE = "tCO2e/t";
export const SEE_UNIT_PER_MWH = "tCO2e/MWh";
/** Electricity (CN 2716 00 00) is reported per MWh (template 2.0 release note: "Consistent units for the good Electricity"). */
export const ELECTRICITY_CN_CODE = "27160000";

/** Plausibility band around the Commission's default value: a flag, not an error (this add-in's screen). */
export const PLAUSIBLE_SHARE_OF_DEFAULT = { min: 0.2, max: 3 } as const;
