import { type ColumnRole, headerRole } from "./headerWords";
import { type RawCell, parseCell } from "./cellValue";

/** Where the table's columns are, as announced by a header row. Columns are 0-based in the block. */
export interface HeaderLayout {
  /** 0-based row of the header in the values block. */
  row: number;
  label: number;
  value: number;
  unit?: number;
  year?: number;
  scope?: number;
  note?: number;
  /** Further columns announcing a role already taken (e.g. a second value column): read, not used. */
  ignored: { role: ColumnRole; column: number }[];
}

/** How far down a header row may sit below titles and blank rows. */
export const HEADER_SEARCH_ROWS = 100;
/** Columns inspected per candidate header row; wide sheets keep their table at the left. */
const HEADER_SEARCH_COLUMNS = 200;

/** The header layout announced by one row, or null when the row is not a header. */
export function headerLayoutOf(row: readonly RawCell[] | undefined, rowIndex: number): HeaderLayout | null {
  if (!row) return null;
  const firstByRole = new Map<ColumnRole, number>();
  const ignored: HeaderLayout["ignored"] = [];
  const width = Math.min(row.length, HEADER_SEARCH_COLUMNS);
  for (let column = 0; column < width; column++) {
    const role = headerRole(row[column]);
    if (role === null) continue;
    if (firstByRole.has(role)) ignored.push({ role, column });
    else firstByRole.set(role, column);
  }
  // The Scope-table variant names its columns 排放源/Source and 排放量/Emissions.
  const label = firstByRole.get("label") ?? firstByRole.get("source");
  const value = firstByRole.get("value") ?? firstByRole.get("emissions");
  if (label === undefined || value === undefined || label === value) return null;
  if (firstByRole.has("label") && firstByRole.has("source"))
    ignored.push({ role: "source", column: firstByRole.get("source")! });
  if (firstByRole.has("value") && firstByRole.has("emissions")) {
    ignored.push({ role: "emissions", column: firstByRole.get("emissions")! });
  }
  return {
    row: rowIndex,
    label,
    value,
    unit: firstByRole.get("unit"),
    year: firstByRole.get("year"),
    scope: firstByRole.get("scope"),
    note: firstByRole.get("note"),
    ignored,
  };
}

/** The first header row within the search window, or null. */
export function findHeader(values: readonly (readonly RawCell[])[]): HeaderLayout | null {
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const layout = headerLayoutOf(values[row], row);
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
  if (!row) return null;
  // Only rows whose label or value cell is a header word are examined in full.
  if (headerRole(row[current.label]) === null && headerRole(row[current.value]) === null) return null;
  // A number in the value column makes it data, whatever its words ("Unknown indicator 3" noted
  // "CO2 emissions" names two roles but is a data row): taking it for a header would misread
  // every row below.
  if (parseCell(row[current.value]).kind === "number") return null;
  return headerLayoutOf(row, rowIndex);
}
