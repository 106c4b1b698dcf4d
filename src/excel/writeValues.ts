import { rowsPerChunk } from "./readLimits";

export type WritableCell = string | number | boolean;

/**
 * Queues `rows` (rectangular) into the sheet from A1 without syncing the first chunk: the caller
 * syncs it together with its other writes. Further chunks (very large blocks only) are synced
 * here, one sync each. Returns after queuing the first chunk and syncing the rest in order.
 */
export async function writeRowsFromA1(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: readonly (readonly WritableCell[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const width = rows[0]!.length;
  const chunkRows = rowsPerChunk(width);
  for (let start = 0; start < rows.length; start += chunkRows) {
    const slice = rows.slice(start, start + chunkRows).map((row) => [...row]);
    sheet.getRangeByIndexes(start, 0, slice.length, width).values = slice;
    // Only blocks above the per-sync budget get here more than once.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (start + chunkRows < rows.length) await context.sync();
  }
}
