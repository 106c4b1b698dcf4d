/**
 * The one line at the top of the checklist: does the park meet the national notice (its core
 * indicator in the band that applies), and where to start. When the notice is not among the chosen
 * profiles, the verdict is the count of failures and the first one.
 */
import { NATIONAL_NOTICE_PROFILE_ID, bandLabel, profileById } from "../../core/park";
import type { CheckOutcome, ValidationResult } from "../../core/sheet";
import type { LocalizedText } from "../../core/shared/localizedText";
import type { IndicatorRow } from "./indicatorRows";
import { nationalNoticeCheck } from "./resultFacts";

export type VerdictKind =
  | "notice-fail"
  | "notice-pass"
  | "notice-missing"
  | "notice-not-applicable"
  | "checks-fail"
  | "checks-missing"
  | "checks-pass";

export interface ChecklistVerdict {
  kind: VerdictKind;
  /** The national notice's core check in the band that applies, when the notice was checked. */
  notice: CheckOutcome | null;
  /** The band of that check ("200,000–1,000,000 tce band"). */
  band: LocalizedText | null;
  failures: number;
  missing: number;
  passes: number;
  /** The first row to act on: the first failure, else the first missing row. */
  first: IndicatorRow | null;
  /** Where "Go to" leads: the notice's cell when it fails, else the first row's. */
  cell: string | null;
}

function noticeBand(check: CheckOutcome): LocalizedText | null {
  const applicability = profileById(check.profileId)?.checks.find(
    (c) => c.id === check.checkId,
  )?.applicability;
  return applicability ? bandLabel(applicability) : null;
}

export function checklistVerdict(result: ValidationResult, rows: readonly IndicatorRow[]): ChecklistVerdict {
  const count = (section: IndicatorRow["section"]) => rows.filter((row) => row.section === section).length;
  const failures = count("failure");
  const missing = count("missing");
  const passes = count("pass");
  const first =
    rows.find((row) => row.section === "failure") ?? rows.find((row) => row.section === "missing") ?? null;
  const notice = result.checks.some((check) => check.profileId === NATIONAL_NOTICE_PROFILE_ID)
    ? (nationalNoticeCheck(result) ?? null)
    : null;
  const base = { failures, missing, passes, first, cell: first?.cell ?? null };
  if (notice) {
    const kind: VerdictKind =
      notice.status === "pass"
        ? "notice-pass"
        : notice.status === "not-applicable"
          ? "notice-not-applicable"
          : notice.status === "fail"
            ? "notice-fail"
            : "notice-missing";
    return {
      ...base,
      kind,
      notice,
      band: noticeBand(notice),
      cell: kind === "notice-fail" || kind === "notice-missing" ? (notice.cell ?? base.cell) : base.cell,
    };
  }
  const kind: VerdictKind = failures > 0 ? "checks-fail" : missing > 0 ? "checks-missing" : "checks-pass";
  return { ...base, kind, notice: null, band: null };
}
