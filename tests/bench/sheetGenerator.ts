/**
 * Realistic large emission sheets for the validator bench: the sample park's rows
 * (src/core/sheet/samplePark.ts) repeated under its title and header, with the variation real
 * inventories show — labels with qualifiers or stray spaces, unknown indicators, other units
 * (converted values), numbers typed as text, another year, unknown units and blank rows.
 */
import { samplePark2DValues, type RawCell } from "../../src/core/sheet";
import { SAMPLE_HEADER_ROW, SAMPLE_NOTES, SAMPLE_ROWS } from "../../src/core/sheet/samplePark";

/** Other spellings of a sample unit: [unit, factor to multiply the sample value by]. */
const OTHER_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  万tce: ["tce", 10_000],
  tCO2: ["万tCO2", 1 / 10_000],
  tCO2e: ["ktCO2e", 1 / 1_000],
  万tCO2e: ["tCO2e", 10_000],
  亿元: ["万元", 10_000],
  万kWh: ["MWh", 10],
  MWh: ["万kWh", 1 / 10],
};

function asText(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** One data row (5 cells: indicator, value, unit, year, note), varied by its index. */
export function generatedRow(index: number): RawCell[] {
  const sample = SAMPLE_ROWS[index % SAMPLE_ROWS.length]!;
  let label = sample.label;
  let value: RawCell = sample.value;
  let unit = sample.unit;
  let year = 2024;
  switch (index % 20) {
    case 3:
    case 13:
      label = `未识别指标 ${index}`;
      break;
    case 7:
      label = `Process heat recovered ${index}`; // no header word ("indicator", "item", "metric")
      break;
    case 5:
      label = `${sample.label}（园区合计）`;
      break;
    case 9:
      label = `  ${sample.label}\u3000`; // pasted with spaces, one of them full-width
      break;
    case 11:
      if (typeof value === "number") value = asText(value);
      break;
    case 15: {
      const other = OTHER_UNITS[unit];
      if (other && typeof value === "number") {
        unit = other[0];
        value = value * other[1];
      }
      break;
    }
    case 17:
      // An unknown unit makes its indicator unusable: keep it to one indicator (绿化覆盖率).
      if (index % SAMPLE_ROWS.length === 16) unit = "bananas";
      break;
    case 19:
      year = 2023;
      break;
  }
  return [label, value, unit, year, sample.note];
}

/**
 * A sheet as Excel's range.values gives it: the sample's title, blank row and header, then
 * `dataRows` rows (every 250th blank), then the sample's notes. Width 5.
 */
export function generateParkSheet(dataRows: number): RawCell[][] {
  const sample = samplePark2DValues();
  const rows: RawCell[][] = sample.slice(0, SAMPLE_HEADER_ROW).map((row) => [...row]);
  for (let i = 0; i < dataRows; i++) {
    rows.push(i % 250 === 249 ? ["", "", "", "", ""] : generatedRow(i));
  }
  rows.push(["", "", "", "", ""]);
  for (const note of SAMPLE_NOTES) rows.push([note, "", "", "", ""]);
  return rows;
}

/** The bare pass the validator is compared with: every cell read once (a sum of typeof tags). */
export function barePass(values: readonly (readonly RawCell[])[]): number {
  let tags = 0;
  for (const row of values) {
    for (const cell of row) {
      const type = typeof cell;
      tags += type === "number" ? 1 : type === "string" ? 2 : type === "boolean" ? 3 : 4;
    }
  }
  return tags;
}
