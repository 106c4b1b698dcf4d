/**
 * CBAM benchmarks of Implementing Regulation (EU) 2025/2620 by CN code (shared/spec/cbam.md §6):
 * Column A goes with actual data, Column B with default values. A code may have several lines:
 * production routes (letters, e.g. C = BF/BOF) and periods ((1) production 2026-2027, (2)
 * 2028-2030). Filters narrow the lines; what remains must agree, unless the highest is asked for
 * (the default path, where several steel grades share a code).
 */
import { InputError } from "../shared/inputError";
import { formatCnCode } from "./cnCode";
import type { BenchmarkRow, BenchmarksFile, EuSource } from "./types";

export type BenchmarkColumn = "A" | "B";

export interface BenchmarkQuery {
  column?: BenchmarkColumn;
  /** Route letter(s) to keep: "C", or "C/F" for either. Ignored where the code has no routes. */
  route?: string | null;
  /** Import year: picks period (1) up to 2027, (2) from 2028. */
  year?: number | null;
  /** Several values left: take the highest instead of failing. */
  highest?: boolean;
}

export interface BenchmarkFound {
  digits: string;
  column: BenchmarkColumn;
  /** tCO2e per tonne of good. */
  value: number;
  /** The line's CN code (8 digits), description, route letter and period ("" when none). */
  lineCode: string;
  description: string;
  route: string;
  period: string;
  source: EuSource;
}

interface Line {
  code: string;
  description: string;
  values: Record<BenchmarkColumn, number | null>;
  route: Record<BenchmarkColumn, string>;
  period: Record<BenchmarkColumn, string>;
}

function parseMarks(marks: string): { route: string; period: string } {
  let route = "";
  let period = "";
  for (const match of marks.matchAll(/\(([A-Z0-9])\)/g)) {
    if (/\d/.test(match[1]!)) period = match[1]!;
    else route = match[1]!;
  }
  return { route, period };
}

function lineOf(file: BenchmarksFile, row: BenchmarkRow): Line {
  const a = parseMarks(row[3]);
  const b = parseMarks(row[5]);
  return {
    code: row[0],
    description: file.descriptions[row[1]] ?? "",
    values: { A: row[2], B: row[4] },
    route: { A: a.route, B: b.route },
    period: { A: a.period, B: b.period },
  };
}

const describe = (line: Line, column: BenchmarkColumn): string =>
  [
    formatCnCode(line.code),
    line.route[column] ? `route ${line.route[column]}` : "",
    line.period[column] ? `period (${line.period[column]})` : "",
  ]
    .filter(Boolean)
    .join(" ") + `: ${line.values[column]}`;

export interface BenchmarkIndex {
  find(digits: string, query?: BenchmarkQuery): BenchmarkFound;
  /** Whether the workbook has any line for the code. */
  has(digits: string): boolean;
  source: EuSource;
}

export function createBenchmarkIndex(file: BenchmarksFile): BenchmarkIndex {
  // Lines by full code and by 4- and 6-digit heading, so a short code is one look-up too.
  const byPrefix = new Map<string, Line[]>();
  for (const row of file.rows) {
    const line = lineOf(file, row);
    for (const key of new Set([line.code, line.code.slice(0, 6), line.code.slice(0, 4)])) {
      const list = byPrefix.get(key);
      if (list) list.push(line);
      else byPrefix.set(key, [line]);
    }
  }
  const linesFor = (digits: string): Line[] | undefined =>
    byPrefix.get(digits.length >= 8 ? digits.slice(0, 8) : digits) ??
    (digits.length > 6 ? byPrefix.get(digits.slice(0, 6)) : undefined);

  return {
    source: file.source,
    has: (digits) => linesFor(digits) !== undefined,
    find(digits, query = {}) {
      const column = query.column ?? "B";
      const all = (linesFor(digits) ?? []).filter((line) => line.values[column] !== null);
      if (all.length === 0) {
        throw new InputError("notAvailable", "cn_code", {
          en: `cn_code ${formatCnCode(digits)}: Implementing Regulation (EU) 2025/2620 sets no benchmark for it (none for electricity, no free allocation).`,
          zh: `cn_code ${formatCnCode(digits)}：实施条例(EU) 2025/2620 未设定其基准值（电力无免费配额，故无基准）。`,
        });
      }
      let lines = all;
      const routes = (query.route ?? "").toUpperCase().split("/").filter(Boolean);
      if (routes.length > 0 && lines.some((line) => line.route[column] !== "")) {
        lines = lines.filter((line) => routes.includes(line.route[column]));
        if (lines.length === 0) {
          const available = [...new Set(all.map((line) => line.route[column]).filter(Boolean))].join(", ");
          throw new InputError("value", "route", {
            en: `route "${query.route}" is not a production route of cn_code ${formatCnCode(digits)}; expected one of ${available}.`,
            zh: `route “${query.route}”不是 cn_code ${formatCnCode(digits)} 的生产路线；应为 ${available} 之一。`,
          });
        }
      }
      if (query.year != null && lines.some((line) => line.period[column] !== "")) {
        const period = query.year <= 2027 ? "1" : "2";
        lines = lines.filter((line) => line.period[column] === "" || line.period[column] === period);
      }
      const values = [...new Set(lines.map((line) => line.values[column]!))];
      if (values.length > 1 && !query.highest) {
        const list = lines.map((line) => describe(line, column)).join("; ");
        throw new InputError("value", "route", {
          en: `cn_code ${formatCnCode(digits)} has several Column ${column} benchmarks (${list}); give the route letter${lines.some((l) => l.period[column]) ? " and the year" : ""}${digits.length < 8 ? " or the full 8-digit code" : ""}.`,
          zh: `cn_code ${formatCnCode(digits)} 有多个 ${column} 栏基准值（${list}）；请给出生产路线字母${lines.some((l) => l.period[column]) ? "和年份" : ""}${digits.length < 8 ? "或完整的8位编码" : ""}。`,
        });
      }
      const best = lines.reduce((a, b) => (b.values[column]! > a.values[column]! ? b : a));
      return {
        digits,
        column,
        value: best.values[column]!,
        lineCode: best.code,
        description: best.description,
        route: best.route[column],
        period: best.period[column],
        source: file.source,
      };
    },
  };
}
