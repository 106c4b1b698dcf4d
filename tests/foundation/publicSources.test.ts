/**
 * What users read cites public sources only: every data module whose text reaches a tooltip, the
 * report sheet, the help page or the CLI JSON (standards, indicators, profiles, TEDI rules, CBAM
 * tables), the UI strings and the functions' help. Internal working files (the seeds, the spec's
 * markdown files) may be named in code comments, never in these texts.
 */
import { readFileSync, readdirSync } from "fs";
import path from "path";
import * as cbamData from "../../src/core/cbam";
import * as park from "../../src/core/park";
import * as tedi from "../../src/core/tedi";
import { uiStrings } from "../../src/i18n";
import { FUNCTION_EXAMPLES } from "../../src/taskpane/help/examples";

const INTERNAL = /seed\s*0\d\d|\b[\w-]+\.md\b|shared\/(spec|seeds|eu-cbam)|spec\s*§|§\s*\d/i;

/** Every string reachable from `value`, with the path that leads to it. */
function strings(value: unknown, at: string, seen = new Set<unknown>()): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${at}.${key}`, seen));
}

const leaks = (pairs: [string, string][]) => pairs.filter(([, text]) => INTERNAL.test(text));

describe("user-visible text names public sources only", () => {
  it("the park, TEDI and CBAM data", () => {
    const pairs = [...strings(park, "park"), ...strings(tedi, "tedi"), ...strings(cbamData, "cbam")];
    expect(pairs.length).toBeGreaterThan(500);
    expect(leaks(pairs)).toEqual([]);
  });

  it("the task pane's strings in both languages and the help page's examples", () => {
    expect(
      leaks([
        ...strings(uiStrings("en"), "en"),
        ...strings(uiStrings("zh"), "zh"),
        ...strings(FUNCTION_EXAMPLES, "examples"),
      ]),
    ).toEqual([]);
  });

  it("the functions' help in both languages", () => {
    const functionsDir = path.resolve(__dirname, "../../src/functions");
    const docComments =
      readFileSync(path.join(functionsDir, "functions.ts"), "utf8").match(/\/\*\*[\s\S]*?\*\//g) ?? [];
    const zh = JSON.parse(readFileSync(path.join(functionsDir, "functions.zh-CN.json"), "utf8")) as unknown;
    expect(docComments.length).toBeGreaterThan(5);
    expect(
      leaks([...docComments.map((c, i): [string, string] => [`jsdoc ${i}`, c]), ...strings(zh, "zh")]),
    ).toEqual([]);
    expect(readdirSync(functionsDir)).toContain("functions.ts");
  });
});
