/**
 * Minimal charts (for the quote builder): worksheet.charts.add(type, source, seriesBy), title.text,
 * series.getItemAt(i).setXAxisValues(range), setPosition(from, to). The chart is recorded in
 * FakeSheetState.charts for assertions; nothing is drawn.
 */
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeRange } from "./range";
import type { FakeChartState, FakeSheetState } from "./state";

type SheetRef = () => FakeSheetState;

export class FakeChart {
  readonly title: { text: string };
  readonly series: { getItemAt: (index: number) => { setXAxisValues: (range: FakeRange) => void } };

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly chartRef: () => FakeChartState,
  ) {
    const title = { text: "" };
    this.title = Object.defineProperty(title, "text", {
      get: () => this.chartRef().title,
      set: (text: string) => {
        ctx.enqueue(() => (this.chartRef().title = text));
      },
    });
    this.series = {
      getItemAt: (index) => ({
        setXAxisValues: (range) =>
          ctx.enqueue(() => {
            if (index !== 0) throw new FakeOfficeError("InvalidArgument", "The fake models one series.");
            this.chartRef().xAxisValues = range.addressAtSync();
          }),
      }),
    };
  }

  setPosition(from: string, to: string): void {
    this.ctx.enqueue(() => (this.chartRef().position = { from, to }));
  }
}

export class FakeChartCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheetRef: SheetRef,
  ) {}

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: FakeChartState | undefined;
    this.ctx.enqueue(() => {
      const sheet = this.sheetRef();
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      created = {
        id: this.ctx.state.newId("chart"),
        type,
        source: source.addressAtSync(),
        seriesBy,
        title: "",
      };
      sheet.charts.push(created);
    });
    return new FakeChart(this.ctx, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "The chart was not created yet.");
      return created;
    });
  }
}
