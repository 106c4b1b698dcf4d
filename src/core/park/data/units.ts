/**
 * Unit families of the catalog. Each family's first entry is the canonical unit (factor 1);
 * canonical value = value × factor. Spellings are those park sheets use (emission-sheet.md, "Units
 * vary"); matching goes through normalizeUnit(), so case, spaces, full-width characters, CO₂
 * subscripts and a trailing "per year" (/年, /yr, /a) need no separate alias.
 */
import type { UnitDefinition } from "../types";

const u = (label: string, factor: number, aliases: readonly string[] = []): UnitDefinition => ({
  label,
  factor,
  aliases,
});

/**
 * Mass of CO2 / CO2-equivalent. tCO2 and tCO2e are accepted for one another: the sheet's unit
 * label does not decide the gas scope, the indicator does (the paper notes the Chinese park
 * definition counts CO2 only, section 2).
 */
const co2MassEntries = (canonical: "tCO2e" | "tCO2"): UnitDefinition[] => [
  u(canonical, 1, [
    canonical === "tCO2e" ? "tCO2" : "tCO2e",
    "t",
    "吨",
    "tCO2-eq",
    "tCO2eq",
    "t CO2 eq",
    "吨二氧化碳",
    "吨二氧化碳当量",
    "吨CO2",
    "吨CO2e",
    "tonnes CO2",
    "tonnes CO2e",
  ]),
  u("ktCO2", 1_000, ["ktCO2e", "kt", "千吨", "千吨二氧化碳", "千吨CO2", "千吨二氧化碳当量"]),
  u("万tCO2", 10_000, ["万tCO2e", "万t", "万吨", "万吨二氧化碳", "万吨二氧化碳当量", "万吨CO2", "万吨CO2e"]),
  u("MtCO2", 1_000_000, ["MtCO2e", "Mt", "百万吨", "百万吨二氧化碳", "百万吨CO2"]),
  u("亿tCO2", 100_000_000, ["亿tCO2e", "亿吨", "亿吨二氧化碳", "亿吨CO2"]),
  u("kgCO2", 0.001, ["kgCO2e", "kg", "千克", "千克二氧化碳", "公斤"]),
];

export const CO2E_MASS_UNITS: readonly UnitDefinition[] = co2MassEntries("tCO2e");
export const CO2_MASS_UNITS: readonly UnitDefinition[] = co2MassEntries("tCO2");

/** Energy in tonnes of standard coal equivalent. */
export const ENERGY_UNITS: readonly UnitDefinition[] = [
  u("tce", 1, ["吨标准煤", "吨标煤", "t标准煤", "t标煤", "tce当量"]),
  u("ktce", 1_000, ["千吨标准煤", "千吨标煤"]),
  u("万tce", 10_000, ["万吨标准煤", "万吨标煤", "万t标准煤"]),
  u("Mtce", 1_000_000, ["百万吨标准煤"]),
  u("亿tce", 100_000_000, ["亿吨标准煤"]),
  u("kgce", 0.001, ["千克标准煤", "kg标准煤"]),
];

/** Electricity (energy), canonical MWh. */
export const ELECTRICITY_UNITS: readonly UnitDefinition[] = [
  u("MWh", 1, ["兆瓦时", "千千瓦时"]),
  u("kWh", 0.001, ["千瓦时", "度"]),
  u("万kWh", 10, ["万千瓦时", "万度"]),
  u("GWh", 1_000, ["吉瓦时", "百万千瓦时"]),
  u("亿kWh", 100_000, ["亿千瓦时", "亿度"]),
  u("TWh", 1_000_000, ["太瓦时"]),
];

/** Electric power (capacity), canonical MW. */
export const POWER_UNITS: readonly UnitDefinition[] = [
  u("MW", 1, ["兆瓦", "千千瓦"]),
  u("kW", 0.001, ["千瓦"]),
  u("万kW", 10, ["万千瓦"]),
  u("GW", 1_000, ["吉瓦", "百万千瓦"]),
];

/** Money in CNY, canonical 万元 (10,000 CNY); 亿元 = 10,000 万元. */
export const MONEY_UNITS: readonly UnitDefinition[] = [
  u("万元", 1, ["万元人民币", "10kCNY", "10^4CNY", "10,000CNY", "ten thousand CNY"]),
  u("元", 0.0001, ["CNY", "RMB", "人民币元", "yuan"]),
  u("千元", 0.1, ["kCNY", "thousand CNY"]),
  u("百万元", 100, ["million CNY", "MCNY", "mn CNY"]),
  u("亿元", 10_000, ["亿元人民币", "100 million CNY", "10^8CNY"]),
];

/** Hydrogen mass, canonical tonne. */
export const HYDROGEN_MASS_UNITS: readonly UnitDefinition[] = [
  u("t", 1, ["吨", "tH2", "吨氢", "吨氢气", "tonnes"]),
  u("kg", 0.001, ["千克", "kgH2", "公斤"]),
  u("kt", 1_000, ["千吨", "ktH2"]),
  u("万t", 10_000, ["万吨", "万吨氢", "万吨氢气"]),
];

/**
 * Shares, canonical fraction (0..1). "%" divides by 100. A share with no unit at all is read by
 * convertToCanonical(): a value > 1 is taken as a percentage, ≤ 1 as a fraction.
 */
export const SHARE_UNITS: readonly UnitDefinition[] = [
  u("fraction", 1, ["ratio", "比例", "比值", "小数"]),
  u("%", 0.01, ["percent", "pct", "百分比", "百分数"]),
  u("‰", 0.001, ["per mille", "千分比"]),
];

/** Carbon per value added, canonical tCO2 per 10,000 CNY (the Jiangsu guide's unit). */
export const INTENSITY_VALUE_ADDED_UNITS: readonly UnitDefinition[] = [
  u("tCO2/万元", 1, [
    "tCO2e/万元",
    "t/万元",
    "吨/万元",
    "吨CO2/万元",
    "吨二氧化碳/万元",
    "tCO2 per 10,000 CNY",
  ]),
  u("tCO2/亿元", 0.0001, ["tCO2e/亿元", "t/亿元", "吨/亿元", "吨二氧化碳/亿元"]),
  u("kgCO2/元", 10, ["kgCO2e/元", "kg/元", "千克/元", "千克二氧化碳/元"]),
  u("kgCO2/万元", 0.001, ["kgCO2e/万元", "kg/万元", "千克/万元"]),
];

/** Carbon per unit energy, canonical tCO2/tce (the national notice's unit). */
export const INTENSITY_ENERGY_UNITS: readonly UnitDefinition[] = [
  u("tCO2/tce", 1, [
    "tCO2e/tce",
    "t/tce",
    "tCO2/吨标准煤",
    "吨CO2/吨标准煤",
    "吨二氧化碳/吨标准煤",
    "吨/吨标准煤",
    "kgCO2/kgce",
  ]),
  u("kgCO2/tce", 0.001, ["kgCO2e/tce", "千克二氧化碳/吨标准煤", "kg/tce"]),
];

/** Yes/no indicators, canonical flag (1 = yes, 0 = no). */
export const FLAG_UNITS: readonly UnitDefinition[] = [
  u("flag", 1, ["yes/no", "是/否", "有/无", "0/1", "boolean"]),
];

/** Counts per year (the trailing per-year is dropped by normalizeUnit). */
export const COUNT_UNITS: readonly UnitDefinition[] = [
  u("count", 1, ["项", "个", "件", "家", "number", "no.", "pcs", "patents", "项专利", "件专利", "platforms"]),
];

/**
 * Grades of the national energy-consumption limit standards (GB 能耗限额 series): 1 is the best,
 * 3 the limit every producer must meet. Text such as "二级" is read by parseGradeText.
 */
export const GRADE_UNITS: readonly UnitDefinition[] = [u("grade", 1, ["级", "等级", "level", "grade level"])];

/** Dimensionless coefficients (e.g. COP of heating/cooling plant). */
export const COEFFICIENT_UNITS: readonly UnitDefinition[] = [
  u("coefficient", 1, ["-", "无量纲", "dimensionless", "COP", "EER", "W/W", "kW/kW"]),
];

/** Every family, for recognising a unit hint in a label without knowing the indicator. */
export const ALL_UNIT_FAMILIES: readonly (readonly UnitDefinition[])[] = [
  CO2E_MASS_UNITS,
  ENERGY_UNITS,
  ELECTRICITY_UNITS,
  POWER_UNITS,
  MONEY_UNITS,
  HYDROGEN_MASS_UNITS,
  SHARE_UNITS,
  INTENSITY_VALUE_ADDED_UNITS,
  INTENSITY_ENERGY_UNITS,
  FLAG_UNITS,
  COUNT_UNITS,
  GRADE_UNITS,
  COEFFICIENT_UNITS,
];
