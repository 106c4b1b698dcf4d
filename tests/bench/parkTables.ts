/**
 * Multi-park tables for the bench (issue 14): a park database of P parks × N indicators, long
 * (park | indicator | value | unit, one row per park and indicator) or wide (one row per park,
 * indicators as columns with the unit in the header). The catalog's indicators first, each with
 * a value in its canonical unit, then made-up labels up to N (unknown: reported, not used).
 */
import { INDICATORS } from "../../src/core/park";
import type { RawCell } from "../../src/core/sheet";

interface Column {
  label: string;
  unit: string;
  value: (park: number) => RawCell;
}

function columns(count: number): Column[] {
  const known: Column[] = INDICATORS.map((indicator, i) => ({
    label: indicator.name.zh,
    unit: indicator.canonicalUnit === "fraction" ? "%" : indicator.canonicalUnit,
    value: (park: number): RawCell =>
      indicator.kind === "flag"
        ? "是"
        : indicator.canonicalUnit === "fraction"
          ? (park + i) % 100
          : indicator.canonicalUnit === "grade"
            ? 1 + ((park + i) % 3)
            : 1_000 + ((park * 37 + i * 11) % 100_000),
  }));
  const unknown: Column[] = [];
  for (let i = known.length; i < count; i++)
    unknown.push({ label: `园区自定义指标${i}`, unit: "项", value: (park) => park + i });
  return [...known, ...unknown].slice(0, count);
}

/** park | indicator | value | unit: parks × indicators rows below one header. */
export function longParkTable(parks: number, indicators: number): RawCell[][] {
  const cols = columns(indicators);
  const rows: RawCell[][] = [["园区名称", "指标", "数值", "单位"]];
  for (let p = 0; p < parks; p++) {
    const name = `园区${p + 1}`;
    for (const column of cols) rows.push([name, column.label, column.value(p), column.unit]);
  }
  return rows;
}

/** 园区 | 指标（单位）…: one row per park. */
export function wideParkTable(parks: number, indicators: number): RawCell[][] {
  const cols = columns(indicators);
  const rows: RawCell[][] = [["园区", ...cols.map((column) => `${column.label}（${column.unit}）`)]];
  for (let p = 0; p < parks; p++) rows.push([`园区${p + 1}`, ...cols.map((column) => column.value(p))]);
  return rows;
}
