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
  const settings = new FakeSettings();
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
 * Browser (e2e): installs Excel.run now and, whenever office.js assigns window.Office or its
 * context, adds the fake's document/displayLanguage/officeTheme (outside Office they are absent).
 * Must run before office.js (Playwright addInitScript).
 */
export function installExcelFakeInBrowser(options: ExcelFakeOptions = {}): ExcelFake {
  const fake = createExcelFake(options);
  const win = window as unknown as Record<string, unknown>;
  win.Excel = fake.excel;
  if (win.OfficeExtension === undefined) win.OfficeExtension = { Error: FakeOfficeError };

  const patchContext = (context: unknown): void => {
    if (!context || typeof context !== "object") return;
    for (const key of ["document", "displayLanguage", "officeTheme"] as const) {
      Object.defineProperty(context, key, {
        configurable: true,
        enumerable: true,
        get: () => fake.context[key],
        set: () => {
          // office.js must not replace the stand-in's values.
        },
      });
    }
  };
  const patchOffice = (office: unknown): void => {
    if (!office || typeof office !== "object") return;
    let context = (office as { context?: unknown }).context;
    patchContext(context);
    Object.defineProperty(office, "context", {
      configurable: true,
      enumerable: true,
      get: () => context,
      set: (next: unknown) => {
        context = next;
        patchContext(next);
      },
    });
  };
  let office: unknown = win.Office;
  patchOffice(office);
  Object.defineProperty(window, "Office", {
    configurable: true,
    get: () => office,
    set: (next: unknown) => {
      office = next;
      patchOffice(next);
    },
  });
  return fake;
}
