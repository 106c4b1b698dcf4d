/**
 * "Pure core, thin adapters" enforced by the tools: a file in src/core that imports Node, React,
 * Fluent, exceljs or an adapter, or reaches for Office, the DOM or the process, fails lint; the
 * core's own tsconfig (no DOM, Office, Node or jest types) fails its type check. Probes of both are
 * run here so the rules cannot silently disappear from the configuration.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");

/** Lints `code` as if it were the file `filePath` (relative to the repo); returns the rule ids hit. */
function lintAs(filePath: string, code: string): string[] {
  const script = `
    const { ESLint } = require("eslint");
    const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
    eslint.lintText(process.argv[1], { filePath: ${JSON.stringify(path.join(ROOT, filePath))} })
      .then((results) => process.stdout.write(JSON.stringify(results[0].messages.map((m) => m.ruleId))));
  `;
  const output = execFileSync(process.execPath, ["-e", script, code], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(output) as string[];
}

describe("src/core stays free of hosts and adapters", () => {
  const drift = [
    'import { readFileSync } from "fs";',
    'import { Button } from "@fluentui/react-components";',
    'import ExcelJS from "exceljs";',
    'import { readSheet } from "../../excel/readSheet";',
    "export const title = (): string => document.title + String(Office) + String(process.env.X);",
    "export const files = [readFileSync, Button, ExcelJS, readSheet];",
  ].join("\n");

  it("lint rejects Node, Fluent, exceljs, adapter imports and host globals in src/core", () => {
    const rules = lintAs("src/core/park/probe.ts", drift);
    expect(rules.filter((rule) => rule === "no-restricted-imports")).toHaveLength(4);
    expect(rules.filter((rule) => rule === "no-restricted-globals")).toHaveLength(3);
  });

  it("the same code is allowed in an adapter folder", () => {
    const rules = lintAs("src/cli/probe.ts", drift);
    expect(rules.filter((rule) => rule?.startsWith("no-restricted"))).toEqual([]);
  });

  it("the core's tsconfig has no DOM, Office or Node types", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zc-core-probe-"));
    try {
      writeFileSync(
        path.join(dir, "probe.ts"),
        "export const title: string = document.title + Office.context;\n",
      );
      writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({ extends: path.join(ROOT, "tsconfig.core.json"), include: [], files: ["probe.ts"] }),
      );
      const result = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", dir], {
        encoding: "utf8",
      });
      expect(result.status).not.toBe(0);
      expect(result.stdout).toContain("Cannot find name 'document'");
      expect(result.stdout).toContain("Cannot find name 'Office'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
