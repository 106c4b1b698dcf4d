/** The bilingual warnings a CBAM breakdown can carry, one factory per code. */
import type Decimal from "decimal.js";
import type { LocalizedText } from "../shared/localizedText";
import { PERIODS_SOURCE } from "./data/periods";
import type { CbamWarning, DefaultValueMarkup } from "./types";

const percent = (fraction: Decimal): string => `${fraction.times(100).toString()} %`;

export const cbamWarnings = {
  beforeDefinitivePeriod: (year: number): CbamWarning => ({
    code: "before-definitive-period",
    message: {
      en: `No payment before 2026: ${year} is in the CBAM transitional period (reporting only), so no certificates are owed (${PERIODS_SOURCE}).`,
      zh: `2026年前无需付费：${year}年处于CBAM过渡期（仅申报），无需购买证书（${PERIODS_SOURCE}）。`,
    },
  }),

  clampedToZero: (certificatesBeforeClamp: Decimal): CbamWarning => ({
    code: "clamped-to-zero",
    message: {
      en: `Free allocation adjustment and deduction exceed the embedded emissions (certificates before clamping: ${certificatesBeforeClamp.toString()}); a CBAM cost cannot be negative, so 0 is used.`,
      zh: `免费配额调整与已付碳价抵扣之和超过隐含排放（截断前证书数：${certificatesBeforeClamp.toString()}）；CBAM费用不能为负，按0计。`,
    },
  }),

  defaultValueMarkupApplied: (markup: DefaultValueMarkup, seeUsed: Decimal): CbamWarning => ({
    code: "default-value-markup-applied",
    message: {
      en: `Default value used: +${percent(markup.markup)} mark-up for ${markup.year}, SEE used ${seeUsed.toString()} tCO2e/t. ${markup.caveat.en}`,
      zh: `使用默认值：${markup.year}年加成 +${percent(markup.markup)}，采用的单位隐含排放为 ${seeUsed.toString()} tCO2e/t。${markup.caveat.zh}`,
    },
  }),

  deMinimisApplies: (explanation: LocalizedText): CbamWarning => ({
    code: "de-minimis-applies",
    message: { en: `${explanation.en} Obligation set to 0.`, zh: `${explanation.zh}应缴义务按0计。` },
  }),

  deMinimisNotApplicable: (explanation: LocalizedText): CbamWarning => ({
    code: "de-minimis-not-applicable",
    message: explanation,
  }),

  noBenchmark: (): CbamWarning => ({
    code: "no-benchmark",
    message: {
      en: "No benchmark supplied: no free allocation adjustment is deducted, so the cost is an upper bound.",
      zh: "未提供基准值：未扣除免费配额调整，所得费用为上限估计。",
    },
  }),

  cscfUnverified: (value: Decimal, caveat: LocalizedText): CbamWarning => ({
    code: "cscf-unverified",
    message: {
      en: `Cross-sectoral correction factor ${value.toString()} applied to the free allocation adjustment. ${caveat.en}`,
      zh: `免费配额调整已乘以跨行业校正系数 ${value.toString()}。${caveat.zh}`,
    },
  }),
};
