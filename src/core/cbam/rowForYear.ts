/** Year lookup in a table whose last row holds for every later year ("2034 onward"). */

/** The row of `year`, or the last row after the table; undefined before the table's first year. */
export function rowForYear<Row extends { year: number }>(
  rows: readonly Row[],
  year: number,
): Row | undefined {
  const last = rows[rows.length - 1];
  if (last !== undefined && year >= last.year) return last;
  return rows.find((row) => row.year === year);
}
