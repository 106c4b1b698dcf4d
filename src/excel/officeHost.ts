/** What the add-in needs to know about its host, read defensively (office.js may be absent). */

/** True when Excel's API can be called: inside Excel, or with a stand-in that provides Excel.run. */
export function isExcelAvailable(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

function officeContext(): Office.Context | undefined {
  return typeof Office === "undefined" ? undefined : (Office.context as Office.Context | undefined);
}

/** Office's UI language tag ("zh-CN", "en-US"), or undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  return officeContext()?.displayLanguage ?? undefined;
}

/** Office's theme colours when the host reports them. */
export function officeTheme(): Office.OfficeTheme | undefined {
  try {
    return officeContext()?.officeTheme ?? undefined;
  } catch {
    // Some hosts throw when the theme API is not supported.
    return undefined;
  }
}

export function documentSettings(): Office.Settings | undefined {
  return officeContext()?.document?.settings ?? undefined;
}
