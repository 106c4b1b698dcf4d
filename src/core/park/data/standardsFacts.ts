/**
 * What section 4.1 of the paper says about the 22 standards as a whole, for the comparison view
 * (shared/spec/park-standards.md section 1, "Other facts"). Aggregates only: the paper gives no
 * standard-by-method or standard-by-indicator mapping, so none is encoded.
 */
import type { EvaluationMethodCount, StandardsFact, SubstantiveGroup } from "../types";
import { fengXu } from "../../shared/publicSources";

const SECTION_4_1 = fengXu("section 4.1");

export const EVALUATION_METHODS: readonly EvaluationMethodCount[] = [
  {
    key: "weighted-scoring",
    name: { en: "Weighted scoring", zh: "加权计分法" },
    description: {
      en: "Thresholds per indicator carry points; the total decides compliance.",
      zh: "设定单项指标阈值并赋予分值，累加总分判定达标水平。",
    },
    standards: 3,
    source: SECTION_4_1,
  },
  {
    key: "indicator-reference",
    name: { en: "Indicator reference", zh: "指标参考法" },
    description: {
      en: "The park must meet all or some preset reference values.",
      zh: "要求园区满足预设全部/部分指标参考值。",
    },
    standards: 6,
    source: SECTION_4_1,
  },
  {
    key: "grade-division",
    name: { en: "Grade division", zh: "等级划分法" },
    description: {
      en: "The total evaluation score places the park in a grade.",
      zh: "根据各指标评价总得分划定零碳园区等级。",
    },
    standards: 13,
    source: SECTION_4_1,
  },
];

export const STANDARDS_FACTS: readonly StandardsFact[] = [
  {
    key: "no-per-standard-method",
    text: {
      en: "The paper counts evaluation methods across the 22 standards but does not say which standard uses which.",
      zh: "论文统计了22项标准的评价方法数量，但未说明各标准分别采用何种方法。",
    },
    standardCodes: [],
    source: SECTION_4_1,
  },
  {
    key: "fujian-no-scope3",
    text: {
      en: "DB35/T 2198—2024 (Fujian) does not mention Scope 3 accounting.",
      zh: "福建省DB35/T 2198—2024未提及范围3排放核算。",
    },
    standardCodes: ["DB35/T 2198—2024"],
    source: SECTION_4_1,
  },
  {
    key: "shanghai-scope3-principle",
    text: {
      en: "T/SEESA 010—2022 (Shanghai) states Scope 3 only as a principle.",
      zh: "上海市T/SEESA 010—2022对范围3仅作原则性要求。",
    },
    standardCodes: ["T/SEESA 010—2022"],
    source: SECTION_4_1,
  },
  {
    key: "scope3-and-traceability-not-a-focus",
    text: {
      en: "Scope 3 accounting and green-power physical traceability are not a focus of any of the 22 standards.",
      zh: "“范围3排放核算”“绿电物理溯源”在22项标准中均未被重点纳入。",
    },
    standardCodes: [],
    source: SECTION_4_1,
  },
  {
    key: "symbolic-indicators-dominate",
    text: {
      en: "Symbolic, easy-to-show indicators dominate (green coverage 14, publicity 12) while substantive ones (direct green power, CCUS) appear once.",
      zh: "易量化、易展示的象征性指标占比过高（绿化覆盖率14次、低碳/零碳宣传12次），而“绿电直供电量”“碳捕集利用与封存规模”等关键指标仅出现1次。",
    },
    standardCodes: [],
    source: fengXu("section 4.1 and Table 3"),
  },
];

/** Substantive indicators the paper says the standards neglect; any listed id counts as present. */
export const SUBSTANTIVE_GROUPS: readonly SubstantiveGroup[] = [
  {
    key: "direct-green-power",
    name: { en: "Direct green power", zh: "绿电直供" },
    indicatorIds: [
      "direct_green_power_supply",
      "renewable_electricity_direct",
      "direct_renewable_power_share",
    ],
    among22: {
      en: "Used by 1 of the 22 standards (绿电直供电量).",
      zh: "22项标准中仅1项采用（“绿电直供”电量）。",
    },
    source: fengXu("Table 3 and section 4.1"),
  },
  {
    key: "ccus",
    name: { en: "CCUS", zh: "碳捕集利用与封存" },
    indicatorIds: ["ccus_scale", "ccus_stored"],
    among22: {
      en: "Used by 1 of the 22 standards (碳捕集利用与封存规模).",
      zh: "22项标准中仅1项采用（碳捕集利用与封存规模）。",
    },
    source: fengXu("Table 3 and section 4.1"),
  },
  {
    key: "scope3",
    name: { en: "Scope 3 accounting", zh: "范围3核算" },
    indicatorIds: ["scope3_coverage", "scope3_emissions"],
    among22: {
      en: "Not a focus of any of the 22 standards.",
      zh: "22项标准均未重点纳入。",
    },
    source: fengXu("section 4.1"),
  },
];
