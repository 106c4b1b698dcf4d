import { Button, Caption1, Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckOutcome } from "../../core/sheet";
import { splitSheetAddress } from "../../excel";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { formatValue } from "./formatValue";
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
  limit: {
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    cursor: "help",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

/** One check: status, indicator, value, limit (source on hover/focus), use among the 22, go-to-cell. */
export function CheckItem({
  check,
  onSelectCell,
}: {
  check: CheckOutcome;
  onSelectCell: (cell: string) => void;
}) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const indicator = check.indicatorName[language];
  const limitText =
    check.comparison === "present" || check.limit === null
      ? s.checklist.presence
      : format(check.comparison === "max" ? s.checklist.limitMax : s.checklist.limitMin, {
          limit: formatValue(check.limit, check.unit, language),
        });
  const guidance = check.status === "meets-reference" || check.status === "below-reference";
  const source =
    (guidance
      ? format(s.checklist.guidanceTooltip, { status: s.status[check.status], source: check.source })
      : format(s.checklist.sourceTooltip, { source: check.source })) +
    (check.verified ? "" : s.checklist.unverified);
  const local = check.cell ? splitSheetAddress(check.cell).local : null;

  return (
    <li
      className={styles.item}
      data-check-id={check.checkId}
      data-profile-id={check.profileId}
      data-status={check.status}
    >
      <div className={styles.line}>
        <StatusBadge status={check.status} />
        <Text weight="semibold">{indicator}</Text>
      </div>
      <div className={styles.line}>
        <Text>
          {s.checklist.valueLabel}:{" "}
          {check.value === null ? "—" : formatValue(check.value, check.unit, language)}
        </Text>
        <Tooltip content={source} relationship="description" withArrow>
          {/* Focusable so keyboard users get the source too. */}
          <span className={styles.limit} tabIndex={0}>
            {limitText}
          </span>
        </Tooltip>
        {check.usedByStandards !== null ? (
          <Caption1>{format(s.checklist.usedBy, { count: check.usedByStandards })}</Caption1>
        ) : null}
      </div>
      <Caption1>
        {check.profileName[language]} — {check.message[language]}
      </Caption1>
      <div className={styles.line}>
        {check.cell && local ? (
          <Button
            size="small"
            appearance="secondary"
            onClick={() => onSelectCell(check.cell!)}
            aria-label={format(s.checklist.selectCellLabel, { cell: local, indicator })}
          >
            {format(s.checklist.selectCell, { cell: local })}
          </Button>
        ) : (
          <Caption1>{s.checklist.notInSheet}</Caption1>
        )}
      </div>
    </li>
  );
}
