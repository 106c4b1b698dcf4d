/**
 * How much one sync may read or write. Excel caps a request/response at about 5 MB; 100,000 cells
 * per property (values, formulas, number formats) stays well below it for typical cell contents.
 */
export const MAX_CHUNK_ROWS = 20_000;
export const CELL_BUDGET_PER_SYNC = 100_000;
/**
 * The largest block read: 2 million cells (e.g. 100,000 rows × 20 columns). A stray cell at
 * XFD1048576 stretches the used range to 17 billion cells; reading that would take a hundred
 * thousand round trips, so the pane asks for a selection instead ("tooLarge").
 */
export const MAX_BLOCK_CELLS = 2_000_000;
/** Above this many rows, per-row hidden flags are not fetched (one proxy per row is too costly). */
export const HIDDEN_ROW_SCAN_LIMIT = 5_000;

/** Rows per chunk for a block `columnCount` wide: ≤ 20,000 rows and ≤ the cell budget. */
export function rowsPerChunk(columnCount: number): number {
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(CELL_BUDGET_PER_SYNC / Math.max(1, columnCount))));
}
