/**
 * The checklist the way Excel's Accessibility Checker lists findings: one row per indicator (every
 * profile's limit for it inside the row), failures first, then missing, then guidance, then passes.
 *   failure  — a verified check fails or cannot be evaluated (error);
 *   missing  — the sheet does not report it (and nothing fails);
 *   guidance — a guiding indicator below its reference (never a failure), only figures marked
 *              unverified fail, or no check applies (a band for other parks);
 *   pass     — everything that applies passes.
 * Within a section rows keep the profiles' order, so the national notice comes first.
 */
import { fixHint, type CheckOutcome, type ValidationResult } from "../../core/sheet";
import type { LocalizedText } from "../../core/shared/localizedText";

export type RowSection = "failure" | "missing" | "guidance" | "pass";
export const SECTION_ORDER: readonly RowSection[] = ["failure", "missing", "guidance", "pass"];

export interface IndicatorRow {
  indicatorId: string;
  name: LocalizedText;
  section: RowSection;
  value: number | null;
  unit: string;
  /** Where to go in the sheet: the failing check's cell, else the value's. */
  cell: string | null;
  /** Every check of the indicator, in profile order. */
  checks: CheckOutcome[];
  /** The check that decides the row's section (first failure, else first missing, else first). */
  lead: CheckOutcome;
  /** What to change, for failures and missing rows. */
  fix: LocalizedText | null;
}

function sectionOf(checks: readonly CheckOutcome[]): { section: RowSection; lead: CheckOutcome } {
  const find = (test: (check: CheckOutcome) => boolean) => checks.find(test);
  const failure = find((c) => (c.status === "fail" || c.status === "error") && c.verified);
  if (failure) return { section: "failure", lead: failure };
  const missing = find((c) => c.status === "missing");
  if (missing) return { section: "missing", lead: missing };
  const below = find((c) => c.status === "below-reference" || c.status === "fail" || c.status === "error");
  if (below) return { section: "guidance", lead: below };
  const applies = find((c) => c.status !== "not-applicable");
  return applies ? { section: "pass", lead: applies } : { section: "guidance", lead: checks[0]! };
}

export function indicatorRows(result: ValidationResult): IndicatorRow[] {
  const byIndicator = new Map<string, CheckOutcome[]>();
  for (const check of result.checks) {
    const list = byIndicator.get(check.indicatorId);
    if (list) list.push(check);
    else byIndicator.set(check.indicatorId, [check]);
  }
  const rows: IndicatorRow[] = [];
  for (const [indicatorId, checks] of byIndicator) {
    const { section, lead } = sectionOf(checks);
    const withValue = checks.find((check) => check.value !== null);
    rows.push({
      indicatorId,
      name: lead.indicatorName,
      section,
      value: withValue?.value ?? null,
      unit: withValue?.unit ?? lead.unit,
      cell: lead.cell ?? withValue?.cell ?? null,
      checks,
      lead,
      fix: section === "pass" ? null : fixHint(lead, result.readings),
    });
  }
  return SECTION_ORDER.flatMap((section) => rows.filter((row) => row.section === section));
}
