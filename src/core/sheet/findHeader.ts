import type { IndicatorDefinition, IndicatorMatch } from "../park";
import { type RawCell, parseCell } from "./cellValue";
import { headerCellInfo } from "./headerCell";
import type { ColumnRole } from "./headerWords";

/** A column holding values: the one 数值 column, or one per year (指标 | 单位 | 2023年 | 2024年). */
export interface ValueColumn {
  column: number;
  /** The year the header gives the column ("2024年", "2024年数值"). */
  year?: number;
  /** A unit in the header ("数值（万tCO2）"), for rows that give none. */
  unit?: string;
}

/** A wide table's indicator column: one row per park, the unit in the header. */
export interface IndicatorColumn {
  column: number;
  indicator: IndicatorDefinition;
  unit?: string;
}

/** Where the table's columns are, as announced by a header row. Columns are 0-based in the block. */
export interface HeaderLayout {
  /** 0-based row of the header in the values block. */
  row: number;
  /** "long": one indicator per row; "wide": one park per row, one indicator per column. */
  kind: "long" | "wide";
  /** Long: the indicator names; wide: the park names. */
  label: number;
  /** Long: the first value column; wide: the first indicator column. */
  value: number;
  /** Long: every value column (several when years are columns). */
  values: readonly ValueColumn[];
  /** A unit in the label header ("指标（万元）"), for rows and value headers that give none. */
  labelUnit?: string;
  unit?: number;
  year?: number;
  scope?: number;
  note?: number;
  /** The park column of a long table that lists several parks. */
  park?: number;
  /** Wide: the indicator columns. */
  indicators: readonly IndicatorColumn[];
  /** Further columns announcing a role already taken (e.g. a second value column): read, not used. */
  ignored: { role: ColumnRole; column: number }[];
}

/** Label matching, for wide tables whose headers are indicator names. */
export type HeaderMatcher = (label: string) => IndicatorMatch;

/** How far down a header row may sit below titles and blank rows. */
export const HEADER_SEARCH_ROWS = 100;
/** Columns inspected per candidate header row; wide sheets keep their table at the left. */
const HEADER_SEARCH_COLUMNS = 300;
/** Indicator columns a row needs to be taken for a wide table's header. */
const MIN_WIDE_INDICATORS = 2;

/** The header layout announced by one row, or null when the row is not a header. */
export function headerLayoutOf(
  row: readonly RawCell[] | undefined,
  rowIndex: number,
  match?: HeaderMatcher,
): HeaderLayout | null {
  if (!row) return null;
  const firstByRole = new Map<ColumnRole, number>();
  const units = new Map<number, string>();
  const yearColumns: ValueColumn[] = [];
  const ignored: HeaderLayout["ignored"] = [];
  const width = Math.min(row.length, HEADER_SEARCH_COLUMNS);
  for (let column = 0; column < width; column++) {
    const cell = row[column];
    if (cell === undefined || cell === "" || cell === null) continue;
    const info = headerCellInfo(cell);
    if (info.role === null) continue;
    if (info.unit !== undefined) units.set(column, info.unit);
    if (info.role === "value" && info.year !== undefined) {
      yearColumns.push(withUnit({ column, year: info.year }, info.unit));
      continue;
    }
    if (firstByRole.has(info.role)) ignored.push({ role: info.role, column });
    else firstByRole.set(info.role, column);
  }
  // The Scope-table variant names its columns 排放源/Source and 排放量/Emissions.
  const label = firstByRole.get("label") ?? firstByRole.get("source");
  const plainValue = firstByRole.get("value") ?? firstByRole.get("emissions");
  if (label !== undefined && (plainValue !== undefined || yearColumns.length > 0) && label !== plainValue) {
    if (firstByRole.has("label") && firstByRole.has("source"))
      ignored.push({ role: "source", column: firstByRole.get("source")! });
    if (firstByRole.has("value") && firstByRole.has("emissions"))
      ignored.push({ role: "emissions", column: firstByRole.get("emissions")! });
    const values =
      plainValue !== undefined ? [withUnit({ column: plainValue }, units.get(plainValue))] : yearColumns;
    if (plainValue !== undefined)
      for (const extra of yearColumns) ignored.push({ role: "value", column: extra.column });
    return {
      row: rowIndex,
      kind: "long",
      label,
      value: values[0]!.column,
      values,
      ...(units.has(label) ? { labelUnit: units.get(label) } : {}),
      unit: firstByRole.get("unit"),
      year: firstByRole.get("year"),
      scope: firstByRole.get("scope"),
      note: firstByRole.get("note"),
      park: firstByRole.get("park"),
      indicators: [],
      ignored,
    };
  }
  return match ? wideLayoutOf(row, rowIndex, firstByRole, match) : null;
}

/**
 * One row per park, one column per indicator (园区 | 二氧化碳排放总量（万tCO2）| 综合能源消费量（万tce）):
 * the park column is 园区/park (else the 名称/label column); the other headers must name indicators.
 */
function wideLayoutOf(
  row: readonly RawCell[],
  rowIndex: number,
  firstByRole: ReadonlyMap<ColumnRole, number>,
  match: HeaderMatcher,
): HeaderLayout | null {
  const park = firstByRole.get("park") ?? firstByRole.get("label");
  if (park === undefined) return null;
  const indicators: IndicatorColumn[] = [];
  const taken = new Set<number>();
  const width = Math.min(row.length, HEADER_SEARCH_COLUMNS);
  for (let column = 0; column < width; column++) {
    const cell = row[column];
    if (column === park || typeof cell !== "string" || cell.trim() === "") continue;
    const found = match(cell);
    if (found.status !== "matched") continue;
    // An indicator name wins over a header word inside it ("低碳技术专利数/年" is not a Year column).
    indicators.push(withUnit({ column, indicator: found.indicator }, found.unitHint));
    taken.add(column);
  }
  if (indicators.length < MIN_WIDE_INDICATORS) return null;
  const free = (role: ColumnRole): number | undefined => {
    const column = firstByRole.get(role);
    return column === undefined || taken.has(column) ? undefined : column;
  };
  return {
    row: rowIndex,
    kind: "wide",
    label: park,
    value: indicators[0]!.column,
    values: [],
    year: free("year"),
    note: free("note"),
    park,
    indicators,
    ignored: [],
  };
}

function withUnit<T extends object>(entry: T, unit: string | undefined): T & { unit?: string } {
  return unit === undefined ? entry : { ...entry, unit };
}

/** The first header row within the search window, or null. */
export function findHeader(
  values: readonly (readonly RawCell[])[],
  match?: HeaderMatcher,
): HeaderLayout | null {
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const layout = headerLayoutOf(values[row], row, match);
    if (layout) return layout;
  }
  return null;
}

/**
 * A header repeated inside the data (two stacked header rows, or a second table below): cheap to
 * test on every row because it looks at the label and value cells first (roles are cached).
 */
export function repeatedHeaderAt(
  row: readonly RawCell[] | undefined,
  rowIndex: number,
  current: HeaderLayout,
): HeaderLayout | null {
  if (!row || current.kind !== "long") return null;
  // Only rows whose label or value cell is a header word are examined in full.
  if (headerCellInfo(row[current.label]).role === null && headerCellInfo(row[current.value]).role === null)
    return null;
  // A number in the value column makes it data, whatever its words ("Unknown indicator 3" noted
  // "CO2 emissions" names two roles but is a data row): taking it for a header would misread
  // every row below.
  if (parseCell(row[current.value]).kind === "number") return null;
  const layout = headerLayoutOf(row, rowIndex);
  return layout && layout.kind === "long" ? layout : null;
}
