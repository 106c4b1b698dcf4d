/**
 * Threshold profiles the validator checks a park sheet against (shared/spec/park-standards.md
 * section 4). Only figures the seeds state are limits; everywhere else the check is a presence
 * check and its note says that the paper gives no threshold.
 *
 * The national notice's five guiding indicators (park-standards.md section 4) are their own
 * default profile, NOTICE_GUIDING: compared with their reference values as guidance (statuses
 * "meets-reference" / "below-reference"), never as failures.
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
    en: "Core indicator (the gate): carbon emissions per unit of energy, band chosen by the park's annual energy use.",
    zh: "核心指标（门槛）：单位能耗碳排放，按园区年综合能源消费量选择档位。",
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
  ],
};

/**
 * The notice's indicator system is "1 + 5": the core indicator above is the gate; five guiding
 * indicators are an acceptance reference (验收参考). Their reference values are reported
 * consistently by three independent sources (a 21st Century Economic Research Institute survey,
 * an open-source park platform's rule table citing the NDRC PDF, an industry summary); the
 * notice's PDF itself was not available to the project (park-standards.md section 4). Shown as
 * guidance — meets / below the reference — never as a failure.
 */
const GUIDING_SOURCE =
  "国家级零碳园区建设指标体系（试行）, attachment to 发改环资〔2025〕910号: guiding indicator (acceptance reference), reference value as reported consistently by three independent sources";

export const GUIDANCE_NOTE: LocalizedText = {
  en: "Guiding indicator of the national notice (发改环资〔2025〕910号): an acceptance reference, not a pass/fail gate. Reference value as reported consistently by three independent sources.",
  zh: "国家通知（发改环资〔2025〕910号）引导性指标：作为验收参考，不作为达标门槛。参考值为三个独立来源一致报道的数值。",
};

const guiding = (
  id: string,
  indicatorId: string,
  comparison: "min" | "max",
  limit: number,
  unit: string,
  extra: Partial<ThresholdCheck> = {},
): ThresholdCheck => ({
  id,
  indicatorId,
  comparison,
  limit,
  unit,
  source: GUIDING_SOURCE,
  note: GUIDANCE_NOTE,
  verified: true,
  guidance: true,
  ...extra,
});

const NOTICE_GUIDING: ThresholdProfile = {
  id: "national-notice-2025-guiding",
  name: {
    en: "National notice: guiding indicators (reference, not a gate)",
    zh: "国家通知引导性指标（参考，不作门槛）",
  },
  description: GUIDANCE_NOTE,
  source: GUIDING_SOURCE,
  checks: [
    guiding("notice-guiding-clean-energy-90", "clean_energy_share", "min", 0.9, "fraction"),
    guiding("notice-guiding-product-energy-grade-2", "product_energy_grade", "max", 2, "grade", {
      note: {
        en: `${GUIDANCE_NOTE.en} Reference: at or better than grade 2 of the national energy-consumption limit standards (grade 1 or 2).`,
        zh: `${GUIDANCE_NOTE.zh}参考：达到国家能耗限额标准二级及以上（1级或2级）。`,
      },
    }),
    guiding("notice-guiding-solid-waste-80", "industrial_solid_waste_utilisation", "min", 0.8, "fraction", {
      usedByStandards: 13,
    }),
    guiding("notice-guiding-waste-heat-50", "waste_heat_utilisation", "min", 0.5, "fraction"),
    guiding("notice-guiding-water-reuse-80", "industrial_water_reuse", "min", 0.8, "fraction", {
      usedByStandards: 11,
    }),
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
  NOTICE_GUIDING,
  TEDI_CORE,
  JIANGSU_INTENSITY,
  STANDARDS_COVERAGE,
  CBAM_READINESS,
];

/** Profiles selected unless the user chooses otherwise: all of them. */
export const DEFAULT_PROFILE_IDS: readonly string[] = [
  "national-notice-2025",
  "national-notice-2025-guiding",
  "tedi-core",
  "jiangsu-intensity",
  "standards-22-high-frequency",
  "cbam-readiness",
];
