import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { format } from "../../i18n";
import type { UiLanguage, UiStrings } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { JargonTip } from "../shell/JargonTip";
import { formatValue } from "./formatValue";
import { GoToCell } from "./GoToCell";
import type { ChecklistVerdict } from "./verdict";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  bad: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  good: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The headline and its one-line reason, in the UI language. */
export function verdictText(verdict: ChecklistVerdict, s: UiStrings, language: UiLanguage) {
  const v = s.verdict;
  const headline = {
    "notice-fail": v.noticeFail,
    "notice-pass": v.noticePass,
    "notice-missing": v.noticeMissing,
    "notice-not-applicable": v.noticeNotApplicable,
    "checks-fail": format(v.checksFail, { count: verdict.failures }),
    "checks-missing": format(v.checksMissing, { count: verdict.missing }),
    "checks-pass": v.checksPass,
  }[verdict.kind];
  const { notice } = verdict;
  const detail =
    notice && notice.value !== null && notice.limit !== null && verdict.kind !== "notice-not-applicable"
      ? format(v.noticeDetail, {
          indicator: notice.indicatorName[language],
          value: formatValue(notice.value, notice.unit, language),
          limit: formatValue(notice.limit, notice.unit, language),
          band: verdict.band?.[language] ?? "",
        })
      : verdict.first
        ? format(v.firstFix, { indicator: verdict.first.name[language] })
        : null;
  const counts = format(v.counts, {
    failures: verdict.failures,
    missing: verdict.missing,
    passes: verdict.passes,
  });
  return { headline, detail, counts };
}

/** The verdict first: does the park meet the notice, why, and where to go. */
export function VerdictCard({
  verdict,
  onSelectCell,
}: {
  verdict: ChecklistVerdict;
  onSelectCell: (cell: string) => void;
}) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const { headline, detail, counts } = verdictText(verdict, s, language);
  const bad = verdict.kind === "notice-fail" || verdict.kind === "checks-fail";
  const good = verdict.kind === "notice-pass" || verdict.kind === "checks-pass";
  const goTo = verdict.cell;
  const indicator = verdict.notice?.cell === goTo ? verdict.notice?.indicatorName : verdict.first?.name;
  return (
    <section
      className={`${styles.card} ${bad ? styles.bad : good ? styles.good : ""}`}
      aria-labelledby="zc-verdict-heading"
      data-testid="verdict"
      data-kind={verdict.kind}
    >
      <Subtitle2 as="h2" id="zc-verdict-heading">
        {headline}
      </Subtitle2>
      {detail ? (
        <div className={styles.line}>
          <Body1>{detail}</Body1>
          {verdict.notice ? <JargonTip term="band" /> : null}
        </div>
      ) : null}
      <Caption1>{counts}</Caption1>
      {goTo ? (
        <div className={styles.line}>
          <GoToCell
            cell={goTo}
            indicator={indicator?.[language] ?? ""}
            onSelectCell={onSelectCell}
            appearance="primary"
          />
        </div>
      ) : null}
    </section>
  );
}
