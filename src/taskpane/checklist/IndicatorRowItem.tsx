import { Caption1, Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { bandLabel, profileById } from "../../core/park";
import type { CheckOutcome } from "../../core/sheet";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { formatValue } from "./formatValue";
import { GoToCell } from "./GoToCell";
import type { IndicatorRow } from "./indicatorRows";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  fix: { fontWeight: tokens.fontWeightSemibold },
  checks: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  limit: {
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    cursor: "help",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

/** One check inside a row: its profile, its limit (source on hover and focus) and its status. */
function CheckLine({ check }: { check: CheckOutcome }) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const limit =
    check.comparison === "present" || check.limit === null
      ? s.checklist.presence
      : format(check.comparison === "max" ? s.checklist.limitMax : s.checklist.limitMin, {
          limit: formatValue(check.limit, check.unit, language),
        });
  const applicability = profileById(check.profileId)?.checks.find(
    (c) => c.id === check.checkId,
  )?.applicability;
  const band = applicability ? ` (${bandLabel(applicability)[language]})` : "";
  const guidance = check.status === "meets-reference" || check.status === "below-reference";
  const source =
    (guidance
      ? format(s.checklist.guidanceTooltip, { status: s.status[check.status], source: check.source })
      : format(s.checklist.sourceTooltip, { source: check.source })) +
    (check.verified ? "" : s.checklist.unverified);
  return (
    <li
      className={styles.line}
      data-check-id={check.checkId}
      data-profile-id={check.profileId}
      data-status={check.status}
    >
      <StatusBadge status={check.status} />
      <Caption1>{check.profileName[language]}:</Caption1>
      <Tooltip content={source} relationship="description" withArrow>
        {/* Focusable so keyboard users get the source too; after the row's Go to button. */}
        <Caption1 className={styles.limit} tabIndex={0}>
          {limit}
          {band}
        </Caption1>
      </Tooltip>
      {(check.status === "not-applicable" && !band) || check.status === "error" ? (
        <Caption1>{check.message[language]}</Caption1>
      ) : null}
    </li>
  );
}

/** One indicator: status, value, how to fix, go-to-cell, then every profile's limit for it. */
export function IndicatorRowItem({
  row,
  onSelectCell,
}: {
  row: IndicatorRow;
  onSelectCell: (cell: string) => void;
}) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const name = row.name[language];
  return (
    <li className={styles.item} data-indicator-id={row.indicatorId} data-section={row.section}>
      <div className={styles.line}>
        <StatusBadge status={row.lead.status} />
        <Text weight="semibold">{name}</Text>
        {row.value !== null ? <Text>{formatValue(row.value, row.unit, language)}</Text> : null}
      </div>
      {row.fix ? (
        <Caption1 data-testid="fix">
          <span className={styles.fix}>{s.sections.howToFix}</span> {row.fix[language]}
        </Caption1>
      ) : row.section !== "pass" ? (
        <Caption1>{row.lead.message[language]}</Caption1>
      ) : null}
      <div className={styles.line}>
        {row.cell ? (
          <GoToCell cell={row.cell} indicator={name} onSelectCell={onSelectCell} />
        ) : (
          <Caption1>{s.checklist.notInSheet}</Caption1>
        )}
        {row.checks.some((check) => check.usedByStandards !== null) ? (
          <Caption1>
            {format(s.checklist.usedBy, {
              count: row.checks.find((check) => check.usedByStandards !== null)!.usedByStandards!,
            })}
          </Caption1>
        ) : null}
      </div>
      <ul className={styles.checks} aria-label={format(s.sections.checksLabel, { indicator: name })}>
        {row.checks.map((check) => (
          <CheckLine key={`${check.profileId}/${check.checkId}`} check={check} />
        ))}
      </ul>
    </li>
  );
}
