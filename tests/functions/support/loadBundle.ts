/**
 * Loads the BUILT custom functions the way Excel's shared runtime does: dist/functions.js runs in
 * a fresh vm context whose globals are the stand-in runtime (CustomFunctions, Office); the bundle
 * registers each function with CustomFunctions.associate. Metadata comes from dist/functions.json
 * and dist/functions.zh-CN.json. Chunks the bundle loads on first use (the EU tables) are served
 * from dist/ into the same context (support/chunkLoader.ts).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { chunkDocument } from "./chunkLoader";
import { createRuntime, type Runtime } from "./customFunctionsStub";

export const DIST = path.resolve(__dirname, "../../../dist");

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result?: { dimensionality?: string; type?: string; description?: string };
}

export interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  return file;
}

export function readMetadata(name = "functions.json"): Metadata {
  return JSON.parse(fs.readFileSync(distFile(name), "utf8")) as Metadata;
}

export interface LoadedBundle extends Runtime {
  /** Calls an associated function by id. */
  call: (id: string, ...args: unknown[]) => unknown;
  /** Script addresses the bundle asked for after it loaded (its lazy chunks). */
  requestedScripts: string[];
}

export function loadBundle(displayLanguage = "en-US"): LoadedBundle {
  const source = fs.readFileSync(distFile("functions.js"), "utf8");
  const runtime = createRuntime(displayLanguage);
  const context: Record<string, unknown> = {
    CustomFunctions: runtime.CustomFunctions,
    Office: runtime.Office,
    console,
  };
  context.window = context;
  context.self = context;
  context.globalThis = context;
  context.setTimeout = setTimeout;
  context.clearTimeout = clearTimeout;
  vm.createContext(context);
  const chunks = chunkDocument(DIST, (code, filename) => vm.runInContext(code, context, { filename }));
  context.document = chunks.document;
  vm.runInContext(source, context, { filename: "dist/functions.js" });
  return {
    ...runtime,
    requestedScripts: chunks.requested,
    call: (id, ...args) => {
      const fn = runtime.associated.get(id);
      if (!fn) throw new Error(`${id} is not associated`);
      return fn(...args);
    },
  };
}
