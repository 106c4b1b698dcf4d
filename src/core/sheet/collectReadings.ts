import type { IndicatorDefinition } from "../park";
import type { LocalizedText } from "../shared/localizedText";
import { formatNumber, listSome, lt } from "./localized";
import type { CatalogPort, Observation, ParkRows, ScopePart, UnusableRow } from "./readTableRows";
import type { IndicatorReading, SheetIssue, UnusableIndicator } from "./types";

/** Readings per indicator id for the assessed year, after duplicates and conflicts are settled. */
export interface CollectedReadings {
  readings: Map<string, IndicatorReading>;
  unusable: Map<string, UnusableIndicator>;
  issues: SheetIssue[];
  assessedYear: number | null;
}

const RELATIVE_TOLERANCE = 1e-9;
/** Cells listed per issue beyond the first; the message gives the count. */
const MAX_OTHER_CELLS = 50;
/** Values spelled out in a conflict message. */
const SHOWN_VALUES = 6;

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Settles what the sheet says per indicator: picks the assessed year (the requested one, else
 * the latest with data), sums Scope-table lines, and refuses to choose between two different values
 * for one indicator (a conflict naming both cells) while accepting an exact repeat.
 */
export function collectReadings(
  rows: ParkRows,
  catalog: CatalogPort,
  requestedYear: number | undefined,
): CollectedReadings {
  const issues: SheetIssue[] = [];
  const assessedYear = requestedYear ?? latestYear(rows);
  const inYear = (year: number | undefined): boolean =>
    year === undefined || assessedYear === null || year === assessedYear;
  reportOtherYears(rows, assessedYear, inYear, issues);

  const byIndicator = new Map<string, Candidate[]>();
  const add = (id: string, candidate: Candidate): void => {
    const list = byIndicator.get(id);
    if (list) list.push(candidate);
    else byIndicator.set(id, [candidate]);
  };
  for (const observation of rows.observations) {
    if (inYear(observation.year)) add(observation.indicator.id, fromObservation(observation));
  }
  for (const candidate of scopeSums(
    rows.scopeParts.filter((part) => inYear(part.year)),
    catalog,
  )) {
    add(candidate.indicator.id, candidate);
  }

  const blockingRows = new Map<string, UnusableRow[]>();
  const blankRows = new Map<string, UnusableRow[]>();
  for (const row of rows.unusable) {
    if (!inYear(row.year)) continue;
    const target = row.blocking ? blockingRows : blankRows;
    const list = target.get(row.indicatorId);
    if (list) list.push(row);
    else target.set(row.indicatorId, [row]);
  }

  const readings = new Map<string, IndicatorReading>();
  const unusable = new Map<string, UnusableIndicator>();
  for (const [id, bad] of blockingRows) {
    unusable.set(id, {
      indicatorId: id,
      cells: bad.map((row) => row.cell),
      reason: bad[0]!.reason,
      blocking: true,
    });
  }
  for (const [id, candidates] of byIndicator) {
    if (unusable.has(id)) continue;
    const settled = settle(candidates, issues);
    if ("reading" in settled) readings.set(id, settled.reading);
    else unusable.set(id, settled.unusable);
  }
  for (const [id, blank] of blankRows) {
    if (!readings.has(id) && !unusable.has(id)) {
      unusable.set(id, {
        indicatorId: id,
        cells: blank.map((row) => row.cell),
        reason: blank[0]!.reason,
        blocking: false,
      });
    }
  }
  return { readings, unusable, issues, assessedYear };
}

interface Candidate {
  indicator: IndicatorDefinition;
  value: number;
  unit: string;
  cell: string;
  cells: string[];
  origin: "reported" | "scope-sum";
  year: number | undefined;
  hiddenRow: boolean;
  fromFormula: boolean;
}

function fromObservation(o: Observation): Candidate {
  return {
    indicator: o.indicator,
    value: o.value,
    unit: o.unit,
    cell: o.cell,
    cells: [o.cell],
    origin: "reported",
    year: o.year,
    hiddenRow: o.hidden,
    fromFormula: o.fromFormula,
  };
}

function scopeSums(parts: readonly ScopePart[], catalog: CatalogPort): Candidate[] {
  const sums: Candidate[] = [];
  for (const scope of [1, 2, 3] as const) {
    const lines = parts.filter((part) => part.scope === scope);
    const indicator = catalog.indicatorById(`scope${scope}_emissions`);
    if (lines.length === 0 || !indicator) continue;
    sums.push({
      indicator,
      value: lines.reduce((total, line) => total + line.value, 0),
      unit: indicator.canonicalUnit,
      cell: lines[0]!.cell,
      cells: lines.map((line) => line.cell),
      origin: "scope-sum",
      year: lines[0]!.year,
      hiddenRow: lines.some((line) => line.hidden),
      fromFormula: lines.some((line) => line.fromFormula),
    });
  }
  return sums;
}

function settle(
  candidates: readonly Candidate[],
  issues: SheetIssue[],
): { reading: IndicatorReading } | { unusable: UnusableIndicator } {
  const first = candidates[0]!;
  const name = first.indicator.name;
  const others = candidates.slice(1);
  const cellsOf = (list: readonly Candidate[]): string[] => list.map(describeCell);
  if (others.every((other) => sameValue(other.value, first.value))) {
    if (others.length > 0) {
      issues.push({
        code: "duplicate",
        severity: "warning",
        cell: first.cell,
        otherCells: others.slice(0, MAX_OTHER_CELLS).map((other) => other.cell),
        indicatorId: first.indicator.id,
        message: lt(
          `${name.en} is listed ${candidates.length} times with the same value (${cellsOf(candidates).join(", ")}); ${first.cell} is used.`,
          `${name.zh} 出现 ${candidates.length} 次且数值相同（${cellsOf(candidates).join("、")}）；采用 ${first.cell}。`,
        ),
      });
    }
    return { reading: toReading(first) };
  }
  const shown = candidates
    .slice(0, SHOWN_VALUES)
    .map((c) => `${describeCell(c)} = ${formatNumber(c.value)} ${c.unit}`);
  const listed = listSome(shown, SHOWN_VALUES, candidates.length);
  const reason: LocalizedText = lt(
    `${name.en} is listed with different values: ${listed.en}. Keep one row (or give each its year); the validator does not pick one.`,
    `${name.zh} 出现多个不同数值：${listed.zh}。请只保留一行（或分别注明年份）；校验器不会自行选择。`,
  );
  issues.push({
    code: "conflict",
    severity: "error",
    cell: first.cell,
    otherCells: others.slice(0, MAX_OTHER_CELLS).map((other) => other.cell),
    indicatorId: first.indicator.id,
    message: reason,
  });
  return {
    unusable: {
      indicatorId: first.indicator.id,
      cells: candidates.map((c) => c.cell),
      reason,
      blocking: true,
    },
  };
}

/** "C7", or "C7:C9 (Scope table sum)" for a summed Scope table. */
function describeCell(candidate: Candidate): string {
  if (candidate.origin !== "scope-sum") return candidate.cell;
  return `Σ ${candidate.cells.length > 1 ? `${candidate.cells[0]}…${candidate.cells[candidate.cells.length - 1]}` : candidate.cell}`;
}

function toReading(candidate: Candidate): IndicatorReading {
  return {
    indicatorId: candidate.indicator.id,
    name: candidate.indicator.name,
    value: candidate.value,
    unit: candidate.unit,
    cell: candidate.cell,
    cells: candidate.cells,
    origin: candidate.origin,
    year: candidate.year,
    hiddenRow: candidate.hiddenRow,
    fromFormula: candidate.fromFormula,
  };
}

/** The latest year with data: a value, or a value that could not be used; a blank cell is no data. */
function latestYear(rows: ParkRows): number | null {
  let latest: number | null = null;
  const see = (year: number | undefined): void => {
    if (year !== undefined && (latest === null || year > latest)) latest = year;
  };
  for (const o of rows.observations) see(o.year);
  for (const p of rows.scopeParts) see(p.year);
  for (const u of rows.unusable) if (u.blocking) see(u.year);
  return latest;
}

function reportOtherYears(
  rows: ParkRows,
  assessedYear: number | null,
  inYear: (year: number | undefined) => boolean,
  issues: SheetIssue[],
): void {
  if (assessedYear === null) return;
  const skipped: string[] = [];
  const years = new Set<number>();
  const visit = (year: number | undefined, cell: string): void => {
    if (inYear(year)) return;
    skipped.push(cell);
    years.add(year!);
  };
  for (const o of rows.observations) visit(o.year, o.cell);
  for (const p of rows.scopeParts) visit(p.year, p.cell);
  for (const u of rows.unusable) visit(u.year, u.cell);
  if (skipped.length === 0) return;
  const yearList = [...years].sort((a, b) => a - b).join(", ");
  const cells = listSome(skipped);
  issues.push({
    code: "other-year",
    severity: "info",
    cell: skipped[0]!,
    otherCells: skipped.slice(1, 1 + MAX_OTHER_CELLS),
    message: lt(
      `The table lists several years; ${assessedYear} is assessed. ${skipped.length} row(s) of ${yearList} are not used: ${cells.en}.`,
      `表中含多个年份；本次评估 ${assessedYear} 年。${yearList} 年的 ${skipped.length} 行未使用：${cells.zh}。`,
    ),
  });
}
