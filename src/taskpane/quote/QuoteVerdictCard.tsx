import { Body1, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { fillIn } from "../../i18n/quote";
import { formatDecimal, formatPercent } from "./formatDecimal";
import type { QuoteVerdict } from "./quoteVerdict";
import { useQuoteStrings } from "./useQuoteStrings";

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
  incomplete: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  big: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Cost per tonne, surcharge and total for the delivery year; or "2 inputs missing". Live. */
export function QuoteVerdictCard({ verdict }: { verdict: QuoteVerdict }) {
  const { q, language } = useQuoteStrings();
  const styles = useStyles();
  const v = q.verdict;
  if (verdict.kind === "priced") {
    return (
      <section className={styles.card} aria-label={v.label} aria-live="polite" data-testid="quote-verdict">
        <Caption1>{fillIn(v.perTonneLabel, { year: verdict.year })}</Caption1>
        <Text className={styles.big} data-testid="quote-verdict-per-tonne">
          {fillIn(v.perTonne, { cost: formatDecimal(verdict.perTonne, language) })}
        </Text>
        <Body1>{fillIn(v.surcharge, { percent: formatPercent(verdict.surchargePercent, language) })}</Body1>
        <Body1>
          {fillIn(v.total, { cost: formatDecimal(verdict.totalEur, language), year: verdict.year })}
        </Body1>
      </section>
    );
  }
  const parts = [
    verdict.missing > 0
      ? verdict.missing === 1
        ? v.missingOne
        : fillIn(v.missingMany, { count: verdict.missing })
      : null,
    verdict.invalid > 0
      ? verdict.invalid === 1
        ? v.invalidOne
        : fillIn(v.invalidMany, { count: verdict.invalid })
      : null,
  ].filter((part): part is string => part !== null);
  return (
    <section
      className={`${styles.card} ${styles.incomplete}`}
      aria-label={v.label}
      aria-live="polite"
      data-testid="quote-verdict"
    >
      <Text weight="semibold">{parts.join(" · ")}</Text>
      {verdict.first ? (
        <Caption1>{fillIn(v.firstMissing, { field: verdict.first.message[language] })}</Caption1>
      ) : null}
    </section>
  );
}
