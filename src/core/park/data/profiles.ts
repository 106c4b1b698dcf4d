/**
 * Threshold profiles the validator checks a park sheet against (shared/spec/park-standards.md
 * section 4). Only figures the seeds state are limits; everywhere else the check is a presence
 * check and its note says that the paper gives no threshold.
 *
 * Judgment call on the national notice's guiding indicators: the values quoted by a secondary
 * summary (clean energy ≥ 90 %, solid waste utilisation ≥ 80 %, water reuse ≥ 80 %) have not been
 * checked against the notice's attached indicator system, so the national profile carries the
 * guiding indicators the paper names as presence checks (verified), and the secondary-summary
 * figures live apart in NOTICE_GUIDING_UNVERIFIED, every check `verified: false` with the caveat,
 * and outside DEFAULT_PROFILE_IDS.
 */
import type { LocalizedText } from "../../shared/localizedText";
import type { ThresholdCheck, ThresholdProfile } from "../types";
import { FENG_XU_PAPER, fengXu } from "../../shared/publicSources";

const NOTICE_SOURCE = `发改环资〔2025〕910号 (2025-06-30) as quoted in ${FENG_XU_PAPER}, section 4.2.3`;

const NO_THRESHOLD: LocalizedText = {
  en: "Presence check: the paper gives no threshold for this indicator.",
  zh: "仅检查是否填报：论文未给出该指标的阈值。",
};

/** Why the national notice's core indicator does not apply to a park below 200,000 tce a year. */
export const BELOW_NOTICE_BANDS: LocalizedText = {
  en: "Not applicable: the notice sets the core indicator only for parks using at least 200,000 tce a year.",
  zh: "不适用：通知仅对年综合能源消费量20万吨标准煤及以上的园区规定核心指标。",
};

// ---------------------------------------------------------------------------------------------
// (a) National notice on zero-carbon parks
// ---------------------------------------------------------------------------------------------

/**
 * Transcribed as the paper states it: 200,000-1,000,000 tce/yr → ≤ 0.2 tCO2/tce; ≥ 1,000,000 →
 * ≤ 0.3. The larger energy user gets the looser limit (0.3 > 0.2). A park of exactly 1,000,000 tce
 * falls in the ≥ band (the paper writes "≥100万"); below 200,000 tce neither band applies.
 */
const NATIONAL_NOTICE: ThresholdProfile = {
  id: "national-notice-2025",
  name: { en: "National notice on zero-carbon parks (2025)", zh: "关于开展零碳园区建设的通知（2025）" },
  description: {
    en: "Core indicator: carbon emissions per unit of energy, band chosen by the park's annual energy use; guiding indicators as presence checks.",
    zh: "核心指标：单位能耗碳排放，按园区年综合能源消费量选择档位；引导指标仅检查是否填报。",
  },
  source: NOTICE_SOURCE,
  checks: [
    {
      id: "notice-unit-energy-carbon-200k-1m",
      indicatorId: "unit_energy_carbon_emissions",
      comparison: "max",
      limit: 0.2,
      unit: "tCO2/tce",
      source: NOTICE_SOURCE,
      note: {
        en: "For parks using 200,000 to 1,000,000 tce a year.",
        zh: "适用于年综合能源消费量20万~100万吨标准煤的园区。",
      },
      verified: true,
      applicability: {
        indicatorId: "energy_consumption",
        min: 200_000,
        maxExclusive: 1_000_000,
        outside: {
          en: "Not applicable: this band covers parks using 200,000 to 1,000,000 tce a year.",
          zh: "不适用：该档位适用于年综合能源消费量20万~100万吨标准煤的园区。",
        },
      },
    },
    {
      id: "notice-unit-energy-carbon-1m-plus",
      indicatorId: "unit_energy_carbon_emissions",
      comparison: "max",
      limit: 0.3,
      unit: "tCO2/tce",
      source: NOTICE_SOURCE,
      note: {
        en: "For parks using 1,000,000 tce a year or more (the looser of the two limits).",
        zh: "适用于年综合能源消费量100万吨标准煤及以上的园区（两档中较宽松者）。",
      },
      verified: true,
      applicability: {
        indicatorId: "energy_consumption",
        min: 1_000_000,
        outside: {
          en: "Not applicable: this band covers parks using 1,000,000 tce a year or more.",
          zh: "不适用：该档位适用于年综合能源消费量100万吨标准煤及以上的园区。",
        },
      },
    },
    {
      id: "notice-guiding-clean-energy-share",
      indicatorId: "clean_energy_share",
      comparison: "present",
      unit: "fraction",
      source: NOTICE_SOURCE,
      note: {
        en: "Guiding indicator named by the notice; the paper gives no value.",
        zh: "通知所列引导指标；论文未给出数值。",
      },
      verified: true,
    },
    {
      id: "notice-guiding-solid-waste-utilisation",
      indicatorId: "industrial_solid_waste_utilisation",
      comparison: "present",
      unit: "fraction",
      source: NOTICE_SOURCE,
      note: {
        en: "Guiding indicator named by the notice; the paper gives no value.",
        zh: "通知所列引导指标；论文未给出数值。",
      },
      verified: true,
      usedByStandards: 13,
    },
  ],
};

/** Shown with every check of NOTICE_GUIDING_UNVERIFIED. */
export const UNVERIFIED_CAVEAT: LocalizedText = {
  en: "Figure from a secondary summary of the national notice, not yet checked against the notice's attached indicator system: for information only.",
  zh: "该数值来自对国家通知的二手综述，尚未与通知所附指标体系核对，仅供参考。",
};

const SECONDARY_SUMMARY = "secondary summary of 发改环资〔2025〕910号, unverified";

const NOTICE_GUIDING_UNVERIFIED: ThresholdProfile = {
  id: "national-notice-2025-guiding-unverified",
  name: {
    en: "National notice guiding indicators (unverified figures)",
    zh: "国家通知引导指标（数值未核实）",
  },
  description: UNVERIFIED_CAVEAT,
  source: SECONDARY_SUMMARY,
  checks: [
    {
      id: "notice-guiding-clean-energy-90",
      indicatorId: "clean_energy_share",
      comparison: "min",
      limit: 0.9,
      unit: "fraction",
      source: SECONDARY_SUMMARY,
      note: UNVERIFIED_CAVEAT,
      verified: false,
    },
    {
      id: "notice-guiding-solid-waste-80",
      indicatorId: "industrial_solid_waste_utilisation",
      comparison: "min",
      limit: 0.8,
      unit: "fraction",
      source: SECONDARY_SUMMARY,
      note: UNVERIFIED_CAVEAT,
      verified: false,
      usedByStandards: 13,
    },
    {
      id: "notice-guiding-water-reuse-80",
      indicatorId: "industrial_water_reuse",
      comparison: "min",
      limit: 0.8,
      unit: "fraction",
      source: SECONDARY_SUMMARY,
      note: UNVERIFIED_CAVEAT,
      verified: false,
      usedByStandards: 11,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// (b) TEDI core set (Table 5)
// ---------------------------------------------------------------------------------------------

const tediPresence = (id: string, unit: string, note: LocalizedText = NO_THRESHOLD): ThresholdCheck => ({
  id: `tedi-${id.replace(/_/g, "-")}-present`,
  indicatorId: id,
  comparison: "present",
  unit,
  source: fengXu("Table 5"),
  note,
  verified: true,
});

const TEDI_CORE: ThresholdProfile = {
  id: "tedi-core",
  name: { en: "TEDI core indicators (paper Table 5)", zh: "TEDI核心评价指标（论文表5）" },
  description: {
    en: "The paper's twelve recommended core indicators; limits only where the paper gives one.",
    zh: "论文推荐的12项核心指标；仅在论文给出阈值处设限。",
  },
  source: fengXu("Table 5 and section 4.2.3"),
  checks: [
    tediPresence("direct_renewable_power_share", "fraction", {
      en: "Presence check: the paper gives no threshold. CBAM recognises only a direct line or a PPA with exclusive attributes; unbundled green certificates do not count.",
      zh: "仅检查是否填报：论文未给出阈值。CBAM仅认可直连或具有排他性属性的购电协议，单独绿证不被认可。",
    }),
    tediPresence("scope3_coverage", "fraction"),
    tediPresence("explicit_carbon_price_coverage", "fraction"),
    tediPresence("embodied_carbon_disclosure", "flag"),
    tediPresence("carbon_intensity_value_added", "tCO2/万元", {
      en: "Presence check here; the paper proposes an elastic band (transitional parks +20-30 %). See the Jiangsu intensity profile for limits.",
      zh: "此处仅检查是否填报；论文主张弹性区间（转型期园区放宽20%~30%），阈值见江苏强度档案。",
    }),
    tediPresence("green_hydrogen_substitution", "fraction"),
    {
      id: "tedi-offset-dependency-max-10pct",
      indicatorId: "offset_dependency",
      comparison: "max",
      limit: 0.1,
      unit: "fraction",
      source: fengXu("Table 5 (SBTi net-zero standard) and section 5"),
      note: { en: "SBTi net-zero: offsets ≤ 10 %.", zh: "SBTi净零标准：碳抵消依赖度≤10%。" },
      verified: true,
    },
    tediPresence("ccus_stored", "tCO2", {
      en: "Presence check: the paper cites IPCC AR6 (industry ≥ 0.5 Gt/yr by 2030), a global figure, not a park threshold.",
      zh: "仅检查是否填报：论文引用IPCC AR6（2030年工业部门封存≥5亿t/年），为全球数值，非园区阈值。",
    }),
    {
      id: "tedi-green-power-hydrogen-coupling-min-95pct",
      indicatorId: "green_power_hydrogen_coupling",
      comparison: "min",
      limit: 0.95,
      unit: "fraction",
      source: fengXu("Table 5 (IRENA green hydrogen certification guide)"),
      note: {
        en: "IRENA: green hydrogen ≥ 95 % renewable. The paper also notes RED III requires 70 % for transport hydrogen.",
        zh: "IRENA：绿氢可再生能源制氢占比≥95%。论文另述RED III对交通用氢要求70%。",
      },
      verified: true,
    },
    tediPresence("carbon_label_enterprise_share", "fraction"),
    tediPresence("cbam_risk_reserve", "万元"),
    tediPresence("low_carbon_patents", "count"),
  ],
};

// ---------------------------------------------------------------------------------------------
// (c) Jiangsu (near-)zero-carbon park guide, as quoted in section 4.1
// ---------------------------------------------------------------------------------------------

const JIANGSU_SOURCE = `Jiangsu (near-)zero-carbon industrial park guide, quoted in ${FENG_XU_PAPER}, section 4.1`;
const TRANSITION_RELAXATION = {
  min: 0.2,
  max: 0.3,
  source: fengXu("section 4.2.3 (transitional parks +20-30 %)"),
};

const JIANGSU_INTENSITY: ThresholdProfile = {
  id: "jiangsu-intensity",
  name: { en: "Jiangsu carbon intensity guide", zh: "江苏省（近）零碳产业园建设指南：碳排放强度" },
  description: {
    en: "Carbon per unit industrial value added. Parks in transition may relax the limit by 20-30 % (a user parameter).",
    zh: "单位工业增加值碳排放。转型期园区可放宽20%~30%（用户参数）。",
  },
  source: JIANGSU_SOURCE,
  checks: [
    {
      id: "jiangsu-zero-carbon-intensity",
      indicatorId: "carbon_intensity_value_added",
      comparison: "max",
      limit: 0.1,
      unit: "tCO2/万元",
      source: JIANGSU_SOURCE,
      note: { en: "Zero-carbon park.", zh: "零碳园区。" },
      verified: true,
      relaxation: TRANSITION_RELAXATION,
    },
    {
      id: "jiangsu-near-zero-carbon-intensity",
      indicatorId: "carbon_intensity_value_added",
      comparison: "max",
      limit: 0.6,
      unit: "tCO2/万元",
      source: JIANGSU_SOURCE,
      note: { en: "Near-zero-carbon park.", zh: "近零碳园区。" },
      verified: true,
      relaxation: TRANSITION_RELAXATION,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// (d) Coverage of the 10 high-frequency indicators of the 22 standards (Table 3)
// ---------------------------------------------------------------------------------------------

const HIGH_FREQUENCY_COUNTS: readonly [string, string, number][] = [
  ["renewable_energy_share", "fraction", 17],
  ["carbon_management_platform", "flag", 15],
  ["green_coverage_rate", "fraction", 14],
  ["new_energy_vehicle_share", "fraction", 13],
  ["industrial_solid_waste_utilisation", "fraction", 13],
  ["low_carbon_publicity", "flag", 12],
  ["green_building_share", "fraction", 11],
  ["ghg_management_system", "flag", 11],
  ["industrial_water_reuse", "fraction", 11],
  ["enterprise_ghg_inventory_share", "fraction", 9],
];

const STANDARDS_COVERAGE: ThresholdProfile = {
  id: "standards-22-high-frequency",
  name: { en: "22 standards: high-frequency indicators", zh: "22项标准高频指标覆盖" },
  description: {
    en: "Is each of the 10 indicators most used by the 22 standards reported? Counts from the paper's Table 3.",
    zh: "是否填报22项标准中最常用的10项指标；频次见论文表3。",
  },
  source: fengXu("Table 3"),
  checks: HIGH_FREQUENCY_COUNTS.map(([indicatorId, unit, count]): ThresholdCheck => ({
    id: `standards-${indicatorId.replace(/_/g, "-")}-present`,
    indicatorId,
    comparison: "present",
    unit,
    source: fengXu("Table 3"),
    note: {
      en: `Used by ${count} of the 22 standards; the standards' own thresholds are not in the paper.`,
      zh: `22项标准中有${count}项采用；各标准的阈值论文未列出。`,
    },
    verified: true,
    usedByStandards: count,
  })),
};

// ---------------------------------------------------------------------------------------------
// (e) CBAM readiness
// ---------------------------------------------------------------------------------------------

const cbamCheck = (id: string, indicatorId: string, unit: string, note: LocalizedText): ThresholdCheck => ({
  id,
  indicatorId,
  comparison: "present",
  unit,
  source: fengXu("Table 5 core compliance layer and section 4.1"),
  note,
  verified: true,
});

const CBAM_READINESS: ThresholdProfile = {
  id: "cbam-readiness",
  name: { en: "CBAM readiness", zh: "CBAM应对准备度" },
  description: {
    en: "The core compliance layer of Table 5: reported ratios are shown; the paper sets no pass mark for any of them.",
    zh: "表5核心合规层：展示所填比例；论文未对其设定达标值。",
  },
  source: fengXu("Table 5 and section 4.1"),
  checks: [
    cbamCheck("cbam-scope3-coverage", "scope3_coverage", "fraction", {
      en: "Ratio reported, no threshold in the paper. Scope 3 accounting is not a focus of any of the 22 standards.",
      zh: "展示比例，论文无阈值。22项标准均未重点纳入范围3核算。",
    }),
    cbamCheck("cbam-direct-green-power", "direct_renewable_power_share", "fraction", {
      en: "Physically traceable green power (direct line or PPA) as a ratio, no threshold in the paper. Green certificates do not count for CBAM.",
      zh: "可物理溯源的绿电（直连或购电协议）比例，论文无阈值。绿证不被CBAM认可。",
    }),
    cbamCheck("cbam-explicit-carbon-price", "explicit_carbon_price_coverage", "fraction", {
      en: "Ratio reported, no threshold in the paper. Explicit carbon prices paid are the only deduction from the CBAM fee.",
      zh: "展示比例，论文无阈值。已支付的显性碳价是CBAM费用唯一可抵扣项。",
    }),
    cbamCheck("cbam-embodied-carbon-disclosure", "embodied_carbon_disclosure", "flag", NO_THRESHOLD),
  ],
};

export const THRESHOLD_PROFILES: readonly ThresholdProfile[] = [
  NATIONAL_NOTICE,
  NOTICE_GUIDING_UNVERIFIED,
  TEDI_CORE,
  JIANGSU_INTENSITY,
  STANDARDS_COVERAGE,
  CBAM_READINESS,
];

/** Profiles selected unless the user chooses otherwise: every profile whose figures are verified. */
export const DEFAULT_PROFILE_IDS: readonly string[] = [
  "national-notice-2025",
  "tedi-core",
  "jiangsu-intensity",
  "standards-22-high-frequency",
  "cbam-readiness",
];
