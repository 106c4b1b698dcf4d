/**
 * Part 4: minified and gzipped sizes of dist/functions.js and dist/taskpane.js against their
 * budgets, and where the bytes come from: the bundle's source map attributes every generated
 * character to a source file, grouped here by package (node_modules/<name>) or src/ folder.
 */
import * as fs from "fs";
import * as zlib from "zlib";
import { distFile } from "./support/paths";

export interface Contributor {
  name: string;
  minifiedKiB: number;
  share: number;
}

export interface BundleFigure {
  bundle: string;
  minifiedKiB: number;
  gzippedKiB: number;
  budgetGzippedKiB: number;
  pass: boolean;
  largest: Contributor[];
}

export const BUNDLE_BUDGETS: Readonly<Record<string, number>> = {
  "functions.js": 60,
  "taskpane.js": 300,
};

const KiB = 1024;
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one base64 VLQ segment ("AAgBC") into its numbers. */
function decodeSegment(segment: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`bad source map character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return numbers;
}

/** "webpack://app/./node_modules/@fluentui/react-x/lib/a.js" → "@fluentui/react-x". */
export function groupOf(source: string): string {
  const path = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const modules = path.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = path.slice(modules + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (path.startsWith("src/"))
    return path
      .split("/")
      .slice(0, 3)
      .join("/")
      .replace(/\.[jt]sx?$/, "");
  return path.startsWith("webpack/") ? "(webpack runtime)" : path;
}

/** Generated characters per source group, from the source map's mappings. */
function attribute(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const lines = code.split("\n");
  const totals = new Map<string, number>();
  let sourceIndex = 0;
  map.mappings.split(";").forEach((line, lineIndex) => {
    const length = lines[lineIndex]?.length ?? 0;
    let column = 0;
    const starts: { column: number; source: number | null }[] = [];
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const fields = decodeSegment(segment);
      column += fields[0]!;
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        starts.push({ column, source: sourceIndex });
      } else starts.push({ column, source: null });
    }
    starts.forEach((start, i) => {
      const end = starts[i + 1]?.column ?? length;
      const group = start.source === null ? "(unmapped)" : groupOf(map.sources[start.source] ?? "?");
      totals.set(group, (totals.get(group) ?? 0) + Math.max(0, end - start.column));
    });
  });
  return totals;
}

export function measureBundle(name: string, top = 6): BundleFigure {
  const code = fs.readFileSync(distFile(name));
  const gzipped = zlib.gzipSync(code, { level: 9 });
  const budget = BUNDLE_BUDGETS[name]!;
  let largest: Contributor[] = [];
  const mapFile = `${name}.map`;
  try {
    const map = JSON.parse(fs.readFileSync(distFile(mapFile), "utf8")) as {
      sources: string[];
      mappings: string;
    };
    const totals = attribute(code.toString("utf8"), map);
    const all = [...totals.values()].reduce((a, b) => a + b, 0);
    largest = [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([group, chars]) => ({ name: group, minifiedKiB: chars / KiB, share: chars / all }));
  } catch {
    largest = []; // no source map: sizes only
  }
  return {
    bundle: name,
    minifiedKiB: code.length / KiB,
    gzippedKiB: gzipped.length / KiB,
    budgetGzippedKiB: budget,
    pass: gzipped.length / KiB <= budget,
    largest,
  };
}

export function runBundleSizes(): BundleFigure[] {
  return Object.keys(BUNDLE_BUDGETS).map((name) => measureBundle(name));
}
