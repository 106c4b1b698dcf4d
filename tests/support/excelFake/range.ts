/** Range proxies: values / formulas / numberFormat / address, fill and font formats, select, clear. */
import { type Area, areaAddress, quoteSheet } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeCellValue, FakeSheetState } from "./state";

export type SheetRef = () => FakeSheetState;
export type AreaRef = () => Area | null;

/** Shared by a range and its format objects: resolves once per proxy, like a server-side path. */
export interface RangeTarget {
  sheet: SheetRef;
  area: () => Area;
  /** Throws AccessDenied when the sheet is protected. */
  assertWritable: () => void;
}

export class FakeRangeFill extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly target: RangeTarget,
  ) {
    super(ctx);
  }
  protected scalarProperties(): readonly string[] {
    return ["color", "pattern"];
  }
  protected readProperty(name: string): unknown {
    const sheet = this.target.sheet();
    const fills = new Set<string | undefined>();
    const area = this.target.area();
    for (let r = 0; r < area.rows; r++)
      for (let c = 0; c < area.columns; c++) fills.add(sheet.cell(area.top + r, area.left + c)?.fill);
    // Excel returns null when the cells of a range differ.
    if (fills.size !== 1) return null;
    const fill = [...fills][0];
    if (name === "color") return fill ?? "#FFFFFF";
    if (name === "pattern") return fill === undefined ? "None" : "Solid";
    throw new Error(`Excel fake: RangeFill.${name} is not modelled`);
  }
  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.ctx.enqueue(() => {
      this.target.assertWritable();
      const area = this.target.area();
      this.ctx.countWrittenCells(area.rows * area.columns);
      const sheet = this.target.sheet();
      for (let r = 0; r < area.rows; r++)
        for (let c = 0; c < area.columns; c++)
          sheet.cellForWrite(area.top + r, area.left + c).fill = color.toUpperCase();
    });
  }
  get pattern(): string {
    return this.get("pattern");
  }
  clear(): void {
    this.ctx.enqueue(() => {
      this.target.assertWritable();
      this.target.sheet().forEachStored(this.target.area(), (cell) => delete cell.fill);
    });
  }
}

export class FakeRangeFont extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly target: RangeTarget,
  ) {
    super(ctx);
  }
  protected scalarProperties(): readonly string[] {
    return ["bold"];
  }
  protected readProperty(): unknown {
    const area = this.target.area();
    return this.target.sheet().cell(area.top, area.left)?.bold === true;
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(bold: boolean) {
    this.ctx.enqueue(() => {
      this.target.assertWritable();
      const area = this.target.area();
      const sheet = this.target.sheet();
      for (let r = 0; r < area.rows; r++)
        for (let c = 0; c < area.columns; c++) sheet.cellForWrite(area.top + r, area.left + c).bold = bold;
    });
  }
}

export class FakeRangeFormat extends FakeClientObject {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(
    ctx: FakeRequestContext,
    private readonly target: RangeTarget,
  ) {
    super(ctx);
    this.fill = new FakeRangeFill(ctx, target);
    this.font = new FakeRangeFont(ctx, target);
  }
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(name: string): unknown {
    throw new Error(`Excel fake: RangeFormat.${name} is not modelled`);
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  autofitColumns(): void {
    this.ctx.enqueue(() => {
      this.target.sheet().autofitCount++;
    });
  }
  autofitRows(): void {
    this.ctx.enqueue(() => undefined);
  }
}

export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;
  private resolvedArea: Area | null | undefined;
  private nullChecked = false;
  private readonly target: RangeTarget;

  constructor(
    ctx: FakeRequestContext,
    private readonly sheetRef: SheetRef,
    private readonly areaRef: AreaRef,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.target = {
      sheet: sheetRef,
      area: () => this.area(),
      assertWritable: () => {
        if (this.sheetRef().protected)
          throw new FakeOfficeError(
            "AccessDenied",
            "The cell or chart you're trying to change is on a protected sheet.",
            "Range.values",
          );
      },
    };
    this.format = new FakeRangeFormat(ctx, this.target);
    // Null objects learn whether they are null at the next sync, without an explicit load.
    if (nullable)
      ctx.enqueue(() => {
        this.resolvedArea = this.areaRef();
        this.nullChecked = true;
      });
  }

  private area(): Area {
    if (this.resolvedArea === undefined) this.resolvedArea = this.areaRef();
    if (this.resolvedArea === null)
      throw new FakeOfficeError("ItemNotFound", "The range does not exist (null object).");
    return this.resolvedArea;
  }

  protected override isNullAtSync(): boolean {
    if (!this.nullable) return false;
    if (this.resolvedArea === undefined) this.resolvedArea = this.areaRef();
    return this.resolvedArea === null;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (!this.nullChecked)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.resolvedArea === null;
  }

  protected scalarProperties(): readonly string[] {
    return [
      "address",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "values",
      "formulas",
      "numberFormat",
    ];
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected readProperty(name: string): unknown {
    const area = this.area();
    const sheet = this.sheetRef();
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${areaAddress(area)}`;
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.columns;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowHidden": {
        let hidden = 0;
        for (let r = 0; r < area.rows; r++) if (sheet.hiddenRows.has(area.top + r)) hidden++;
        return hidden === 0 ? false : hidden === area.rows ? true : null;
      }
      case "values":
        this.ctx.countLoadedCells(area.rows * area.columns);
        return sheet.valuesOf(area);
      case "formulas":
        this.ctx.countLoadedCells(area.rows * area.columns);
        return sheet.formulasOf(area);
      case "numberFormat":
        this.ctx.countLoadedCells(area.rows * area.columns);
        return sheet.numberFormatsOf(area);
      default:
        throw new Error(`Excel fake: Range.${name} is not modelled`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  get values(): FakeCellValue[][] {
    return this.get("values");
  }
  set values(values: FakeCellValue[][]) {
    this.write(values, false);
  }
  get formulas(): FakeCellValue[][] {
    return this.get("formulas");
  }
  set formulas(formulas: FakeCellValue[][]) {
    this.write(formulas, true);
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.ctx.enqueue(() => {
      this.target.assertWritable();
      const area = this.area();
      const sheet = this.sheetRef();
      for (let r = 0; r < area.rows; r++)
        for (let c = 0; c < area.columns; c++)
          sheet.cellForWrite(area.top + r, area.left + c).numberFormat = formats[r]?.[c] ?? "General";
    });
  }

  /** The A1 address without the sheet, resolved now (inside a sync), for proxies that take a range. */
  addressAtSync(): string {
    return areaAddress(this.area());
  }

  private write(values: FakeCellValue[][], asFormulas: boolean): void {
    this.ctx.enqueue(() => {
      this.target.assertWritable();
      const area = this.area();
      if (values.length !== area.rows || values.some((row) => row.length !== area.columns))
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${area.rows}×${area.columns}).`,
        );
      this.ctx.countWrittenCells(area.rows * area.columns);
      this.sheetRef().setValues(area, values, asFormulas);
    });
  }

  /** Sub-range relative to this one (0-based). */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetRef, () => {
      const area = this.area();
      return { top: area.top + row, left: area.left + column, rows: 1, columns: 1 };
    });
  }

  getRow(row: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetRef, () => {
      const area = this.area();
      return { top: area.top + row, left: area.left, rows: 1, columns: area.columns };
    });
  }

  /** Rows `first`..`first+count-1` of this range (helper with the same result as getOffsetRange/getResizedRange). */
  getRowsSlice(first: number, count: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetRef, () => {
      const area = this.area();
      return { top: area.top + first, left: area.left, rows: count, columns: area.columns };
    });
  }

  /** Overlap with another range of the same sheet; null object when they do not overlap. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(
      this.ctx,
      this.sheetRef,
      () => {
        const a = this.area();
        const b = other.area();
        const top = Math.max(a.top, b.top);
        const left = Math.max(a.left, b.left);
        const bottom = Math.min(a.top + a.rows, b.top + b.rows);
        const right = Math.min(a.left + a.columns, b.left + b.columns);
        return bottom > top && right > left ? { top, left, rows: bottom - top, columns: right - left } : null;
      },
      true,
    );
  }

  /**
   * The sheet's merged areas (ExcelApi 1.13), as one object whose `address` lists them
   * ("'S'!A2:A3, 'S'!C5:C6"); a null object when the sheet has none. Areas are not clipped to
   * this range (the fake's sheets are small).
   */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.ctx, this.sheetRef);
  }

  select(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheetRef();
      this.ctx.state.activeSheetId = sheet.id;
      this.ctx.state.selection = { sheetId: sheet.id, area: this.area() };
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.ctx.enqueue(() => {
      this.target.assertWritable();
      this.sheetRef().clear(this.area(), applyTo);
    });
  }
}

/** RangeAreas of merged cells: only `address` and `isNullObject` are modelled. */
export class FakeMergedAreas extends FakeClientObject {
  private nullChecked = false;
  private none = false;

  constructor(
    ctx: FakeRequestContext,
    private readonly sheetRef: SheetRef,
  ) {
    super(ctx);
    ctx.enqueue(() => {
      this.none = this.sheetRef().merges.length === 0;
      this.nullChecked = true;
    });
  }

  protected override isNullAtSync(): boolean {
    return this.sheetRef().merges.length === 0;
  }

  get isNullObject(): boolean {
    if (!this.nullChecked)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.none;
  }

  protected scalarProperties(): readonly string[] {
    return ["address"];
  }

  protected readProperty(name: string): unknown {
    if (name !== "address") throw new Error(`Excel fake: RangeAreas.${name} is not modelled`);
    const sheet = this.sheetRef();
    return sheet.merges.map((area) => `${quoteSheet(sheet.name)}!${area}`).join(", ");
  }

  get address(): string {
    return this.get("address");
  }
}
