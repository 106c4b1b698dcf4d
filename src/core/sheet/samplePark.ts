import type { RawCell } from "./cellValue";
import type { SheetInput } from "./types";

/**
 * The sample park inventory (assets/sample-park.xlsx) as plain data, so tests and the task pane's
 * end-to-end test can use it without reading the workbook. Magnitudes are illustrative for a
 * mid-size Chinese industrial park, not a real one. What it is built to show (hand-computed):
 *   energy 35 万tce = 350,000 tce → national notice band 200,000-1,000,000 tce → limit 0.2 tCO2/tce
 *   CO2 105,000 tCO2 ÷ 350,000 tce = 0.3 tCO2/tce                      → fails (> 0.2)
 *   gross 62,000 + 48,000 = 110,000 tCO2e (a formula cell)
 *   value added 50 亿元 = 500,000 万元 → 110,000 ÷ 500,000 = 0.22 tCO2/万元 → fails 0.1, passes 0.6
 *   offsets 1.65 万tCO2e = 16,500 tCO2e ÷ 110,000 = 15 %                 → fails (> 10 %)
 *   electricity 52,000 万kWh = 520,000 MWh; direct line/PPA 52,000 MWh → CBAM lens 10 %;
 *   with 104,000 MWh of green certificates, 156,000 MWh → domestic lens 30 %
 *   Scope 3 coverage not reported → missing; embodied carbon disclosure "否" → fails
 */
export const SAMPLE_SHEET_NAME = "园区排放清单";

export const SAMPLE_TITLE =
  "示例零碳产业园区 2024 年度能源与碳排放清单 / Sample zero-carbon industrial park: 2024 energy and emission inventory";

export const SAMPLE_HEADER: readonly string[] = [
  "指标 Indicator",
  "数值 Value",
  "单位 Unit",
  "年份 Year",
  "备注 Note",
];

/** Sheet row (1-based) of the header; the title is merged over A1:E1 and row 2 is blank. */
export const SAMPLE_HEADER_ROW = 3;

interface SampleRow {
  label: string;
  value: RawCell;
  unit: string;
  note: string;
  /** Formula text as Excel's range.formulas shows it (value = its result). */
  formula?: string;
}

export const SAMPLE_ROWS: readonly SampleRow[] = [
  { label: "综合能源消费量", value: 35, unit: "万tce", note: "Comprehensive energy consumption" },
  { label: "二氧化碳排放量", value: 105000, unit: "tCO2", note: "CO2 emissions" },
  { label: "范围1排放", value: 62000, unit: "tCO2e", note: "Scope 1 emissions" },
  { label: "范围2排放", value: 48000, unit: "tCO2e", note: "Scope 2 emissions" },
  {
    label: "碳排放总量",
    value: 110000,
    unit: "tCO2e",
    note: "Gross GHG emissions = Scope 1 + Scope 2",
    formula: "=B6+B7",
  },
  { label: "工业增加值", value: 50, unit: "亿元", note: "Industrial value added" },
  { label: "碳抵消量", value: 1.65, unit: "万tCO2e", note: "Offsets retired (CCER, forestry sinks)" },
  { label: "用电量", value: 52000, unit: "万kWh", note: "Electricity consumption" },
  { label: "直连绿电电量", value: 52000, unit: "MWh", note: "Renewable electricity by direct line / PPA" },
  { label: "绿证电量", value: "104,000", unit: "MWh", note: "Electricity backed by green certificates only" },
  { label: "可再生能源电量", value: 156000, unit: "MWh", note: "Renewable electricity incl. certificates" },
  { label: "显性碳价覆盖度", value: "45%", unit: "", note: "Share of output under the national ETS" },
  { label: "建造期隐含碳披露", value: "否", unit: "", note: "Embodied carbon of construction disclosed?" },
  { label: "CCUS封存量", value: 8000, unit: "tCO2", note: "CO2 stored per year" },
  { label: "低碳技术专利数", value: 37, unit: "项", note: "Low-carbon patents filed per year" },
  { label: "碳管理平台", value: "是", unit: "", note: "Carbon management platform in operation" },
  { label: "绿化覆盖率", value: 18, unit: "%", note: "Green coverage rate" },
  { label: "工业固体废物综合利用率", value: 86, unit: "%", note: "Industrial solid waste utilisation" },
  { label: "工业用水重复利用率", value: 92, unit: "%", note: "Industrial water reuse" },
  { label: "企业温室气体盘查比例", value: 65, unit: "%", note: "Enterprises with a GHG inventory" },
  { label: "清洁能源占比", value: 38, unit: "%", note: "Clean energy share" },
];

export const SAMPLE_NOTES: readonly string[] = [
  "注：数值为示意，非真实园区数据。Note: magnitudes are illustrative, not data of a real park.",
  "数据来源：园区能源管理平台（示例）。Source: park energy management platform (sample).",
];

const YEAR = 2024;
const WIDTH = SAMPLE_HEADER.length;

function padded(cells: readonly RawCell[]): RawCell[] {
  const row: RawCell[] = [...cells];
  while (row.length < WIDTH) row.push("");
  return row;
}

/** The sheet's cells from A1 exactly as Excel's range.values gives them. */
export function samplePark2DValues(): RawCell[][] {
  return [
    padded([SAMPLE_TITLE]),
    padded([]),
    [...SAMPLE_HEADER],
    ...SAMPLE_ROWS.map((row) => [row.label, row.value, row.unit, YEAR, row.note]),
    padded([]),
    ...SAMPLE_NOTES.map((note) => padded([note])),
  ];
}

/** range.formulas of the same block: constants as values, formula cells as "=…". */
export function samplePark2DFormulas(): RawCell[][] {
  const values = samplePark2DValues();
  SAMPLE_ROWS.forEach((row, index) => {
    if (row.formula) values[SAMPLE_HEADER_ROW + index]![1] = row.formula;
  });
  return values;
}

/** The sample as the validator's input (used range A1:E…). */
export function sampleParkInput(): SheetInput {
  return {
    sheetName: SAMPLE_SHEET_NAME,
    values: samplePark2DValues(),
    formulas: samplePark2DFormulas(),
    origin: "A1",
  };
}

/** A second sheet in the Scope-table variant (范围 / 排放源 / 排放量): lines sum to the Scope totals above. */
export const SAMPLE_SCOPE_SHEET_NAME = "范围排放 Scope";

export function sampleScopeTable2DValues(): RawCell[][] {
  return [
    ["范围 Scope", "排放源 Source", "排放量 Emissions", "单位 Unit", "年份 Year"],
    ["范围1", "天然气锅炉 Natural gas boilers", 41000, "tCO2e", 2024],
    ["范围1", "工艺排放 Process emissions", 21000, "tCO2e", 2024],
    ["范围2", "外购电力 Purchased electricity", 4.3, "万tCO2e", 2024],
    ["范围2", "外购热力 Purchased heat", 5000, "tCO2e", 2024],
  ];
}
