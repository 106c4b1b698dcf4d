/** Worksheet and worksheet-collection proxies. */
import { parseArea } from "./address";
import { FakeClientObject, type LoadSpec, loadPaths } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeRange } from "./range";
import { type FakeSheetState, WHOLE_SHEET } from "./state";
import { FakeChartCollection } from "./quoteCharts";
import { FakeTableCollection } from "./tables";

class FakeWorksheetProtection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheetRef: () => FakeSheetState,
  ) {
    super(ctx);
  }
  protected scalarProperties(): readonly string[] {
    return ["protected"];
  }
  protected readProperty(): unknown {
    return this.sheetRef().protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorksheet extends FakeClientObject {
  readonly protection: FakeWorksheetProtection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  private resolved: FakeSheetState | null | undefined;
  private nullChecked = false;

  constructor(
    ctx: FakeRequestContext,
    private readonly sheetRef: () => FakeSheetState | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.protection = new FakeWorksheetProtection(ctx, () => this.sheet());
    this.tables = new FakeTableCollection(ctx, () => this.sheet());
    this.charts = new FakeChartCollection(ctx, () => this.sheet());
    if (nullable)
      ctx.enqueue(() => {
        this.resolved = this.sheetRef();
        this.nullChecked = true;
      });
  }

  /** Pre-loaded proxy for collection items. */
  static loadedItem(ctx: FakeRequestContext, sheet: FakeSheetState, names: readonly string[]): FakeWorksheet {
    const item = new FakeWorksheet(ctx, () => sheet);
    for (const name of names) item.loaded.set(name, item.readProperty(name));
    return item;
  }

  sheet(): FakeSheetState {
    if (this.resolved === undefined) this.resolved = this.sheetRef();
    if (this.resolved === null)
      throw new FakeOfficeError("ItemNotFound", "The requested worksheet does not exist.");
    if (!this.ctx.state.sheets.includes(this.resolved))
      throw new FakeOfficeError("ItemNotFound", "The worksheet has been deleted.");
    return this.resolved;
  }

  protected override isNullAtSync(): boolean {
    if (!this.nullable) return false;
    if (this.resolved === undefined) this.resolved = this.sheetRef();
    return this.resolved === null;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (!this.nullChecked)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.resolved === null;
  }

  protected scalarProperties(): readonly string[] {
    return ["name", "id", "visibility", "position"];
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "protection" ? this.protection : name === "tables" ? this.tables : undefined;
  }
  protected readProperty(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.ctx.state.sheets.indexOf(sheet);
      default:
        throw new Error(`Excel fake: Worksheet.${name} is not modelled`);
    }
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.ctx.enqueue(() => {
      const clash = this.ctx.state.findSheet(name);
      if (clash && clash !== this.sheet())
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      this.sheet().name = name;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get position(): number {
    return this.get("position");
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.activeSheetId = this.sheet().id;
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      const state = this.ctx.state;
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0]?.id ?? null;
      if (state.selection?.sheetId === sheet.id) state.selection = null;
    });
  }

  getRange(address?: string): FakeRange {
    const area = address === undefined ? WHOLE_SHEET : parseArea(address);
    return new FakeRange(
      this.ctx,
      () => this.sheet(),
      () => area,
    );
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.sheet(),
      () => ({ top: row, left: column, rows: rowCount, columns: columnCount }),
    );
  }

  getUsedRange(valuesOnly = false): FakeRange {
    // An empty sheet's used range is A1 in Excel.
    return new FakeRange(
      this.ctx,
      () => this.sheet(),
      () => this.sheet().usedArea(valuesOnly) ?? parseArea("A1"),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.sheet(),
      () => this.sheet().usedArea(valuesOnly),
      true,
    );
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  constructor(ctx: FakeRequestContext) {
    super(ctx);
  }
  protected scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected readProperty(): unknown {
    return this.itemsWith(["name", "id", "visibility", "position"]);
  }
  private itemsWith(names: readonly string[]): FakeWorksheet[] {
    return this.ctx.state.sheets.map((sheet) => FakeWorksheet.loadedItem(this.ctx, sheet, names));
  }
  override load(spec?: LoadSpec): this {
    const paths = loadPaths(spec) ?? ["items"];
    const itemProps = paths
      .filter((path) => path.startsWith("items/"))
      .map((path) => path.slice("items/".length));
    const wantsItems = paths.includes("items") || itemProps.length > 0;
    if (wantsItems) {
      const names = itemProps.length > 0 ? itemProps : ["name", "id", "visibility", "position"];
      this.ctx.enqueue(() => this.loaded.set("items", this.itemsWith(names)));
    }
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.activeSheet);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.state.findSheet(name);
      if (!sheet)
        throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${name}.`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.findSheet(name) ?? null, true);
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheetState | undefined;
    this.ctx.enqueue(() => {
      const state = this.ctx.state;
      const sheetName = name ?? `Sheet${state.sheets.length + 1}`;
      if (state.findSheet(sheetName))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${sheetName} already exists.`);
      if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName))
        throw new FakeOfficeError("InvalidArgument", `Not a valid sheet name: ${sheetName}`);
      created = state.addSheet(sheetName);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "The sheet was not created.");
      return created;
    });
  }
}
