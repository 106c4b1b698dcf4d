/**
 * Minimal tables (for the quote builder): worksheet.tables.add(address, hasHeaders), table name,
 * getRange / getHeaderRowRange / getDataBodyRange, rows.add(index, values), columns.items/name.
 * Extend here when the add-in needs more (e.g. table styles): add the property to the proxy and
 * the state to FakeTableState.
 */
import { type Area, parseArea } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeRange, type SheetRef } from "./range";
import type { FakeCellValue, FakeTableState } from "./state";

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
