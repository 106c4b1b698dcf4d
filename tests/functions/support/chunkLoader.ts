/**
 * What the built bundle needs from a page to load its lazy chunks (the EU tables): webpack finds
 * its public path from document.currentScript and loads a chunk by appending a <script> to
 * document.head. This stand-in serves those scripts from dist/ and records every address asked
 * for, so tests can check that nothing comes from anywhere but the add-in's own origin.
 */
import * as fs from "fs";
import * as path from "path";

export const ADDIN_ORIGIN = "https://localhost:3000";

interface ScriptElement {
  src: string;
  charset?: string;
  onload: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  parentNode: null;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
}

export interface ChunkDocument {
  document: Record<string, unknown>;
  /** Every script address the bundle asked for, in order. */
  requested: string[];
}

/**
 * A document whose <script> elements run `dist/<path>` through `run` (the same realm as the
 * bundle) and then fire onload, asynchronously as a browser does.
 */
export function chunkDocument(
  distDir: string,
  run: (source: string, filename: string) => void,
): ChunkDocument {
  const requested: string[] = [];
  const script = (): ScriptElement => {
    const attributes = new Map<string, string>();
    return {
      src: "",
      onload: null,
      onerror: null,
      parentNode: null,
      setAttribute: (name, value) => void attributes.set(name, value),
      getAttribute: (name) => (name === "src" ? null : (attributes.get(name) ?? null)),
    };
  };
  const document = {
    currentScript: { tagName: "SCRIPT", src: `${ADDIN_ORIGIN}/functions.js` },
    getElementsByTagName: () => [],
    createElement: (tag: string) => {
      if (tag !== "script") throw new Error(`the bundle created a <${tag}>`);
      return script();
    },
    head: {
      appendChild: (element: ScriptElement) => {
        requested.push(element.src);
        setTimeout(() => {
          const url = new URL(element.src);
          const file = path.join(distDir, decodeURIComponent(url.pathname));
          if (url.origin !== ADDIN_ORIGIN || !fs.existsSync(file)) {
            element.onerror?.({ type: "error", target: element });
            return;
          }
          run(fs.readFileSync(file, "utf8"), `dist${url.pathname}`);
          element.onload?.({ type: "load", target: element });
        }, 0);
      },
    },
  };
  return { document, requested };
}
