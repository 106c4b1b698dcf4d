import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const CLI = path.join(ROOT, "build/node/src/cli/zcValidate.js");
export const CBAM_CLI = path.join(ROOT, "build/node/src/cli/zcCbam.js");
const BUILT = [CLI, CBAM_CLI];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Compiles the node build when the CLI is missing or older than its sources. */
export function ensureCliBuilt(): void {
  const sources = Math.max(...["src/cli", "src/core"].map((dir) => newestSource(path.join(ROOT, dir))));
  if (BUILT.every((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs >= sources)) return;
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.node.json"], { cwd: ROOT, stdio: "pipe" });
  } catch {
    // Type errors elsewhere in the project still emit JavaScript; only a missing CLI is fatal.
  }
  for (const file of BUILT)
    if (!fs.existsSync(file)) throw new Error(`The node build did not produce ${file}`);
}
