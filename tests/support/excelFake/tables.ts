/**
 * Minimal tables (for the quote builder): worksheet.tables.add(address, hasHeaders), table name
 * (read and set, unique in the workbook), worksheet, getRange / getHeaderRowRange /
 * getDataBodyRange, rows.add(index, values), columns.items/name, workbook.tables (items, getItem).
 * Extend here when the add-in needs more (e.g. table styles): add the property to the proxy and
 * the state to FakeTableState.
 */
import { type Area, parseArea } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeRange, type SheetRef } from "./range";
import type { FakeCellValue, FakeSheetState, FakeTableState } from "./state";
import { FakeWorksheet } from "./worksheet";

export class FakeTable extends FakeClientObject {
  readonly rows: { add: (index: number | null | undefined, values: FakeCellValue[][]) => void };
  readonly columns: FakeTableColumns;

  constructor(
    ctx: FakeRequestContext,
    private readonly sheetRef: SheetRef,
    private readonly tableRef: () => FakeTableState,
  ) {
    super(ctx);
    this.rows = {
      add: (_index, values) =>
        ctx.enqueue(() => {
          const table = this.tableRef();
          const sheet = this.sheetRef();
          if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
          const at = table.area.top + table.area.rows;
          sheet.setValues(
            { top: at, left: table.area.left, rows: values.length, columns: table.area.columns },
            values,
          );
          table.area = { ...table.area, rows: table.area.rows + values.length };
        }),
    };
    this.columns = new FakeTableColumns(ctx, sheetRef, tableRef);
  }
  protected scalarProperties(): readonly string[] {
    return ["name", "id"];
  }
  protected readProperty(name: string): unknown {
    const table = this.tableRef();
    if (name === "name") return table.name;
    if (name === "id") return table.id;
    throw new Error(`Excel fake: Table.${name} is not modelled`);
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "columns" ? this.columns : undefined;
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.ctx.enqueue(() => {
      const table = this.tableRef();
      const clash = this.ctx.state.sheets
        .flatMap((sheet) => sheet.tables)
        .find((other) => other !== table && other.name.toLowerCase() === name.toLowerCase());
      if (clash) throw new FakeOfficeError("ItemAlreadyExists", `A table named ${name} already exists.`);
      table.name = name;
    });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheetRef);
  }
  /** Pre-loaded proxy for collection items. */
  static loadedItem(ctx: FakeRequestContext, sheet: FakeSheetState, table: FakeTableState): FakeTable {
    const item = new FakeTable(
      ctx,
      () => sheet,
      () => table,
    );
    item.loaded.set("name", table.name);
    item.loaded.set("id", table.id);
    return item;
  }
  get id(): string {
    return this.get("id");
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.sheetRef, () => this.tableRef().area);
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, this.sheetRef, () => ({ ...this.tableRef().area, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, this.sheetRef, () => {
      const area = this.tableRef().area;
      return { ...area, top: area.top + 1, rows: area.rows - 1 };
    });
  }
}

class FakeTableColumns extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheetRef: SheetRef,
    private readonly tableRef: () => FakeTableState,
  ) {
    super(ctx);
  }
  protected scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected readProperty(): unknown {
    const table = this.tableRef();
    const header = this.sheetRef().valuesOf({ ...table.area, rows: 1 })[0] ?? [];
    return header.map((name) => ({ name: String(name) }));
  }
  protected override loadNested(head: string): void {
    if (head !== "items") throw new Error(`Excel fake: TableColumnCollection.${head} is not modelled`);
    this.load("items");
  }
  get items(): { name: string }[] {
    return this.get("items");
  }
}

export class FakeTableCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheetRef: SheetRef,
  ) {
    super(ctx);
  }
  protected scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected readProperty(): unknown {
    return this.sheetRef().tables.length;
  }
  get count(): number {
    return this.get("count");
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: FakeTableState | undefined;
    const area: Area = parseArea(address);
    this.ctx.enqueue(() => {
      const sheet = this.sheetRef();
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      const all = this.ctx.state.sheets.flatMap((s) => s.tables);
      created = { id: this.ctx.state.newId("table"), name: `Table${all.length + 1}`, area, hasHeaders };
      sheet.tables.push(created);
    });
    return new FakeTable(this.ctx, this.sheetRef, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "The table was not created yet.");
      return created;
    });
  }
}

/** workbook.tables: every table of the workbook (items with name and id), getItem(name). */
export class FakeWorkbookTableCollection extends FakeClientObject {
  protected scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected readProperty(): unknown {
    return this.ctx.state.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => FakeTable.loadedItem(this.ctx, sheet, table)),
    );
  }
  protected override loadNested(head: string): void {
    if (head !== "items") throw new Error(`Excel fake: TableCollection.${head} is not modelled`);
    this.load("items");
  }
  get items(): FakeTable[] {
    return this.get("items");
  }
  getItem(name: string): FakeTable {
    const find = () => {
      for (const sheet of this.ctx.state.sheets) {
        const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
        if (table) return { sheet, table };
      }
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: table ${name}.`);
    };
    return new FakeTable(
      this.ctx,
      () => find().sheet,
      () => find().table,
    );
  }
}
