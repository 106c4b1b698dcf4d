/**
 * The fake's workbook state: sheets with sparse cells (value, formula, fill, number format, bold),
 * the active sheet and the selection, hidden rows, protection and tables. Plain data, no proxies:
 * tests arrange and assert through these methods; the add-in reaches it only through the
 * Excel-API-shaped proxies (see context.ts).
 */
import { type Area, MAX_COLUMNS, MAX_ROWS, areaAddress, parseArea } from "./address";

export type FakeCellValue = string | number | boolean;

export interface FakeCell {
  value: FakeCellValue;
  /** Formula text ("=B6+B7"), or undefined for a constant. */
  formula?: string;
  /** Fill colour "#RRGGBB"; undefined = no fill (Excel reports "#FFFFFF" with pattern "None"). */
  fill?: string;
  numberFormat?: string;
  bold?: boolean;
}

export interface FakeTableState {
  id: string;
  name: string;
  area: Area;
  hasHeaders: boolean;
}

/** A chart as charts.add made it; addresses are the sheet's A1 ranges. */
export interface FakeChartState {
  id: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  /** Category (x) values of the first series, when set with setXAxisValues. */
  xAxisValues?: string;
  position?: { from: string; to: string };
}

export class FakeSheetState {
  readonly cells = new Map<string, FakeCell>();
  readonly hiddenRows = new Set<number>();
  readonly tables: FakeTableState[] = [];
  readonly charts: FakeChartState[] = [];
  /** Merged areas ("A2:A3"), as Range.getMergedAreasOrNullObject reports them. */
  readonly merges: string[] = [];
  protected = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Columns autofitted (recorded only, no widths are modelled). */
  autofitCount = 0;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  static key(row: number, column: number): string {
    return `${row},${column}`;
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(FakeSheetState.key(row, column));
  }

  /** Cell for writing (created blank when absent). */
  cellForWrite(row: number, column: number): FakeCell {
    const key = FakeSheetState.key(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Bounding box of the cells holding a value or formula (formats alone do not count, as valuesOnly). */
  usedArea(valuesOnly = false): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const hasContent = cell.value !== "" || cell.formula !== undefined;
      const hasFormat = cell.fill !== undefined || cell.bold === true || cell.numberFormat !== undefined;
      if (!hasContent && (valuesOnly || !hasFormat)) continue;
      const [row, column] = key.split(",").map(Number) as [number, number];
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (bottom < 0) return null;
    return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** 2D values of an area ("" for blanks), as range.values. */
  valuesOf(area: Area): FakeCellValue[][] {
    return this.grid(area, (cell) => cell?.value ?? "");
  }

  formulasOf(area: Area): FakeCellValue[][] {
    return this.grid(area, (cell) => cell?.formula ?? cell?.value ?? "");
  }

  numberFormatsOf(area: Area): string[][] {
    return this.grid(area, (cell) => cell?.numberFormat ?? "General");
  }

  grid<T>(area: Area, read: (cell: FakeCell | undefined) => T): T[][] {
    const rows: T[][] = [];
    for (let r = 0; r < area.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < area.columns; c++) row.push(read(this.cell(area.top + r, area.left + c)));
      rows.push(row);
    }
    return rows;
  }

  /** Writes a 2D block of constants or formulas ("=..." strings become formulas with value 0). */
  setValues(area: Area, values: readonly (readonly FakeCellValue[])[], asFormulas = false): void {
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.columns; c++) {
        const incoming = values[r]?.[c] ?? "";
        const cell = this.cellForWrite(area.top + r, area.left + c);
        if (asFormulas && typeof incoming === "string" && incoming.startsWith("=")) {
          cell.formula = incoming;
        } else {
          cell.value = incoming;
          delete cell.formula;
        }
      }
    }
  }

  /** Calls `visit` for every stored cell inside the area (sparse: a whole-sheet area is cheap). */
  forEachStored(area: Area, visit: (cell: FakeCell, row: number, column: number) => void): void {
    for (const [key, cell] of this.cells) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      if (
        row >= area.top &&
        row < area.top + area.rows &&
        column >= area.left &&
        column < area.left + area.columns
      )
        visit(cell, row, column);
    }
  }

  clear(area: Area, applyTo: "All" | "Formats" | "Contents"): void {
    this.forEachStored(area, (cell, row, column) => {
      if (applyTo !== "Formats") {
        cell.value = "";
        delete cell.formula;
      }
      if (applyTo !== "Contents") {
        delete cell.fill;
        delete cell.bold;
        delete cell.numberFormat;
      }
      if (
        cell.value === "" &&
        cell.formula === undefined &&
        cell.fill === undefined &&
        !cell.bold &&
        !cell.numberFormat
      )
        this.cells.delete(FakeSheetState.key(row, column));
    });
  }
}

export const WHOLE_SHEET: Area = { top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };

export class FakeWorkbookState {
  readonly sheets: FakeSheetState[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; area: Area } | null = null;
  /** Number of context.sync() calls (including the implicit one at the end of Excel.run). */
  syncCount = 0;
  /** Loaded cells per property allowed in one sync before ResponsePayloadSizeLimitExceeded. */
  responseCellLimit = 1_000_000;
  private nextId = 1;
  private pendingFailure: { code: string; message: string } | null = null;

  /**
   * Adds a sheet with `values` from `origin` (A1 by default). `formulas` (same shape) marks formula
   * cells ("=B6+B7"); the fake does not calculate, so `values` holds their results.
   */
  addSheet(
    name: string,
    values?: readonly (readonly FakeCellValue[])[],
    options: { origin?: string; formulas?: readonly (readonly FakeCellValue[])[] } = {},
  ): FakeSheetState {
    if (this.findSheet(name)) throw new Error(`The fake already has a sheet named ${name}`);
    const sheet = new FakeSheetState(`{fake-sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    if (values && values.length > 0) {
      const start = parseArea(options.origin ?? "A1");
      const columns = values.reduce((widest, row) => Math.max(widest, row.length), 0); // no spread: 10^5+ rows overflow the stack
      sheet.setValues({ top: start.top, left: start.left, rows: values.length, columns }, values);
      options.formulas?.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (typeof formula === "string" && formula.startsWith("="))
            sheet.cellForWrite(start.top + r, start.left + c).formula = formula;
        }),
      );
    }
    return sheet;
  }

  findSheet(name: string): FakeSheetState | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  sheet(name: string): FakeSheetState {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`The fake has no sheet named ${name}`);
    return sheet;
  }

  sheetById(id: string): FakeSheetState | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  get activeSheet(): FakeSheetState {
    const sheet = this.activeSheetId ? this.sheetById(this.activeSheetId) : undefined;
    if (!sheet) throw new Error("The fake workbook has no sheets");
    return sheet;
  }

  activate(name: string): void {
    this.activeSheetId = this.sheet(name).id;
  }

  /** Sets the selection (and activates its sheet), e.g. select("Sheet1", "B3:E10"). */
  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, area: parseArea(address) };
  }

  /** "Sheet!B5" style description of the selection, for assertions. */
  get selectionAddress(): string | null {
    if (!this.selection) return null;
    const sheet = this.sheetById(this.selection.sheetId);
    return sheet ? `${sheet.name}!${areaAddress(this.selection.area)}` : null;
  }

  /** Makes the next sync reject with this Office error code (e.g. cell edit mode). */
  failNextSync(code: string, message = `Simulated ${code}`): void {
    this.pendingFailure = { code, message };
  }

  /** Used by the request context: the simulated failure, once. */
  takePendingFailure(): { code: string; message: string } | null {
    const failure = this.pendingFailure;
    this.pendingFailure = null;
    return failure;
  }

  newId(prefix: string): string {
    return `{fake-${prefix}-${this.nextId++}}`;
  }
}
