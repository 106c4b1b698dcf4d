/**
 * Task pane entry. Waits for Office, then renders the app; outside Excel (no Excel API, e.g. the
 * page opened in a browser, or office.js blocked) it renders a notice instead of failing.
 */
import { createRoot } from "react-dom/client";
import { isExcelAvailable } from "../excel";
import { App } from "./App";

function mount(inExcel: boolean): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<App inExcel={inExcel} />);
}

function start(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    mount(false);
    return;
  }
  Office.onReady()
    .then((info) => mount(info.host === Office.HostType.Excel || isExcelAvailable()))
    .catch(() => mount(false));
}

start();
