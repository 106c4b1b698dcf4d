/** Shared set-up for component tests: the Excel fake with the sample sheet, and the App. */
import { TextDecoder, TextEncoder } from "util";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  type ExcelFake,
  type ExcelFakeOptions,
  addSampleParkSheet,
  installExcelFake,
} from "../support/excelFake";

// jsdom lacks these; Fluent and React may touch them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

export function setUpFake(options: ExcelFakeOptions = {}): ExcelFake {
  const fake = installExcelFake(options);
  addSampleParkSheet(fake.state);
  return fake;
}

export async function renderApp(inExcel = true) {
  // Imported after the fake is installed: the app reads Office settings on first render.
  const { App } = await import("../../src/taskpane/shell/App");
  const { officeExcel } = await import("../../src/taskpane/shell/paneExcel");
  const user = userEvent.setup();
  const view = render(<App inExcel={inExcel} excel={officeExcel} />);
  return { user, ...view };
}

/** An element's text with whitespace collapsed (jest-dom is not installed). */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}
