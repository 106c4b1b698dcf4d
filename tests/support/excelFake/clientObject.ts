/**
 * Base of the fake's proxy objects, with the Excel JS API's load/sync contract: `load()` queues a
 * read, `context.sync()` runs the queue, and reading a property that was not loaded and synced
 * throws PropertyNotLoaded (as Excel does), so tests catch a missing load.
 */
import { FakeOfficeError } from "./errors";
import type { FakeRequestContext } from "./context";

export type LoadSpec = string | readonly string[] | { select?: string | readonly string[] };

export function loadPaths(spec: LoadSpec | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  const raw =
    typeof spec === "string" || Array.isArray(spec) ? spec : (spec as { select?: string | string[] }).select;
  if (raw === undefined) return undefined;
  const list = typeof raw === "string" ? raw.split(",") : [...(raw as readonly string[])];
  return list.map((path) => path.trim()).filter((path) => path !== "");
}

export abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeRequestContext) {}

  /** Properties loaded by a bare `load()`. */
  protected abstract scalarProperties(): readonly string[];

  /** Current value of a scalar property, read from the workbook state at sync time. */
  protected abstract readProperty(name: string): unknown;

  /** Child proxy for "format/fill/color"-style paths. */
  protected navigation(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec) ?? [...this.scalarProperties()];
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0) own.push(head!);
      else nested.set(head!, [...(nested.get(head!) ?? []), rest.join("/")]);
    }
    for (const [head, subPaths] of nested) this.loadNested(head, subPaths);
    if (own.length > 0) {
      this.ctx.enqueue(() => {
        // Excel lets you load a null object's properties; they just stay unset.
        if (this.isNullAtSync()) return;
        for (const name of own) {
          const child = this.navigation(name);
          if (child) child.loadNow();
          else this.loaded.set(name, this.readProperty(name));
        }
      });
    }
    return this;
  }

  /** True for a *OrNullObject proxy that turned out null. */
  protected isNullAtSync(): boolean {
    return false;
  }

  /** Loads the scalar properties immediately (inside a sync), for `load("format")`. */
  loadNow(): void {
    for (const name of this.scalarProperties()) this.loaded.set(name, this.readProperty(name));
  }

  protected loadNested(head: string, subPaths: string[]): void {
    const child = this.navigation(head);
    if (!child) throw new Error(`Excel fake: no navigation property "${head}" on ${this.constructor.name}`);
    child.load(subPaths);
  }

  /** Value of a loaded property; throws like Excel when it was not loaded and synced. */
  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }
}
