import type { UiLanguage } from "../shared/localizedText";
import { REPORT_TEXT as T, SEVERITY_LABEL, STATUS_LABEL, say } from "./reportLabels";
import type { CheckStatus, ValidationResult } from "./types";

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
  /** Issues listed at most (the count of the rest is printed); all when omitted. */
  maxIssues?: number;
}

/** Plain-text checklist for the command line: one line per check, then the issues. */
export function renderChecklist(
  result: ValidationResult,
  language: UiLanguage,
  options: ChecklistOptions = {},
): string {
  const s = (text: { en: string; zh: string }): string => say(text, language);
  const lines: string[] = [];
  const { summary } = result;
  lines.push(`${s(T.title)} — ${s(T.sheet)}: ${result.sheetName}`);
  if (result.table)
    lines.push(`${s(T.table)}: ${result.table.headerCell}; ${s(T.year)}: ${summary.assessedYear ?? "—"}`);
  lines.push(`${s(T.rows)}: ${summary.dataRows} / ${summary.recognisedRows}`);

  let profile = "";
  for (const check of result.checks) {
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

  if (result.tedi) {
    const tedi = result.tedi;
    lines.push(
      "",
      `${s(T.tediHeading)}: ${tedi.score.toFixed(1)} (${language === "zh" ? tedi.grade.zh : tedi.grade.en})`,
    );
  }
  if (result.coverage) {
    lines.push(
      `${s(T.coverageHeading)}: ${result.coverage.highFrequencyPresent} / ${result.coverage.highFrequency.length}`,
    );
  }

  const counts = summary.checks;
  lines.push(
    "",
    `${s(T.checksSummary)}: ${(["pass", "fail", "missing", "not-applicable", "error"] as const)
      .map((status) => `${s(STATUS_LABEL[status])} ${counts[status]}`)
      .join(", ")}`,
  );

  if (result.issues.length > 0) {
    const limit = options.maxIssues ?? result.issues.length;
    lines.push("", `${s(T.issuesHeading)} (${summary.errors} / ${summary.warnings}):`);
    for (const issue of result.issues.slice(0, limit)) {
      lines.push(`  ${s(SEVERITY_LABEL[issue.severity])}: ${issue.cell}: ${s(issue.message)}`);
    }
    const rest = result.issues.length - limit;
    if (rest > 0)
      lines.push(
        language === "zh"
          ? `  ……另有 ${rest} 条（用 --json 查看全部）`
          : `  … ${rest} more (use --json for all)`,
      );
  }
  return `${lines.join("\n")}\n`;
}
