import Decimal from "decimal.js";
import type { LocalizedText } from "../shared/localizedText";
import { isIsoDate, type NumberRead } from "./cellReading";
import {
  ELECTRICITY_CN_CODE,
  PLAUSIBLE_SHARE_OF_DEFAULT,
  SEE_SUM_TOLERANCE,
  SEE_UNIT_PER_MWH,
  SEE_UNIT_PER_TONNE,
  SUPPLIER_RULES,
  type SupplierRuleId,
} from "./data/checkRules";
import { COMMUNICATION_SHEET, type ProductField } from "./data/templateLayout";
import type { SupplierEuData } from "./euData";
import type { ProductReads, ReadResult } from "./readTemplate";
import type { SupplierFinding, SupplierProduct, SupplierReport } from "./types";

export interface SupplierCheckOptions {
  /** Today as "yyyy-mm-dd": a reporting period ending later is in the future. */
  today: string;
  euData?: SupplierEuData;
  /**
   * Highest share of emissions from default values the importer accepts (0–1). No act sets one
   * for the definitive period (Implementing Regulation (EU) 2025/2547 Art. 15 lets actual and
   * default values be combined), so it is the user's parameter; undefined or null: not checked.
   */
  maxDefaultValueShare?: number | null;
}

/** What an importer's compliance team would send back, each finding naming sheet and cell. */
export function checkSupplierTemplate(read: ReadResult, options: SupplierCheckOptions): SupplierReport {
  const findings: SupplierFinding[] = [...read.readFindings];
  const add = (rule: SupplierRuleId, cell: string, message: LocalizedText, product?: number): void => {
    const { severity, source } = SUPPLIER_RULES[rule];
    findings.push({ rule, severity, sheet: COMMUNICATION_SHEET, cell, product, message, source });
  };
  checkInstallation(read, options, add);
  if (read.products.length === 0 && !findings.some((f) => f.rule === "product-missing-from-communication")) {
    add("no-products", "F26", {
      en: `No products: ${COMMUNICATION_SHEET} rows 26–125 are empty.`,
      zh: `没有产品：${COMMUNICATION_SHEET} 第 26–125 行为空。`,
    });
  }
  if (!options.euData && read.products.length > 0) {
    add("eu-data-unavailable", read.products[0]!.cells.cnCode ?? "F26", {
      en: "The EU tables of CBAM goods and default values were not available: CBAM coverage, the SEE to price and plausibility were not checked.",
      zh: "未载入欧盟 CBAM 货物与默认值数据表：未检查是否属于 CBAM 货物、计价所用 SEE 及合理性。",
    });
  }
  read.products.forEach((product, i) =>
    checkProduct(product, read.reads[i]!, read.installation.country, options, add),
  );
  return {
    templateVersion: read.templateVersion,
    hasElectricityEfColumn: read.hasElectricityEfColumn,
    installation: read.installation,
    products: read.products,
    readFindings: read.readFindings,
    findings,
  };
}

type Add = (rule: SupplierRuleId, cell: string, message: LocalizedText, product?: number) => void;

function checkInstallation(read: ReadResult, options: SupplierCheckOptions, add: Add): void {
  const { installation } = read;
  const cells = installation.cells;
  if (installation.name === null) {
    add("installation-name-missing", cells.name, {
      en: `The installation's name (${cells.name}) is empty.`,
      zh: `设施名称（${cells.name}）为空。`,
    });
  }
  const country = installation.country;
  if (country === null) {
    add("country-missing", cells.country, {
      en: `The country (${cells.country}) is empty: expected an ISO 3166 two-letter code such as CN.`,
      zh: `国家（${cells.country}）为空：应填写 ISO 3166 二位字母代码，如 CN。`,
    });
  } else if (!/^[A-Z]{2}$/.test(country) || (options.euData && !options.euData.isCountryCode(country))) {
    add("country-not-iso", cells.country, {
      en: `The country in ${cells.country} is "${country}": expected an ISO 3166 two-letter code such as CN.`,
      zh: `${cells.country} 中的国家为“${country}”：应填写 ISO 3166 二位字母代码，如 CN。`,
    });
  }
  checkPeriod(
    installation.periodStart,
    installation.periodEnd,
    cells.periodStart,
    cells.periodEnd,
    options,
    add,
  );
}

function checkPeriod(
  start: string | null,
  end: string | null,
  startCell: string,
  endCell: string,
  options: SupplierCheckOptions,
  add: Add,
): void {
  if (start === null || end === null || !isIsoDate(start) || !isIsoDate(end)) {
    const cell = start === null || !isIsoDate(start) ? startCell : endCell;
    add("period-missing", cell, {
      en: `The reporting period (${startCell}:${endCell}) is missing or not a date${start || end ? `: "${start ?? ""}" – "${end ?? ""}"` : ""}.`,
      zh: `报告期（${startCell}:${endCell}）缺失或不是日期${start || end ? `：“${start ?? ""}”至“${end ?? ""}”` : ""}。`,
    });
    return;
  }
  const year = start.slice(0, 4);
  if (!(start === `${year}-01-01` && end === `${year}-12-31`)) {
    add("period-not-calendar-year", startCell, {
      en: `The reporting period ${start} – ${end} (${startCell}:${endCell}) is not a calendar year (1 January to 31 December).`,
      zh: `报告期 ${start} 至 ${end}（${startCell}:${endCell}）不是一个日历年（1 月 1 日至 12 月 31 日）。`,
    });
  }
  if (end > options.today) {
    add("period-in-future", endCell, {
      en: `The reporting period ends ${end} (${endCell}), after today (${options.today}): emissions of a period not yet over cannot be final.`,
      zh: `报告期结束于 ${end}（${endCell}），晚于今天（${options.today}）：尚未结束的报告期不能给出最终排放。`,
    });
  }
}

const SEE_FIELDS = ["seeDirect", "seeIndirect", "seeTotal"] as const;
const SEE_LABELS: Record<(typeof SEE_FIELDS)[number], LocalizedText> = {
  seeDirect: { en: "SEE (direct)", zh: "直接 SEE" },
  seeIndirect: { en: "SEE (indirect)", zh: "间接 SEE" },
  seeTotal: { en: "SEE (total)", zh: "SEE 合计" },
};

function checkProduct(
  product: SupplierProduct,
  reads: ProductReads,
  country: string | null,
  options: SupplierCheckOptions,
  add: Add,
): void {
  const n = product.number;
  const cellOf = (field: ProductField): string => product.cells[field] ?? product.cell;
  const label = { en: `Product ${n}`, zh: `产品 ${n}` };
  checkCnCode(product, options, add, cellOf("cnCode"), label);
  let seeUsable = true;
  for (const field of SEE_FIELDS) {
    const read: NumberRead = reads.numbers[field];
    if (read.kind === "invalid") {
      seeUsable = false;
      add(
        "see-not-number",
        cellOf(field),
        {
          en: `${label.en}: ${SEE_LABELS[field].en} in ${cellOf(field)} is "${read.shown}", not a number.`,
          zh: `${label.zh}：${cellOf(field)} 中的${SEE_LABELS[field].zh}为“${read.shown}”，不是数字。`,
        },
        n,
      );
    } else if (read.kind === "number" && read.value < 0) {
      seeUsable = false;
      add(
        "see-negative",
        cellOf(field),
        {
          en: `${label.en}: ${SEE_LABELS[field].en} in ${cellOf(field)} is negative (${read.value}).`,
          zh: `${label.zh}：${cellOf(field)} 中的${SEE_LABELS[field].zh}为负数（${read.value}）。`,
        },
        n,
      );
    }
  }
  const { seeDirect, seeIndirect, seeTotal } = product;
  // A blank direct SEE is legitimate (electrolytic hydrogen); a product without any SEE, or without its total, is not.
  if (seeTotal === null && reads.numbers.seeTotal.kind === "blank") {
    seeUsable = false;
    add(
      "see-missing",
      cellOf("seeTotal"),
      {
        en: `${label.en}: SEE (total) in ${cellOf("seeTotal")} is empty.`,
        zh: `${label.zh}：${cellOf("seeTotal")} 中的 SEE 合计为空。`,
      },
      n,
    );
  } else if (seeDirect === null && seeIndirect === null && reads.numbers.seeDirect.kind === "blank") {
    add(
      "see-missing",
      cellOf("seeDirect"),
      {
        en: `${label.en}: both SEE (direct) ${cellOf("seeDirect")} and SEE (indirect) ${cellOf("seeIndirect")} are empty.`,
        zh: `${label.zh}：直接 SEE（${cellOf("seeDirect")}）与间接 SEE（${cellOf("seeIndirect")}）均为空。`,
      },
      n,
    );
  }
  if (seeUsable && seeTotal !== null) {
    const sum = new Decimal(seeDirect ?? 0).plus(seeIndirect ?? 0);
    const gap = sum.minus(seeTotal).abs();
    if (gap.greaterThan(SEE_SUM_TOLERANCE)) {
      add(
        "see-total-mismatch",
        cellOf("seeTotal"),
        {
          en: `${label.en}: SEE (total) ${seeTotal} in ${cellOf("seeTotal")} is not direct + indirect (${sum.toString()}); off by ${gap.toString()} tCO2e/t, more than rounding.`,
          zh: `${label.zh}：${cellOf("seeTotal")} 中的 SEE 合计 ${seeTotal} 不等于直接 + 间接（${sum.toString()}）；相差 ${gap.toString()} tCO2e/t，超出舍入误差。`,
        },
        n,
      );
    }
  }
  checkUnit(product, add, cellOf("unit"), label);
  checkDefaultShare(product, reads, options, add, cellOf("defaultValueShare"), label);
  if (seeUsable) checkPlausibility(product, country, options, add, label);
}

function checkCnCode(
  product: SupplierProduct,
  options: SupplierCheckOptions,
  add: Add,
  cell: string,
  label: LocalizedText,
): void {
  const code = product.cnCode;
  if (code === null || !/^\d{8}$/.test(code)) {
    add(
      "cn-code-format",
      cell,
      {
        en: `${label.en}: the CN code in ${cell} is ${code === null ? "empty" : `"${code}"`}; expected 8 digits such as 72085120.`,
        zh: `${label.zh}：${cell} 中的 CN 编码${code === null ? "为空" : `为“${code}”`}；应为 8 位数字，如 72085120。`,
      },
      product.number,
    );
    return;
  }
  if (options.euData && product.isCbamGood === false) {
    add(
      "cn-code-not-cbam",
      cell,
      {
        en: `${label.en}: CN code ${code} in ${cell} is not a good covered by the CBAM (Regulation (EU) 2023/956, Annex I).`,
        zh: `${label.zh}：${cell} 中的 CN 编码 ${code} 不属于 CBAM 涵盖货物（欧盟第 2023/956 号条例附件一）。`,
      },
      product.number,
    );
  }
}

function checkUnit(product: SupplierProduct, add: Add, cell: string, label: LocalizedText): void {
  const expected = product.cnCode === ELECTRICITY_CN_CODE ? SEE_UNIT_PER_MWH : SEE_UNIT_PER_TONNE;
  const unit = product.unit;
  if (unit !== null && unit.replace(/\s+/g, "").toLowerCase() === expected.toLowerCase()) return;
  add(
    "unit",
    cell,
    {
      en: `${label.en}: the unit in ${cell} is ${unit === null ? "empty" : `"${unit}"`}; expected ${expected}.`,
      zh: `${label.zh}：${cell} 中的单位${unit === null ? "为空" : `为“${unit}”`}；应为 ${expected}。`,
    },
    product.number,
  );
}

function checkDefaultShare(
  product: SupplierProduct,
  reads: ProductReads,
  options: SupplierCheckOptions,
  add: Add,
  cell: string,
  label: LocalizedText,
): void {
  const read = reads.numbers.defaultValueShare;
  if (read.kind === "invalid" || (read.kind === "number" && (read.value < 0 || read.value > 1))) {
    const shown = read.kind === "invalid" ? read.shown : String(read.value);
    add(
      "default-share-range",
      cell,
      {
        en: `${label.en}: the share of emissions by default value in ${cell} is "${shown}"; expected a share from 0 to 100 %.`,
        zh: `${label.zh}：${cell} 中的默认值排放占比为“${shown}”；应为 0–100 % 之间的比例。`,
      },
      product.number,
    );
    return;
  }
  const limit = options.maxDefaultValueShare;
  if (read.kind !== "number" || limit === null || limit === undefined || read.value <= limit) return;
  const percent = (x: number): string => `${new Decimal(x).times(100).toString()} %`;
  add(
    "default-share-above-limit",
    cell,
    {
      en: `${label.en}: ${percent(read.value)} of the emissions come from default values (${cell}), above the ${percent(limit)} you accept.`,
      zh: `${label.zh}：${percent(read.value)} 的排放来自默认值（${cell}），高于您设定的上限 ${percent(limit)}。`,
    },
    product.number,
  );
}

function checkPlausibility(
  product: SupplierProduct,
  country: string | null,
  options: SupplierCheckOptions,
  add: Add,
  label: LocalizedText,
): void {
  const euData = options.euData;
  if (!euData || product.seeCbam === null || product.cnCode === null || country === null || !product.basis)
    return;
  const reference = euData.defaultSeeFor(product.cnCode, country);
  const defaultValue = product.basis === "direct" ? reference?.direct : reference?.total;
  if (!reference || defaultValue === null || defaultValue === undefined || defaultValue <= 0) return;
  const ratio = new Decimal(product.seeCbam).dividedBy(defaultValue);
  if (
    ratio.greaterThanOrEqualTo(PLAUSIBLE_SHARE_OF_DEFAULT.min) &&
    ratio.lessThanOrEqualTo(PLAUSIBLE_SHARE_OF_DEFAULT.max)
  )
    return;
  const cell = product.cells[product.basis === "direct" ? "seeDirect" : "seeTotal"] ?? product.cell;
  const pct = ratio.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString();
  const basis = product.basis === "direct" ? { en: "direct", zh: "直接" } : { en: "total", zh: "合计" };
  add(
    "see-implausible",
    cell,
    {
      en: `${label.en}: SEE ${basis.en} ${product.seeCbam} (${cell}) is ${pct} % of the Commission's default value ${defaultValue} for ${product.cnCode} from ${country} (${reference.source.en}); outside ${PLAUSIBLE_SHARE_OF_DEFAULT.min * 100}–${PLAUSIBLE_SHARE_OF_DEFAULT.max * 100} %, worth a question to the supplier.`,
      zh: `${label.zh}：${basis.zh} SEE ${product.seeCbam}（${cell}）为欧盟委员会对来自 ${country} 的 ${product.cnCode} 默认值 ${defaultValue} 的 ${pct} %（${reference.source.zh}），超出 ${PLAUSIBLE_SHARE_OF_DEFAULT.min * 100}–${PLAUSIBLE_SHARE_OF_DEFAULT.max * 100} %，建议向供应商核实。`,
    },
    product.number,
  );
}
