import type { UiLanguage } from "../shared/localizedText";
import { indicatorById } from "../park";
import { tediHeadline } from "../tedi";
import { compareParks } from "./compareParks";
import { comparisonCells, yearText } from "./reportComparison";
import { REPORT_TEXT as T, SEVERITY_LABEL, STATUS_LABEL, say } from "./reportLabels";
import {
  CHECK_STATUSES,
  type CheckStatus,
  type ParkValidation,
  type SheetIssue,
  type ValidationResult,
} from "./types";

const MARK: Record<CheckStatus, string> = {
  pass: "✓",
  fail: "✗",
  missing: "?",
  "not-applicable": "-",
  error: "!",
  "meets-reference": "○",
  "below-reference": "△",
};

export interface ChecklistOptions {
  /** Issues listed at most per park (the count of the rest is printed); all when omitted. */
  maxIssues?: number;
}

/**
 * Plain-text checklist for the command line: per park one line per check, the TEDI score and the
 * issues; with several parks, then a comparison table ranked by the national notice's core
 * indicator.
 */
export function renderChecklist(
  result: ValidationResult,
  language: UiLanguage,
  options: ChecklistOptions = {},
): string {
  const s = (text: { en: string; zh: string }): string => say(text, language);
  const lines: string[] = [];
  lines.push(`${s(T.title)} — ${s(T.sheet)}: ${result.sheetName}`);
  const several = result.parks.length > 1;
  if (result.table) {
    const parks = several ? `; ${s(T.parks)}: ${result.parks.length}` : "";
    lines.push(`${s(T.table)}: ${result.table.headerCell}${parks}`);
  }
  for (const park of result.parks) {
    if (several) lines.push("", `=== ${s(T.park)}: ${park.park ?? "—"} ===`);
    renderPark(park, language, options, lines, several);
  }
  if (several) renderComparison(result, language, lines);
  if (several && result.sheetIssues.length > 0) {
    lines.push("", `${s(T.sheetIssuesHeading)}:`);
    listIssues(result.sheetIssues, language, options.maxIssues, lines);
  }
  return `${lines.join("\n")}\n`;
}

function renderPark(
  park: ParkValidation,
  language: UiLanguage,
  options: ChecklistOptions,
  lines: string[],
  several: boolean,
): void {
  const s = (text: { en: string; zh: string }): string => say(text, language);
  const { summary } = park;
  lines.push(`${s(T.year)}: ${yearText(summary, language)}`);
  lines.push(`${s(T.rows)}: ${summary.dataRows} / ${summary.recognisedRows}`);

  let profile = "";
  for (const check of park.checks) {
    if (check.profileId !== profile) {
      profile = check.profileId;
      lines.push("", `[${s(check.profileName)}]`);
    }
    const status = s(STATUS_LABEL[check.status]).padEnd(language === "zh" ? 4 : 7);
    const used =
      check.usedByStandards === null
        ? ""
        : language === "zh"
          ? ` [22项中${check.usedByStandards}项采用]`
          : ` [used by ${check.usedByStandards}/22]`;
    lines.push(`  ${MARK[check.status]} ${status} ${s(check.indicatorName)}: ${s(check.message)}${used}`);
  }

  if (park.tedi) {
    lines.push("", `${s(T.tediHeading)}: ${tediHeadline(park.tedi, language)}`);
    const leftOut = park.tedi.indicators.filter((score) => score.status === "target-not-set");
    if (leftOut.length > 0) {
      const names = leftOut.map((score) => indicatorById(score.id)?.name[language] ?? score.id);
      lines.push(`  ${s(T.targetNotSet)}: ${names.join(language === "zh" ? "、" : ", ")}${s(T.targetHint)}`);
    }
  } else if (summary.nothingToValidate) lines.push("", `${s(T.verdict)}: ${s(T.nothingToValidate)}`);
  if (park.coverage) {
    lines.push(
      `${s(T.coverageHeading)}: ${park.coverage.highFrequencyPresent} / ${park.coverage.highFrequency.length}`,
    );
  }

  const counts = summary.checks;
  lines.push(
    "",
    `${s(T.checksSummary)}: ${CHECK_STATUSES.filter(
      (status) => status === "pass" || counts[status] > 0 || status === "fail",
    )
      .map((status) => `${s(STATUS_LABEL[status])} ${counts[status]}`)
      .join(", ")}`,
  );

  // With several parks the sheet's own findings are listed once, after the comparison.
  const issues = several ? park.issues.filter((issue) => issue.park !== undefined) : park.issues;
  if (issues.length > 0) {
    lines.push("", `${s(T.issuesHeading)} (${summary.errors} / ${summary.warnings}):`);
    listIssues(issues, language, options.maxIssues, lines);
  }
}

function listIssues(
  issues: readonly SheetIssue[],
  language: UiLanguage,
  maxIssues: number | undefined,
  lines: string[],
): void {
  const limit = maxIssues ?? issues.length;
  for (const issue of issues.slice(0, limit)) {
    lines.push(
      `  ${say(SEVERITY_LABEL[issue.severity], language)}: ${issue.cell}: ${say(issue.message, language)}`,
    );
  }
  const rest = issues.length - limit;
  if (rest > 0)
    lines.push(
      language === "zh"
        ? `  ……另有 ${rest} 条（用 --json 查看全部）`
        : `  … ${rest} more (use --json for all)`,
    );
}

/** Parks × key indicators as aligned text columns. */
function renderComparison(result: ValidationResult, language: UiLanguage, lines: string[]): void {
  const table = comparisonCells(compareParks(result), language);
  const text = table.map((row) => row.map((cell) => String(cell)));
  const widths = text[0]!.map((_, column) => {
    let width = 0;
    for (const row of text) width = Math.max(width, displayWidth(row[column]!));
    return width;
  });
  lines.push("", `${say(T.comparisonHeading, language)}:`);
  for (const row of text)
    lines.push(
      `  ${row
        .map((cell, i) => pad(cell, widths[i]!))
        .join("  ")
        .trimEnd()}`,
    );
}

/** CJK characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
