/**
 * The indicator catalog: the 12 TEDI core indicators (paper Table 5), the indicators of Table 3
 * with their frequency among the 22 standards, and the raw inventory quantities a park sheet
 * reports, from which the validator derives indicators (shared/spec/emission-sheet.md).
 * Facts: shared/spec/park-standards.md sections 2-4.
 *
 * Aliases are names users type; they are matched after normalisation (see matchIndicator), and
 * no normalised alias may belong to two indicators unless listed in INTENDED_SHARED_ALIASES.
 */
import type { IndicatorDefinition, IndicatorFrequency, TediPlacement } from "../types";
import {
  CO2_MASS_UNITS,
  CO2E_MASS_UNITS,
  COEFFICIENT_UNITS,
  COUNT_UNITS,
  ELECTRICITY_UNITS,
  ENERGY_UNITS,
  FLAG_UNITS,
  GRADE_UNITS,
  HYDROGEN_MASS_UNITS,
  INTENSITY_ENERGY_UNITS,
  INTENSITY_VALUE_ADDED_UNITS,
  MONEY_UNITS,
  POWER_UNITS,
  SHARE_UNITS,
} from "./units";
import { fengXu } from "../../shared/publicSources";

const TABLE_5 = fengXu("Table 5 and section 4.2.3");
const NOTICE_GUIDING =
  "guiding indicator of 国家级零碳园区建设指标体系（试行）, attachment to 发改环资〔2025〕910号, as reported consistently by three independent sources";
const TABLE_3_HIGH = fengXu("Table 3, high-frequency");
const TABLE_3_LOW = fengXu("Table 3, low-frequency");
const inventory = (derives: string): string => `inventory quantity used to derive ${derives}`;

const high = (count: number): IndicatorFrequency => ({ count, band: "high" });
const LOW: IndicatorFrequency = { count: 1, band: "low" };

const tedi = (
  subsystem: TediPlacement["subsystem"],
  layer: TediPlacement["layer"],
  placementIsProjectChoice?: boolean,
): TediPlacement =>
  placementIsProjectChoice ? { subsystem, layer, placementIsProjectChoice } : { subsystem, layer };

/** A share (canonical fraction), higher is better unless said otherwise. */
const share = (
  entry: Omit<IndicatorDefinition, "canonicalUnit" | "units" | "kind" | "direction"> & {
    direction?: IndicatorDefinition["direction"];
  },
): IndicatorDefinition => ({
  canonicalUnit: "fraction",
  units: SHARE_UNITS,
  kind: "share",
  ...entry,
  direction: entry.direction ?? "higher-is-better",
});

/** A yes/no indicator (canonical flag, 1 = yes): only its presence is checked. */
const flag = (
  entry: Omit<IndicatorDefinition, "canonicalUnit" | "units" | "kind" | "direction">,
): IndicatorDefinition => ({
  canonicalUnit: "flag",
  units: FLAG_UNITS,
  kind: "flag",
  direction: "presence",
  ...entry,
});

// ---------------------------------------------------------------------------------------------
// TEDI core indicators (Table 5). Subsystems follow section 4.2.3; the paper calls D "数据" (data)
// in 4.2.1 and "发展" (development) in 4.2.3 — the project follows the spec and uses Data.
// ---------------------------------------------------------------------------------------------

const TEDI_CORE: readonly IndicatorDefinition[] = [
  share({
    id: "direct_renewable_power_share",
    name: {
      en: "Share of renewable electricity procured directly (direct line or PPA)",
      zh: "企业直接采购可再生电力的比例",
    },
    aliases: [
      "企业直接采购可再生电力的比例（如风光电站直供或购电协议）",
      "直接采购可再生电力比例",
      "直接采购可再生电力的比例",
      "绿电直供比例",
      "绿电直连比例",
      "直购绿电比例",
      "绿电直供占比",
      "direct renewable power share",
      "direct green power share",
      "direct renewable electricity share",
      "CBAM renewable share",
    ],
    tedi: tedi("E", "core-compliance"),
    note: {
      en: "CBAM lens: only a direct line or a PPA with exclusive attributes counts; unbundled green certificates do not.",
      zh: "CBAM口径：仅直连或具有排他性环境属性的购电协议计入，单独购买的绿证不计入。",
    },
    source: TABLE_5,
  }),
  share({
    id: "scope3_coverage",
    name: { en: "Scope 3 accounting coverage", zh: "范围3核算覆盖率" },
    aliases: ["范围三核算覆盖率", "范围3排放核算覆盖率", "scope 3 accounting coverage", "scope 3 coverage"],
    tedi: tedi("D", "core-compliance"),
    source: TABLE_5,
  }),
  share({
    id: "explicit_carbon_price_coverage",
    name: { en: "Explicit carbon price coverage", zh: "显性碳价覆盖度" },
    aliases: ["显性碳价覆盖率", "碳价覆盖率", "碳定价覆盖率", "explicit carbon pricing coverage"],
    tedi: tedi("E", "core-compliance"),
    source: TABLE_5,
  }),
  flag({
    id: "embodied_carbon_disclosure",
    name: { en: "Construction-phase embodied carbon disclosure", zh: "建造期隐含碳披露" },
    aliases: ["隐含碳披露", "建设期隐含碳披露", "embodied carbon disclosure", "embodied carbon disclosed"],
    tedi: tedi("D", "core-compliance", true),
    note: {
      en: "The paper does not map this indicator to a TEDI subsystem; placing it in Data is the project's choice.",
      zh: "论文未将该指标归入TEDI子系统；归入数据子系统（D）为本项目的选择。",
    },
    source: `${TABLE_5}; subsystem D is the project's choice`,
  }),
  {
    id: "carbon_intensity_value_added",
    name: { en: "Carbon intensity per unit value added (elastic band)", zh: "单位GDP碳强度弹性区间" },
    aliases: [
      "单位国内生产总值（GDP）碳强度弹性区间",
      "单位GDP碳强度",
      "单位国内生产总值碳强度",
      "单位工业增加值碳排放",
      "单位工业增加值碳排放量",
      "单位工业增加值碳排放强度",
      "单位增加值碳排放",
      "carbon intensity per unit value added",
      "carbon intensity per value added",
      "carbon per value added",
    ],
    canonicalUnit: "tCO2/万元",
    units: INTENSITY_VALUE_ADDED_UNITS,
    kind: "intensity",
    direction: "lower-is-better",
    tedi: tedi("D", "dynamic-optimisation"),
    note: {
      en: "Table 5 names carbon per unit GDP; the thresholds the paper quotes (Jiangsu) are per 10,000 CNY of industrial value added, which is what a park sheet reports.",
      zh: "表5指标为单位GDP碳强度；论文引用的江苏阈值按单位工业增加值（万元）计，园区台账亦按此报告。",
    },
    source: `${TABLE_5}; unit per section 4.1 (Jiangsu guide)`,
  },
  share({
    id: "green_hydrogen_substitution",
    name: {
      en: "Green hydrogen substitution rate (energy-intensive industry)",
      zh: "绿氢替代率（高耗能产业）",
    },
    aliases: [
      "绿氢替代率",
      "绿氢替代比例",
      "green hydrogen substitution rate",
      "green hydrogen substitution",
    ],
    tedi: tedi("T", "dynamic-optimisation"),
    source: TABLE_5,
  }),
  share({
    id: "offset_dependency",
    name: { en: "Carbon offset dependency", zh: "碳抵消依赖度" },
    aliases: ["碳抵消依赖率", "抵消依赖度", "碳抵消比例", "offset dependency", "offset dependence"],
    direction: "lower-is-better",
    tedi: tedi("I", "dynamic-optimisation"),
    note: { en: "Offsets retired ÷ gross emissions.", zh: "抵消量 ÷ 排放总量。" },
    source: TABLE_5,
  }),
  {
    id: "ccus_stored",
    name: { en: "CCUS stored volume (per year)", zh: "CCUS封存量" },
    aliases: [
      "CCUS年封存量",
      "二氧化碳封存量",
      "CO2封存量",
      "碳封存量",
      "CCUS stored",
      "CO2 stored",
      "CCUS storage",
    ],
    canonicalUnit: "tCO2",
    units: CO2_MASS_UNITS,
    kind: "quantity",
    direction: "higher-is-better",
    tedi: tedi("T", "technology-innovation"),
    source: TABLE_5,
  },
  share({
    id: "green_power_hydrogen_coupling",
    name: { en: "Green-power-to-hydrogen coupling", zh: "绿电制氢耦合度" },
    aliases: [
      "绿电制氢耦合度/%",
      "可再生能源制氢占比",
      "可再生能源制氢比例",
      "green power hydrogen coupling",
      "green-power-to-hydrogen coupling",
      "renewable hydrogen share",
    ],
    tedi: tedi("T", "technology-innovation"),
    note: { en: "Green hydrogen ÷ hydrogen produced.", zh: "绿氢产量 ÷ 氢气总产量。" },
    source: TABLE_5,
  }),
  share({
    id: "carbon_label_enterprise_share",
    name: {
      en: "Share of enterprises with internationally recognised carbon labels",
      zh: "国际互认碳标签企业占比",
    },
    aliases: [
      "碳标签企业占比",
      "国际互认碳标签企业比例",
      "carbon label enterprise share",
      "carbon label share",
    ],
    tedi: tedi("I", "institutional"),
    source: TABLE_5,
  }),
  {
    id: "cbam_risk_reserve",
    name: { en: "CBAM risk reserve", zh: "碳关税风险准备金" },
    aliases: ["CBAM风险准备金", "碳关税准备金", "碳边境调节机制风险准备金", "carbon border tax risk reserve"],
    canonicalUnit: "万元",
    units: MONEY_UNITS,
    kind: "money",
    direction: "higher-is-better",
    tedi: tedi("I", "institutional"),
    source: `${TABLE_5} (no reference figure given)`,
  },
  {
    id: "low_carbon_patents",
    name: { en: "Low-carbon patents per year", zh: "低碳技术专利数/年" },
    aliases: [
      "低碳技术专利数",
      "低碳技术专利数量",
      "低碳专利数",
      "low-carbon patents per year",
      "low carbon patents",
    ],
    canonicalUnit: "count",
    units: COUNT_UNITS,
    kind: "count",
    direction: "higher-is-better",
    tedi: tedi("T", "technology-innovation"),
    source: TABLE_5,
  },
];

// ---------------------------------------------------------------------------------------------
// High-frequency indicators of the 22 standards (Table 3)
// ---------------------------------------------------------------------------------------------

const HIGH_FREQUENCY: readonly IndicatorDefinition[] = [
  share({
    id: "renewable_energy_share",
    name: { en: "Renewable energy use share", zh: "可再生能源使用比例" },
    aliases: ["可再生能源使用占比", "可再生能源占比", "可再生能源消费占比", "renewable energy use share"],
    frequencyAmong22: high(17),
    note: {
      en: "Domestic lens: green certificates count. The CBAM lens is direct_renewable_power_share.",
      zh: "国内口径：绿证计入。CBAM口径见“企业直接采购可再生电力的比例”。",
    },
    source: TABLE_3_HIGH,
  }),
  flag({
    id: "carbon_management_platform",
    name: { en: "Carbon management platform", zh: "碳管理平台" },
    aliases: ["碳排放管理平台", "碳管理信息平台"],
    frequencyAmong22: high(15),
    source: TABLE_3_HIGH,
  }),
  share({
    id: "green_coverage_rate",
    name: { en: "Green (vegetation) coverage rate", zh: "绿化覆盖率" },
    aliases: ["绿地覆盖率", "green coverage rate", "greening coverage rate"],
    frequencyAmong22: high(14),
    source: TABLE_3_HIGH,
  }),
  share({
    id: "new_energy_vehicle_share",
    name: { en: "New-energy vehicle share", zh: "新能源车辆占比" },
    aliases: ["新能源汽车占比", "新能源车占比", "新能源车辆比例", "NEV share", "new energy vehicle share"],
    frequencyAmong22: high(13),
    source: TABLE_3_HIGH,
  }),
  share({
    id: "industrial_solid_waste_utilisation",
    name: { en: "Industrial solid waste comprehensive utilisation rate", zh: "工业固体废物综合利用率" },
    aliases: [
      "一般工业固体废物综合利用率",
      "工业固废综合利用率",
      "固体废物综合利用率",
      "固废综合利用率",
      "industrial solid waste utilisation rate",
      "industrial solid waste utilization rate",
      "industrial solid waste utilization",
    ],
    frequencyAmong22: high(13),
    source: TABLE_3_HIGH,
  }),
  flag({
    id: "low_carbon_publicity",
    name: { en: "Low/zero-carbon publicity", zh: "低碳/零碳宣传" },
    aliases: ["低碳零碳宣传", "低碳宣传", "零碳宣传", "low-carbon publicity", "low/zero-carbon publicity"],
    frequencyAmong22: high(12),
    source: TABLE_3_HIGH,
  }),
  share({
    id: "green_building_share",
    name: { en: "Share of green buildings among new buildings", zh: "新建建筑中绿色建筑所占比重" },
    aliases: ["新建建筑中绿色建筑占比", "绿色建筑占比", "绿色建筑比例", "green building share"],
    frequencyAmong22: high(11),
    source: TABLE_3_HIGH,
  }),
  flag({
    id: "ghg_management_system",
    name: { en: "GHG emission management system", zh: "温室气体排放管理体系" },
    aliases: [
      "温室气体管理体系",
      "碳排放管理体系",
      "GHG management system",
      "greenhouse gas management system",
    ],
    frequencyAmong22: high(11),
    source: TABLE_3_HIGH,
  }),
  share({
    id: "industrial_water_reuse",
    name: { en: "Industrial water reuse rate", zh: "工业用水重复利用率" },
    aliases: ["工业水重复利用率", "水重复利用率", "industrial water reuse rate", "water reuse rate"],
    frequencyAmong22: high(11),
    source: TABLE_3_HIGH,
  }),
  share({
    id: "enterprise_ghg_inventory_share",
    name: { en: "Share of enterprises with a GHG inventory", zh: "企业温室气体盘查比例" },
    aliases: ["温室气体盘查比例", "企业碳盘查比例", "enterprise GHG inventory share", "GHG inventory share"],
    frequencyAmong22: high(9),
    source: TABLE_3_HIGH,
  }),
];

// ---------------------------------------------------------------------------------------------
// Low-frequency indicators (Table 3: each used by exactly 1 of the 22). Kinds are the project's
// reading of the names; the paper gives names only.
// ---------------------------------------------------------------------------------------------

const lowShare = (id: string, zh: string, en: string, aliases: readonly string[] = []): IndicatorDefinition =>
  share({ id, name: { en, zh }, aliases, frequencyAmong22: LOW, source: TABLE_3_LOW });
const lowFlag = (id: string, zh: string, en: string, aliases: readonly string[] = []): IndicatorDefinition =>
  flag({ id, name: { en, zh }, aliases, frequencyAmong22: LOW, source: TABLE_3_LOW });

const LOW_FREQUENCY: readonly IndicatorDefinition[] = [
  lowShare("co2_reduction_rate", "二氧化碳排放削减率", "CO2 emission reduction rate"),
  lowShare(
    "strategic_high_tech_enterprise_share",
    "战略性新兴产业和高新技术企业数量占比",
    "Share of strategic-emerging and high-tech enterprises",
  ),
  lowFlag("green_industrial_park", "绿色工业园区", "Green industrial park designation"),
  lowFlag(
    "small_waste_producer_collection",
    "小微产废企业集中收运体系",
    "Central collection for small waste producers",
  ),
  {
    id: "cooling_heating_plant_efficiency",
    name: { en: "Energy efficiency coefficient of heating/cooling plant", zh: "冷热源机组能效系数" },
    aliases: [],
    canonicalUnit: "coefficient",
    units: COEFFICIENT_UNITS,
    kind: "quantity",
    direction: "higher-is-better",
    frequencyAmong22: LOW,
    source: TABLE_3_LOW,
  },
  lowShare("pedf_building_share", "光储直柔建筑比例", "Share of PEDF buildings"),
  lowShare(
    "product_carbon_intensity_reduction",
    "产品单位产量增加值碳排放量降低率",
    "Reduction rate of carbon per unit value added of product",
  ),
  lowShare(
    "floor_area_carbon_reduction",
    "单位建筑面积碳排放量降低率",
    "Reduction rate of carbon per unit floor area",
  ),
  lowShare("reduction_target_completion", "碳减排目标完成情况", "Completion of reduction targets"),
  lowFlag("building_environment_health", "园区建筑环境健康度指标", "Building environment health"),
  lowShare("high_efficiency_equipment_rate", "高能效设备产品使用率", "High-efficiency equipment use rate"),
  lowFlag("national_carbon_peak_pilot", "创建国家碳达峰试点园区", "National carbon-peak pilot park"),
  lowShare(
    "green_power_traceability_enterprise_share",
    "园区开展绿色用电溯源企业比例",
    "Share of enterprises tracing green electricity",
  ),
  lowShare(
    "green_industry_value_added_share",
    "园区绿色产业增加值占园区工业增加值比例",
    "Green-industry share of industrial value added",
  ),
  lowShare(
    "energy_intensive_capacity_at_benchmark",
    "“两高”行业能效达到标杆水平的产能比例",
    "Share of energy-intensive capacity at benchmark efficiency",
  ),
  lowShare(
    "environmental_disclosure_rate",
    "规上企业环境信息披露率",
    "Environmental disclosure rate of above-scale enterprises",
  ),
  {
    id: "green_innovation_platforms",
    name: { en: "Provincial-level green innovation platforms", zh: "省级以上绿色低碳相关创新平台" },
    aliases: [],
    canonicalUnit: "count",
    units: COUNT_UNITS,
    kind: "count",
    direction: "higher-is-better",
    frequencyAmong22: LOW,
    source: TABLE_3_LOW,
  },
  {
    id: "all_green_power_enterprises",
    name: { en: "All-green-power enterprises", zh: "全绿电企业" },
    aliases: [],
    canonicalUnit: "count",
    units: COUNT_UNITS,
    kind: "count",
    direction: "higher-is-better",
    frequencyAmong22: LOW,
    source: TABLE_3_LOW,
  },
  lowShare(
    "enterprise_benchmark_efficiency_share",
    "企业能效水平达到行业标杆比例",
    "Share of enterprises at benchmark efficiency",
  ),
  lowShare("green_rd_intensity", "绿色低碳技术研究与试验发展经费投入强度", "Green R&D intensity"),
  lowShare(
    "digital_transformation_diagnosis_share",
    "参与“智改数转网联”诊断企业数量占比",
    "Share of enterprises in digital-transformation diagnosis",
  ),
  {
    id: "direct_green_power_supply",
    name: { en: "Directly supplied green electricity", zh: "“绿电直供”电量" },
    aliases: ["绿电直供电量", "绿电直供量", "direct green power supply"],
    canonicalUnit: "MWh",
    units: ELECTRICITY_UNITS,
    kind: "quantity",
    direction: "higher-is-better",
    frequencyAmong22: LOW,
    note: {
      en: "Direct line supply only; PPAs with exclusive attributes are reported as renewable_electricity_direct.",
      zh: "仅指直连供电；具有排他性环境属性的购电协议电量见“直接采购可再生电力电量”。",
    },
    source: TABLE_3_LOW,
  },
  {
    id: "new_energy_storage_capacity",
    name: { en: "New-type energy storage capacity", zh: "园区内新型储能容量" },
    aliases: ["新型储能容量", "储能容量"],
    canonicalUnit: "MWh",
    units: ELECTRICITY_UNITS,
    kind: "quantity",
    direction: "higher-is-better",
    frequencyAmong22: LOW,
    note: {
      en: "Energy capacity (MWh); a power rating in MW is a different quantity and is rejected.",
      zh: "按能量容量（MWh）计；以功率（MW）表示的额定值为不同物理量，不予换算。",
    },
    source: TABLE_3_LOW,
  },
  {
    id: "end_use_equipment_energy",
    name: { en: "Energy use of general end-use equipment", zh: "通用型终端用能设备能耗" },
    aliases: [],
    canonicalUnit: "tce",
    units: ENERGY_UNITS,
    kind: "quantity",
    direction: "lower-is-better",
    frequencyAmong22: LOW,
    source: TABLE_3_LOW,
  },
  {
    id: "demand_response_capacity",
    name: { en: "Demand-response capacity", zh: "园区内电力需求响应能力" },
    aliases: ["电力需求响应能力", "需求响应能力"],
    canonicalUnit: "MW",
    units: POWER_UNITS,
    kind: "quantity",
    direction: "higher-is-better",
    frequencyAmong22: LOW,
    source: TABLE_3_LOW,
  },
  {
    id: "ccus_scale",
    name: { en: "CCUS scale", zh: "碳捕集利用与封存规模" },
    aliases: ["CCUS规模", "CCUS scale"],
    canonicalUnit: "tCO2",
    units: CO2_MASS_UNITS,
    kind: "quantity",
    direction: "higher-is-better",
    frequencyAmong22: LOW,
    source: TABLE_3_LOW,
  },
  lowShare(
    "smart_platform_enterprise_coverage",
    "智能管控平台对园区企业的覆盖范围",
    "Smart control platform coverage of enterprises",
  ),
];

// ---------------------------------------------------------------------------------------------
// Indicators of the national notice (发改环资〔2025〕910号) as quoted in section 4.2.3
// ---------------------------------------------------------------------------------------------

const NATIONAL_NOTICE: readonly IndicatorDefinition[] = [
  {
    id: "unit_energy_carbon_emissions",
    name: { en: "Carbon emissions per unit of energy used", zh: "单位能耗碳排放" },
    aliases: [
      "单位能源消费碳排放",
      "单位能耗碳排放量",
      "单位能源碳排放",
      "能源消费碳排放强度",
      "unit energy carbon emissions",
      "carbon per unit energy",
    ],
    canonicalUnit: "tCO2/tce",
    units: INTENSITY_ENERGY_UNITS,
    kind: "intensity",
    direction: "lower-is-better",
    note: { en: "CO2 emissions ÷ energy consumption.", zh: "二氧化碳排放量 ÷ 综合能源消费量。" },
    source: fengXu("section 4.2.3 (national notice core indicator)"),
  },
  share({
    id: "clean_energy_share",
    name: { en: "Clean energy share of consumption", zh: "清洁能源消费占比" },
    aliases: ["清洁能源占比", "清洁能源比例", "clean energy share", "clean energy consumption share"],
    source: NOTICE_GUIDING,
  }),
  {
    id: "product_energy_grade",
    name: {
      en: "Energy use per unit of product, grade of the national limit standards",
      zh: "园区企业产出产品单位能耗等级",
    },
    aliases: [
      "园区企业产出产品单位能耗",
      "产品单位能耗",
      "产品单位能耗等级",
      "单位产品能耗等级",
      "单位产品能耗",
      "product energy use grade",
      "product energy consumption grade",
      "energy use per unit of product",
    ],
    canonicalUnit: "grade",
    units: GRADE_UNITS,
    kind: "count",
    direction: "lower-is-better",
    note: {
      en: "Grade 1, 2 or 3 of the national energy-consumption limit standards (GB 能耗限额 series); 1 is the best.",
      zh: "国家能耗限额标准（GB 能耗限额系列）的1、2、3级；1级最优。",
    },
    source: NOTICE_GUIDING,
  },
  share({
    id: "waste_heat_utilisation",
    name: {
      en: "Waste heat, cold and pressure utilisation rate",
      zh: "余热/余冷/余压综合利用率",
    },
    aliases: [
      "余热余冷余压综合利用率",
      "余热余压综合利用率",
      "余热余压利用率",
      "余热利用率",
      "余热资源综合利用率",
      "waste heat utilisation rate",
      "waste heat utilization rate",
      "waste heat, cold and pressure utilisation",
    ],
    source: NOTICE_GUIDING,
  }),
];

// ---------------------------------------------------------------------------------------------
// Inventory quantities (the raw rows of a park's annual sheet)
// ---------------------------------------------------------------------------------------------

const INVENTORY: readonly IndicatorDefinition[] = [
  {
    id: "gross_emissions",
    name: { en: "Gross GHG emissions", zh: "碳排放总量" },
    aliases: [
      "温室气体排放总量",
      "排放总量",
      "总排放量",
      "碳排放量合计",
      "gross emissions",
      "total emissions",
      "total GHG emissions",
      "GHG emissions",
    ],
    canonicalUnit: "tCO2e",
    units: CO2E_MASS_UNITS,
    kind: "quantity",
    direction: "lower-is-better",
    source: inventory("offset dependency, CCUS ratio and carbon per value added"),
  },
  ...[1, 2, 3].map((scope): IndicatorDefinition => ({
    id: `scope${scope}_emissions`,
    name: { en: `Scope ${scope} emissions`, zh: `范围${scope}排放` },
    aliases: [
      `范围${scope}排放量`,
      `范围${"一二三"[scope - 1]}排放`,
      `范围${"一二三"[scope - 1]}排放量`,
      `范围${scope}碳排放`,
      `范围${scope}温室气体排放`,
      `scope ${scope}`,
    ],
    canonicalUnit: "tCO2e",
    units: CO2E_MASS_UNITS,
    kind: "quantity",
    direction: "lower-is-better",
    source: inventory("gross emissions (sum of scopes)"),
  })),
  {
    id: "co2_emissions",
    name: { en: "CO2 emissions", zh: "二氧化碳排放量" },
    aliases: ["二氧化碳排放总量", "CO2排放量", "CO2排放总量", "CO2 emissions", "carbon dioxide emissions"],
    canonicalUnit: "tCO2",
    units: CO2_MASS_UNITS,
    kind: "quantity",
    direction: "lower-is-better",
    source: inventory("unit energy carbon emissions (national notice)"),
  },
  {
    id: "energy_consumption",
    name: { en: "Comprehensive energy consumption", zh: "综合能源消费量" },
    aliases: [
      "年综合能源消费量",
      "综合能耗",
      "能源消费总量",
      "能源消费量",
      "energy consumption",
      "total energy consumption",
      "comprehensive energy consumption",
    ],
    canonicalUnit: "tce",
    units: ENERGY_UNITS,
    kind: "quantity",
    direction: "lower-is-better",
    source: inventory("unit energy carbon emissions and the national notice band"),
  },
  {
    id: "industrial_value_added",
    name: { en: "Industrial value added", zh: "工业增加值" },
    aliases: ["园区工业增加值", "规上工业增加值", "industrial value added", "value added"],
    canonicalUnit: "万元",
    units: MONEY_UNITS,
    kind: "money",
    direction: "higher-is-better",
    source: inventory("carbon per value added"),
  },
  {
    id: "offsets_retired",
    name: { en: "Offsets retired", zh: "碳抵消量" },
    aliases: [
      "抵消量",
      "注销抵消量",
      "碳汇抵消量",
      "碳信用抵消量",
      "offsets retired",
      "offsets",
      "carbon offsets",
    ],
    canonicalUnit: "tCO2e",
    units: CO2E_MASS_UNITS,
    kind: "quantity",
    direction: "lower-is-better",
    source: inventory("offset dependency"),
  },
  {
    id: "electricity_consumption",
    name: { en: "Electricity consumption", zh: "用电量" },
    aliases: [
      "总用电量",
      "年用电量",
      "电力消费量",
      "全部用电量",
      "electricity consumption",
      "electricity use",
    ],
    canonicalUnit: "MWh",
    units: ELECTRICITY_UNITS,
    kind: "quantity",
    direction: "lower-is-better",
    source: inventory("renewable electricity shares (both lenses)"),
  },
  {
    id: "renewable_electricity_total",
    name: { en: "Renewable electricity (incl. green certificates)", zh: "可再生能源电量" },
    aliases: [
      "可再生电力消费量",
      "绿电消费量",
      "绿色电力消费量",
      "可再生能源电力消费量",
      "renewable electricity",
      "renewable electricity total",
      "green electricity consumption",
    ],
    canonicalUnit: "MWh",
    units: ELECTRICITY_UNITS,
    kind: "quantity",
    direction: "higher-is-better",
    note: {
      en: "Domestic lens: includes electricity backed only by green certificates.",
      zh: "国内口径：含仅以绿证证明的电量。",
    },
    source: inventory("the domestic-lens renewable share"),
  },
  {
    id: "renewable_electricity_direct",
    name: {
      en: "Renewable electricity procured directly (direct line or PPA)",
      zh: "直接采购可再生电力电量",
    },
    aliases: [
      "直连绿电电量",
      "绿电直连电量",
      "直购绿电电量",
      "PPA绿电电量",
      "direct renewable electricity",
      "renewable electricity direct",
      "PPA renewable electricity",
    ],
    canonicalUnit: "MWh",
    units: ELECTRICITY_UNITS,
    kind: "quantity",
    direction: "higher-is-better",
    note: {
      en: "CBAM lens: direct line or PPA with exclusive environmental attributes; certificates excluded.",
      zh: "CBAM口径：直连或具有排他性环境属性的购电协议；不含绿证。",
    },
    source: inventory("the CBAM-lens renewable share (direct_renewable_power_share)"),
  },
  {
    id: "green_certificates",
    name: { en: "Green certificates (electricity)", zh: "绿证电量" },
    aliases: [
      "绿证",
      "绿色电力证书",
      "绿证交易电量",
      "green certificates",
      "green electricity certificates",
      "GEC",
    ],
    canonicalUnit: "MWh",
    units: ELECTRICITY_UNITS,
    kind: "quantity",
    direction: "presence",
    source: inventory("the gap between the domestic and the CBAM renewable share"),
  },
  {
    id: "hydrogen_produced",
    name: { en: "Hydrogen produced", zh: "氢气产量" },
    aliases: ["制氢量", "氢产量", "氢气总产量", "hydrogen produced", "hydrogen production"],
    canonicalUnit: "t",
    units: HYDROGEN_MASS_UNITS,
    kind: "quantity",
    direction: "presence",
    source: inventory("green-power-to-hydrogen coupling"),
  },
  {
    id: "hydrogen_green",
    name: { en: "Green hydrogen produced", zh: "绿氢产量" },
    aliases: ["可再生能源制氢量", "绿电制氢量", "green hydrogen produced", "green hydrogen"],
    canonicalUnit: "t",
    units: HYDROGEN_MASS_UNITS,
    kind: "quantity",
    direction: "higher-is-better",
    source: inventory("green-power-to-hydrogen coupling"),
  },
];

export const INDICATORS: readonly IndicatorDefinition[] = [
  ...TEDI_CORE,
  ...HIGH_FREQUENCY,
  ...LOW_FREQUENCY,
  ...NATIONAL_NOTICE,
  ...INVENTORY,
];

/**
 * Aliases deliberately given to two indicators, so that matching reports them as ambiguous
 * instead of guessing: "绿电占比" may mean the domestic share (certificates count) or the CBAM
 * share (direct only), and the two differ by exactly what CBAM refuses to recognise.
 */
export const INTENDED_SHARED_ALIASES: readonly { alias: string; indicatorIds: readonly string[] }[] = [
  { alias: "绿电占比", indicatorIds: ["renewable_energy_share", "direct_renewable_power_share"] },
  { alias: "绿电比例", indicatorIds: ["renewable_energy_share", "direct_renewable_power_share"] },
  { alias: "green power share", indicatorIds: ["renewable_energy_share", "direct_renewable_power_share"] },
];
