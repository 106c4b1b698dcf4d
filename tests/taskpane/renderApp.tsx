/** Shared set-up for component tests: the Excel fake with the sample sheet, and the App. */
import { renderInJsdom } from "../support/dom/renderInJsdom";
import {
  type ExcelFake,
  type ExcelFakeOptions,
  addSampleParkSheet,
  installExcelFake,
} from "../support/excelFake";

export function setUpFake(options: ExcelFakeOptions = {}): ExcelFake {
  const fake = installExcelFake(options);
  addSampleParkSheet(fake.state);
  return fake;
}

export async function renderApp(inExcel = true) {
  // Imported after the fake is installed: the app reads Office settings on first render.
  const { App } = await import("../../src/taskpane/shell/App");
  const { officeExcel } = await import("../../src/taskpane/shell/paneExcel");
  return renderInJsdom(<App inExcel={inExcel} excel={officeExcel} />);
}

/** An element's text with whitespace collapsed (jest-dom is not installed). */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}
