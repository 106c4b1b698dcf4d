import { Badge, Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { StandardsCoverage } from "../../core/park";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The last validated sheet against the 10 high-frequency indicators and the neglected substantive ones. */
export function CoveragePanel({ coverage }: { coverage: StandardsCoverage | null }) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const mark = (present: boolean) => (
    <Badge appearance="tint" color={present ? "success" : "warning"}>
      {present ? s.standards.present : s.standards.missing}
    </Badge>
  );
  return (
    <section aria-labelledby="zc-coverage-heading">
      <Subtitle2 as="h2" id="zc-coverage-heading">
        {s.standards.coverageHeading}
      </Subtitle2>
      {!coverage ? (
        <Body1 block>{s.standards.coverageNone}</Body1>
      ) : (
        <>
          <Body1 block data-testid="coverage-count">
            {format(s.standards.highFrequency, {
              present: coverage.highFrequencyPresent,
              total: coverage.highFrequency.length,
            })}
          </Body1>
          <ul className={styles.list} aria-label={s.standards.coverageHeading}>
            {coverage.highFrequency.map((entry) => (
              <li key={entry.indicator.id} className={styles.row} data-present={entry.present}>
                {mark(entry.present)} {entry.indicator.name[language]}{" "}
                <Caption1>{format(s.standards.usedBy, { count: entry.count })}</Caption1>
              </li>
            ))}
          </ul>
          <Subtitle2 as="h3">{s.standards.substantiveHeading}</Subtitle2>
          <ul className={styles.list}>
            {coverage.substantive.map((entry) => (
              <li key={entry.group.key} className={styles.row}>
                {mark(entry.present)} {entry.group.name[language]}{" "}
                <Caption1>{entry.group.among22[language]}</Caption1>
              </li>
            ))}
          </ul>
          <Subtitle2 as="h3">{s.standards.lowFrequencyHeading}</Subtitle2>
          {coverage.lowFrequencyPresent.length === 0 ? (
            <Body1 block>{s.standards.lowFrequencyNone}</Body1>
          ) : (
            <ul className={styles.list}>
              {coverage.lowFrequencyPresent.map((indicator) => (
                <li key={indicator.id}>{indicator.name[language]}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
