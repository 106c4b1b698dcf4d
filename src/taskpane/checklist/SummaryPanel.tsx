import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CHECK_STATUSES, type ValidationResult } from "../../core/sheet";
import { tediHeadline } from "../../core/tedi";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { JargonTip } from "../shell/JargonTip";
import { nationalNoticeCheck, renewableLenses } from "./resultFacts";
import { formatValue } from "./formatValue";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyle: "none",
    margin: 0,
    padding: 0,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
});

/** Counts by status, TEDI score and grade, the national notice result and both renewable lenses. */
export function SummaryPanel({ result }: { result: ValidationResult }) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const notice = nationalNoticeCheck(result);
  const lenses = renewableLenses(result);
  const counts = result.summary.checks;
  const notes = result.issues.filter((issue) => issue.severity === "info").length;
  const share = (reading: typeof lenses.domestic) =>
    reading ? formatValue(reading.value, reading.unit, language) : s.summary.notReported;

  return (
    <section className={styles.section} aria-labelledby="zc-summary-heading">
      <Subtitle2 as="h2" id="zc-summary-heading">
        {s.summary.heading}
      </Subtitle2>
      <Caption1>
        {result.table
          ? format(s.summary.sheetLine, {
              sheet: result.sheetName,
              cell: result.table.headerCell,
              year: result.summary.assessedYear ?? "—",
            })
          : format(s.summary.noTable, { sheet: result.sheetName })}
      </Caption1>
      <ul className={styles.counts} aria-label={s.summary.countsLabel}>
        {CHECK_STATUSES.filter((status) => counts[status] > 0 || !status.endsWith("reference")).map(
          (status) => (
            <li key={status} data-status={status}>
              <StatusBadge status={status} /> <Text>{counts[status]}</Text>
            </li>
          ),
        )}
      </ul>
      <Caption1>
        {format(s.summary.issuesLine, {
          errors: result.summary.errors,
          warnings: result.summary.warnings,
          notes,
        })}
      </Caption1>
      {result.summary.nothingToValidate && result.table ? (
        <Caption1 data-testid="nothing-to-validate">{s.summary.nothingToValidate}</Caption1>
      ) : null}
      <dl className={styles.facts}>
        <dt className={styles.term}>
          {s.summary.tediScore} <JargonTip term="tedi" />
        </dt>
        <dd className={styles.definition} data-testid="tedi-score">
          {result.tedi === null
            ? "—"
            : result.tedi.score === null || result.tedi.grade === null
              ? tediHeadline(result.tedi, language)
              : `${result.tedi.score.toFixed(1)}\u00a0/\u00a0100 · ${s.summary.tediGrade}: ${result.tedi.grade[language]}`}
        </dd>
        <dt className={styles.term}>{s.summary.nationalNotice}</dt>
        <dd className={styles.definition} data-testid="national-notice">
          {notice ? (
            <>
              <StatusBadge status={notice.status} /> {formatValue(notice.value, notice.unit, language)}
              {notice.limit !== null ? ` (≤\u00a0${formatValue(notice.limit, notice.unit, language)})` : ""}
            </>
          ) : (
            s.summary.noticeNotAssessed
          )}
        </dd>
        <dt className={styles.term}>
          {s.summary.renewableShare} <JargonTip term="lens" />
        </dt>
        <dd className={styles.definition} data-testid="renewable-lenses">
          {s.summary.domesticLens}: {share(lenses.domestic)}
          <br />
          {s.summary.cbamLens}: {share(lenses.cbam)}
        </dd>
      </dl>
      {result.tedi ? <Caption1>{s.summary.tediMethodNote}</Caption1> : null}
    </section>
  );
}
