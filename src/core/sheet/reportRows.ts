import type { UiLanguage } from "../shared/localizedText";
import { tediHeadline } from "../tedi";
import { compareParks } from "./compareParks";
import { comparisonCells, yearText } from "./reportComparison";
import { REPORT_TEXT as T, SEVERITY_LABEL, STATUS_LABEL, SUBSYSTEM_LABEL, say } from "./reportLabels";
import { displayValue } from "./reportValues";
import { CHECK_STATUSES, type ValidationResult } from "./types";

export type ReportCell = string | number;

/**
 * The validation result as rows for a report sheet of its own (the task pane writes them with
 * range.values): rectangular, strings and numbers only, in one language. Sections: summary,
 * checks, derived values, TEDI, 22-standard coverage, issues. A sheet with several parks gets a
 * comparison section first, one row per park; the sections below describe the park shown
 * (`result.park`).
 */
export function reportRows(result: ValidationResult, language: UiLanguage): ReportCell[][] {
  const s = (text: { en: string; zh: string }): string => say(text, language);
  const rows: ReportCell[][] = [];
  const { summary } = result;
  const counts = summary.checks;

  rows.push([s(T.title)]);
  rows.push([s(T.sheet), result.sheetName]);
  rows.push([s(T.table), result.table?.headerCell ?? "—"]);
  if (result.parks.length > 1) {
    rows.push([]);
    rows.push([say(T.comparisonHeading, language)]);
    for (const row of comparisonCells(compareParks(result), language)) rows.push(row);
    rows.push([]);
    rows.push([s(T.park), result.park ?? "—"]);
  }
  rows.push([s(T.year), yearText(summary, language)]);
  rows.push([s(T.rows), `${summary.dataRows} / ${summary.recognisedRows}`]);
  if (summary.nothingToValidate) rows.push([s(T.verdict), s(T.nothingToValidate)]);
  rows.push([
    s(T.checksSummary),
    CHECK_STATUSES.filter((status) => status === "pass" || status === "fail" || counts[status] > 0)
      .map((status) => `${s(STATUS_LABEL[status])} ${counts[status]}`)
      .join(" · "),
  ]);
  rows.push([s(T.issuesSummary), `${summary.errors} / ${summary.warnings}`]);

  if (result.checks.length > 0) {
    rows.push([]);
    rows.push([s(T.checksHeading)]);
    rows.push([
      s(T.profile),
      s(T.indicator),
      s(T.status),
      s(T.value),
      s(T.unit),
      s(T.limit),
      s(T.cell),
      s(T.usedBy),
      s(T.source),
      s(T.message),
    ]);
    for (const check of result.checks) {
      const shown = displayValue(check.value, check.unit, language);
      const limit = check.limit === null ? "" : displayValue(check.limit, check.unit, language).value;
      rows.push([
        s(check.profileName),
        s(check.indicatorName),
        s(STATUS_LABEL[check.status]),
        shown.value,
        shown.unit,
        limit,
        check.cell ?? "",
        check.usedByStandards ?? "",
        check.verified ? check.source : `${check.source}${s(T.unverified)}`,
        s(check.message),
      ]);
    }
  }

  const derived = result.readings.filter((reading) => reading.origin === "derived");
  if (derived.length > 0) {
    rows.push([]);
    rows.push([s(T.derivedHeading)]);
    rows.push([s(T.indicator), s(T.value), s(T.unit), s(T.formula)]);
    for (const reading of derived) {
      const shown = displayValue(reading.value, reading.unit, language);
      rows.push([s(reading.name), shown.value, shown.unit, reading.formula ? s(reading.formula) : ""]);
    }
  }

  const tedi = result.tedi;
  if (tedi) {
    rows.push([]);
    rows.push([s(T.tediHeading)]);
    rows.push([s(T.subsystem), s(T.score)]);
    for (const key of ["T", "E", "D", "I"] as const)
      rows.push([s(SUBSYSTEM_LABEL[key]), round(tedi.subsystems[key])]);
    rows.push([s(T.coupling), `${tedi.C === null ? "—" : round(tedi.C)} / ${round(tedi.D)}`]);
    rows.push([s(T.score), tedi.score === null ? tediHeadline(tedi, language) : round(tedi.score)]);
    rows.push([s(T.grade), tedi.grade === null ? "—" : tedi.grade[language]]);
    rows.push([s(T.notDisclosed), tedi.notDisclosed.join(", ") || s(T.none)]);
    rows.push([s(T.targetNotSet), tedi.targetNotSet.join(", ") || s(T.none)]);
    rows.push([s(tedi.method)]);
  }

  const coverage = result.coverage;
  if (coverage) {
    rows.push([]);
    rows.push([
      `${s(T.coverageHeading)}: ${coverage.highFrequencyPresent} / ${coverage.highFrequency.length}`,
    ]);
    rows.push([s(T.indicator), s(T.count), s(T.status)]);
    for (const entry of coverage.highFrequency) {
      rows.push([s(entry.indicator.name), entry.count, s(entry.present ? T.present : T.absent)]);
    }
    rows.push([]);
    rows.push([s(T.substantiveHeading)]);
    for (const group of coverage.substantive) {
      rows.push([s(group.group.name), s(group.present ? T.present : T.absent), s(group.group.among22)]);
    }
  }

  rows.push([]);
  rows.push([s(T.issuesHeading)]);
  if (result.issues.length === 0) rows.push([s(T.noIssues)]);
  else {
    rows.push([s(T.severity), s(T.cell), s(T.message)]);
    for (const issue of result.issues)
      rows.push([s(SEVERITY_LABEL[issue.severity]), issue.cell, s(issue.message)]);
  }
  return rectangular(rows);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Excel writes a range from a rectangular array: pad every row to the widest. */
function rectangular(rows: ReportCell[][]): ReportCell[][] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 1);
  return rows.map((row) =>
    row.length === width ? row : [...row, ...new Array<ReportCell>(width - row.length).fill("")],
  );
}
