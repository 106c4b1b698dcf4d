/** Where things are, whether the bench runs compiled (build/node/tests/bench) or under jest (tests/bench). */
import * as fs from "fs";
import * as path from "path";

/** The repository root: the nearest folder above this file that holds package.json. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "webpack.config.js"))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}

export const ROOT = repoRoot();
export const DIST = path.join(ROOT, "dist");
export const RESULTS_FILE = path.join(ROOT, "build", "bench-results.json");

export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  return file;
}
