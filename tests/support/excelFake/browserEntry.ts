/**
 * Browser build of the fake for the e2e test (bundled by tests/e2e with webpack, injected with
 * Playwright's addInitScript before office.js and the app): the sample workbook, and
 * window.__excelFake so the test can read the workbook back.
 */
import { areaAddress, parseArea } from "./address";
import { type ExcelFakeOptions, installExcelFakeInBrowser } from "./install";
import { addSampleParkSheet } from "./sampleWorkbook";

// A test sets window.__excelFakeOptions in an earlier init script (Excel's language, saved settings).
const requested = (window as unknown as { __excelFakeOptions?: ExcelFakeOptions }).__excelFakeOptions;
const fake = installExcelFakeInBrowser({ displayLanguage: "en-US", ...requested });
addSampleParkSheet(fake.state);

const inspector = {
  sheetNames: (): string[] => fake.state.sheets.map((sheet) => sheet.name),
  /** Used-range values of a sheet ("" for blanks), or null when there is no such sheet. */
  usedValues: (name: string): (string | number | boolean)[][] | null => {
    const sheet = fake.state.findSheet(name);
    const area = sheet?.usedArea(true);
    return sheet && area ? sheet.valuesOf(area) : null;
  },
  usedAddress: (name: string): string | null => {
    const area = fake.state.findSheet(name)?.usedArea(true);
    return area ? areaAddress(area) : null;
  },
  selection: (): string | null => fake.state.selectionAddress,
  /** Settings as the document last saved them. */
  savedSettings: (): Record<string, unknown> => Object.fromEntries(fake.settings.saved),
  syncCount: (): number => fake.state.syncCount,
  /** Formulas (or constants) of a block, e.g. formulas("ZC Quote", "A21:P22"); null without the sheet. */
  formulas: (name: string, address: string): (string | number | boolean)[][] | null =>
    fake.state.findSheet(name)?.formulasOf(parseArea(address)) ?? null,
  tables: (): { sheet: string; name: string; address: string }[] =>
    fake.state.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => ({
        sheet: sheet.name,
        name: table.name,
        address: areaAddress(table.area),
      })),
    ),
  charts: (name: string) => fake.state.findSheet(name)?.charts.map((chart) => ({ ...chart })) ?? [],
};

(window as unknown as { __excelFake: typeof inspector }).__excelFake = inspector;
