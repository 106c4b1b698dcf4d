import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { STANDARDS, type StandardsCoverage } from "../../core/park";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** The tab's one line first: how much of what the 22 standards ask the last sheet reports. */
export function StandardsVerdict({ coverage }: { coverage: StandardsCoverage | null }) {
  const { s } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={s.verdict.heading} data-testid="standards-verdict">
      {coverage ? (
        <>
          <Body1>
            {format(s.verdict.standardsCoverage, {
              present: coverage.highFrequencyPresent,
              total: coverage.highFrequency.length,
            })}
          </Body1>
          <Caption1>
            {format(s.verdict.standardsSubstantive, {
              present: coverage.substantive.filter((entry) => entry.present).length,
              total: coverage.substantive.length,
            })}
          </Caption1>
        </>
      ) : (
        <Body1>
          {format(s.verdict.standardsNone, {
            total: STANDARDS.length,
            local: STANDARDS.filter((standard) => standard.type === "local").length,
            group: STANDARDS.filter((standard) => standard.type === "group").length,
          })}
        </Body1>
      )}
    </section>
  );
}
