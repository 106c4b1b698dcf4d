/** Office.context pieces the add-in uses: document settings (with saveAsync), displayLanguage, officeTheme. */

export interface FakeAsyncResult {
  status: "succeeded" | "failed";
  error?: { message: string };
}

export class FakeSettings {
  private readonly current = new Map<string, unknown>();
  /** What the last saveAsync persisted (what a reopened document would see). */
  readonly saved = new Map<string, unknown>();
  saveCount = 0;
  failNextSave = false;

  /** `initial`: settings already saved in the document. */
  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) {
      this.current.set(key, structuredCloneSafe(value));
      this.saved.set(key, structuredCloneSafe(value));
    }
  }

  get(name: string): unknown {
    // Office returns null for an unknown setting.
    return this.current.has(name) ? structuredCloneSafe(this.current.get(name)) : null;
  }
  set(name: string, value: unknown): void {
    this.current.set(name, structuredCloneSafe(value));
  }
  remove(name: string): void {
    this.current.delete(name);
  }
  saveAsync(optionsOrCallback?: unknown, callback?: (result: FakeAsyncResult) => void): void {
    const done = (typeof optionsOrCallback === "function" ? optionsOrCallback : callback) as
      ((result: FakeAsyncResult) => void) | undefined;
    const fail = this.failNextSave;
    this.failNextSave = false;
    setTimeout(() => {
      if (fail) {
        done?.({ status: "failed", error: { message: "Simulated save failure" } });
        return;
      }
      this.saveCount++;
      this.saved.clear();
      for (const [key, value] of this.current) this.saved.set(key, structuredCloneSafe(value));
      done?.({ status: "succeeded" });
    }, 0);
  }
}

// Settings are JSON in Office: keep copies so tests cannot share mutable state with the add-in.
function structuredCloneSafe<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export interface FakeOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
}

export interface FakeOfficeContext {
  displayLanguage: string;
  officeTheme?: FakeOfficeTheme;
  document: { settings: FakeSettings };
  requirements: { isSetSupported: (name: string, version?: string) => boolean };
}
