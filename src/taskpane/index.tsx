/**
 * Task pane entry. A help address (taskpane.html?help=ID, what Excel opens in a browser from a
 * custom function's help link) renders the function help, inside or outside Office. Otherwise it
 * waits for Office, then renders the app; outside Excel (no Excel API, e.g. the page opened in a
 * browser, or office.js blocked) it renders a notice instead of failing.
 */
import type { ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { isExcelAvailable, officeDisplayLanguage } from "../excel";
import { App } from "./shell/App";
import { officeExcel } from "./shell/paneExcel";
import { FunctionHelpPage } from "./help/FunctionHelpPage";
import { isHelpRequest } from "./help/helpRoute";

/** How long the help page waits for office.js before it picks a language without it. */
const HELP_OFFICE_WAIT_MS = 3000;

function render(element: ReactElement): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(element);
}

function mount(inExcel: boolean): void {
  render(<App inExcel={inExcel} excel={officeExcel} />);
}

function officeReady(): Promise<Office.HostType | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(null);
  return Office.onReady().then(
    (info) => info.host ?? null,
    () => null,
  );
}

function startHelp(): void {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), HELP_OFFICE_WAIT_MS));
  void Promise.race([officeReady(), timeout]).then((host) =>
    render(
      <FunctionHelpPage
        // Office's language only counts inside Office: in a browser, the browser's own.
        officeLanguage={host ? officeDisplayLanguage() : undefined}
        browserLanguage={typeof navigator === "undefined" ? undefined : navigator.language}
      />,
    ),
  );
}

function start(): void {
  if (isHelpRequest(window.location.search)) {
    startHelp();
    return;
  }
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    mount(false);
    return;
  }
  Office.onReady()
    .then((info) => mount(info.host === Office.HostType.Excel || isExcelAvailable()))
    .catch(() => mount(false));
}

start();
