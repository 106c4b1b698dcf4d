/**
 * Request context and Excel.run for the fake: operations (reads and writes) queue up and run at
 * context.sync(), which is counted. A failing operation rejects the sync with an
 * OfficeExtension.Error-shaped error; the rest of that batch is dropped.
 */
import { FakeOfficeError } from "./errors";
import { FakeRange } from "./range";
import type { FakeWorkbookState } from "./state";
import { FakeWorkbookTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeWorkbookTableCollection;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeWorkbookTableCollection(ctx);
  }

  getSelectedRange(): FakeRange {
    const state = this.ctx.state;
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = state.selection ? state.sheetById(state.selection.sheetId) : state.activeSheet;
        if (!sheet) throw new FakeOfficeError("ItemNotFound", "Nothing is selected.");
        return sheet;
      },
      () => state.selection?.area ?? { top: 0, left: 0, rows: 1, columns: 1 },
    );
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: (() => void)[] = [];
  private loadedCells = 0;
  private writtenCells = 0;

  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(operation: () => void): void {
    this.queue.push(operation);
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  countLoadedCells(cells: number): void {
    this.loadedCells += cells;
    if (this.loadedCells > this.state.responseCellLimit)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${this.loadedCells} cells in one sync).`,
      );
  }

  countWrittenCells(cells: number): void {
    this.writtenCells += cells;
    if (this.writtenCells > this.state.responseCellLimit)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${this.writtenCells} cells in one sync).`,
      );
  }

  async sync(): Promise<void> {
    this.state.syncCount++;
    const operations = this.queue;
    this.queue = [];
    this.loadedCells = 0;
    this.writtenCells = 0;
    // Like a round trip to Excel: never synchronous.
    await Promise.resolve();
    const failure = this.state.takePendingFailure();
    if (failure) throw new FakeOfficeError(failure.code as FakeOfficeError["code"], failure.message);
    for (const operation of operations) operation();
  }
}

/** Excel.run: runs the batch, then (like Excel) flushes operations still queued with one more sync. */
export async function runBatch<T>(
  state: FakeWorkbookState,
  batch: (context: FakeRequestContext) => Promise<T>,
): Promise<T> {
  const context = new FakeRequestContext(state);
  const result = await batch(context);
  if (context.hasPendingOperations) await context.sync();
  return result;
}
