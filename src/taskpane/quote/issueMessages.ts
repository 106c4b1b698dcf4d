/** Validation issues → what the form marks and lists (cell-addressed when the quote came from the workbook). */
import type { QuoteIssue } from "../../core/quote";
import { issueCell, type QuoteRead } from "../../excel/quote";
import type { UiLanguage } from "../../i18n";

export interface IssueView {
  /** "line:field" of line fields with an issue → its first message, for the line cards. */
  lineMessages: Map<string, string>;
  /** Quote-level field (or "certificatePrice:year") → its first message, for the parameter fields. */
  fieldMessages: Map<string, string>;
  /** Every message, in order, for the summary list. */
  list: string[];
}

export function issueView(
  issues: readonly QuoteIssue[],
  language: UiLanguage,
  read: QuoteRead | null,
): IssueView {
  const view: IssueView = { lineMessages: new Map(), fieldMessages: new Map(), list: [] };
  for (const issue of read?.cellIssues ?? []) view.list.push(issue.message[language]);
  for (const issue of issues) {
    const message = issue.message[language];
    if (issue.line !== null) {
      const key = `${issue.line}:${issue.field}`;
      if (!view.lineMessages.has(key)) view.lineMessages.set(key, message);
    } else {
      const key = issue.year === undefined ? issue.field : `${issue.field}:${issue.year}`;
      if (!view.fieldMessages.has(key)) view.fieldMessages.set(key, message);
    }
    const cell = read === null ? null : issueCell(read, issue);
    view.list.push(cell === null ? message : `${cell} — ${message}`);
  }
  return view;
}
