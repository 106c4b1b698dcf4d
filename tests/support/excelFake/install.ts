/**
 * Puts the fake where the add-in looks: globalThis.Excel (run), globalThis.Office (onReady,
 * context.document.settings, displayLanguage, officeTheme) and OfficeExtension.Error.
 * `installExcelFake` replaces Office entirely (jest); `installExcelFakeInBrowser` leaves the real
 * office.js in charge of Office and only adds the document pieces it lacks outside Office.
 */
import { runBatch } from "./context";
import { FakeOfficeError } from "./errors";
import { type FakeOfficeContext, type FakeOfficeTheme, FakeSettings } from "./office";
import { FakeWorkbookState } from "./state";

export interface ExcelFakeOptions {
  displayLanguage?: string;
  officeTheme?: FakeOfficeTheme;
  /** Office.onReady host; "Excel" by default, null to simulate a page outside Office. */
  host?: "Excel" | null;
  /** Install Excel.run (default true); false with host null = plain browser. */
  withExcel?: boolean;
  /** Document settings the workbook already holds (as if saved by an earlier session). */
  settings?: Record<string, unknown>;
}

export interface ExcelFake {
  state: FakeWorkbookState;
  settings: FakeSettings;
  context: FakeOfficeContext;
  excel: { run: <T>(batch: (context: never) => Promise<T>) => Promise<T> };
  uninstall: () => void;
}

export function createExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const state = new FakeWorkbookState();
  const settings = new FakeSettings(options.settings);
  const context: FakeOfficeContext = {
    displayLanguage: options.displayLanguage ?? "en-US",
    officeTheme: options.officeTheme,
    document: { settings },
    requirements: { isSetSupported: () => true },
  };
  const excel = {
    run: <T>(batch: (ctx: never) => Promise<T>): Promise<T> =>
      runBatch(state, batch as unknown as Parameters<typeof runBatch<T>>[1]),
  };
  return { state, settings, context, excel, uninstall: () => undefined };
}

const officeEnums = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
};

/** jest: installs Excel, Office and OfficeExtension on globalThis; `uninstall()` restores them. */
export function installExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const fake = createExcelFake(options);
  const target = globalThis as Record<string, unknown>;
  const previous = { Excel: target.Excel, Office: target.Office, OfficeExtension: target.OfficeExtension };
  const host = options.host === undefined ? "Excel" : options.host;
  const office = {
    ...officeEnums,
    context: fake.context,
    onReady: (callback?: (info: { host: string | null; platform: string | null }) => void) => {
      const info = { host, platform: host ? "OfficeOnline" : null };
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  target.Office = office;
  if (options.withExcel !== false) target.Excel = fake.excel;
  target.OfficeExtension = { Error: FakeOfficeError };
  fake.uninstall = () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete target[key];
      else target[key] = value;
    }
  };
  return fake;
}

/**
 * Browser (e2e): installs Excel.run now and serves the fake's document, displayLanguage and
 * officeTheme through Office.context. office.js (1.1.110) defines `Office.context` itself as a getter
 * over its own app factory, so assigning onto it never reaches the app: window.Office is handed out
 * as a Proxy whose `context` is a view over the real one with the fake's pieces on top.
 * Must run before office.js (Playwright addInitScript).
 */
export function installExcelFakeInBrowser(options: ExcelFakeOptions = {}): ExcelFake {
  const fake = createExcelFake(options);
  const win = window as unknown as Record<string, unknown>;
  win.Excel = fake.excel;
  if (win.OfficeExtension === undefined) win.OfficeExtension = { Error: FakeOfficeError };

  const ownKeys = new Set<PropertyKey>(["document", "displayLanguage", "officeTheme"]);
  const contextView = (real: unknown): unknown =>
    new Proxy((real && typeof real === "object" ? real : {}) as object, {
      get: (target, key) =>
        ownKeys.has(key) ? fake.context[key as keyof FakeOfficeContext] : Reflect.get(target, key),
      has: (target, key) => ownKeys.has(key) || Reflect.has(target, key),
    });
  const officeView = (office: unknown): unknown =>
    office && typeof office === "object"
      ? new Proxy(office, {
          get: (target, key) =>
            key === "context" ? contextView(Reflect.get(target, key)) : Reflect.get(target, key),
        })
      : office;

  let view: unknown = officeView(win.Office);
  Object.defineProperty(window, "Office", {
    configurable: true,
    get: () => view,
    set: (next: unknown) => {
      view = officeView(next);
    },
  });
  return fake;
}
