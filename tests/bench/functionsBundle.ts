/**
 * The BUILT custom functions, loaded as tests/functions/support/loadBundle.ts loads them:
 * dist/functions.js is evaluated with the stand-in runtime (CustomFunctions, Office) as its
 * globals and registers each function with CustomFunctions.associate; the bench calls what was
 * registered. One difference, on purpose: the bundle runs in this realm (vm.runInThisContext),
 * not a fresh vm context, because in Excel the runtime's arguments are objects of the bundle's own
 * realm; arrays from another realm make every call about twice as slow, which is the test
 * harness's cost, not Excel's.
 */
import * as fs from "fs";
import * as vm from "vm";
import { chunkDocument } from "../functions/support/chunkLoader";
import { installRuntime } from "../functions/support/customFunctionsStub";
import { DIST, distFile } from "./support/paths";

export type ExcelFunction = (...args: unknown[]) => unknown;

export function loadBuiltFunctions(displayLanguage = "en-US"): ReadonlyMap<string, ExcelFunction> {
  const source = fs.readFileSync(distFile("functions.js"), "utf8");
  const runtime = installRuntime(displayLanguage);
  const g = globalThis as Record<string, unknown>;
  g.window ??= globalThis;
  g.self ??= globalThis;
  // Lazy chunks (the EU tables) come from dist/ as a page would load them.
  g.document ??= chunkDocument(DIST, (code, filename) => vm.runInThisContext(code, { filename })).document;
  vm.runInThisContext(source, { filename: "dist/functions.js" });
  return runtime.associated;
}

export function builtFunction(functions: ReadonlyMap<string, ExcelFunction>, id: string): ExcelFunction {
  const fn = functions.get(id);
  if (!fn) throw new Error(`${id} is not associated by dist/functions.js`);
  return fn;
}
