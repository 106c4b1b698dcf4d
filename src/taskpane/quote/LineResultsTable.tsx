import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { money, percent, type QuoteResult } from "../../core/quote";
import { fillIn } from "../../i18n/quote";
import { formatDecimal, formatPercent } from "./formatDecimal";
import { useQuoteStyles } from "./quoteStyles";
import type { QuoteDefaults } from "./useQuote";
import { useQuoteStrings } from "./useQuoteStrings";

/**
 * Per line and total for the delivery year: cost, cost per tonne, surcharge, CNY when a rate is
 * given; for lines with a country of origin, the default path per tonne beside the actual figure
 * and what verified data saves, and the label of a default value taken from the tables.
 */
export function LineResultsTable({ result, defaults }: { result: QuoteResult; defaults?: QuoteDefaults }) {
  const { q, language } = useQuoteStrings();
  const styles = useQuoteStyles();
  const withCny = result.quote.exchangeRate !== null;
  const eur = (value: Parameters<typeof money>[0]) => formatDecimal(money(value), language);
  const share = (value: Parameters<typeof percent>[0]) => formatPercent(percent(value), language);
  const totals = result.delivery.base;
  const withDefaults = (defaults?.lines.size ?? 0) > 0;

  return (
    <div className={styles.scroll}>
      <Table
        className={styles.resultsTable}
        size="small"
        aria-label={fillIn(q.results.heading, { year: result.delivery.year })}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{q.results.line}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.costEur}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.costPerTonne}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.surcharge}</TableHeaderCell>
            {withCny ? (
              <TableHeaderCell className={styles.numberHeader}>{q.results.costCny}</TableHeaderCell>
            ) : null}
            {withDefaults ? (
              <>
                <TableHeaderCell className={styles.numberHeader}>{q.results.defaultPerTonne}</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>{q.results.verifiedSaves}</TableHeaderCell>
              </>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.lines.map(({ line, delivery }) => {
            const found = defaults?.lines.get(line.number);
            const compared = defaults?.compared.get(line.number);
            const note = !found
              ? null
              : found.ok
                ? line.seeIsDefaultValue
                  ? found.value.label
                  : null
                : found.message;
            return (
              <TableRow key={line.number}>
                <TableCell>
                  {line.description ? `${line.number}. ${line.description}` : line.number}
                  {note ? (
                    <div className={styles.lineNote} data-testid={`quote-line-default-${line.number}`}>
                      {note[language]}
                    </div>
                  ) : null}
                </TableCell>
                <TableCell className={styles.number} data-testid={`quote-line-cost-${line.number}`}>
                  {eur(delivery.base.costEur)}
                </TableCell>
                <TableCell className={styles.number}>{eur(delivery.base.costPerTonneEur)}</TableCell>
                <TableCell className={styles.number}>{share(delivery.base.surchargePercent)}</TableCell>
                {withCny ? (
                  <TableCell className={styles.number}>{eur(delivery.base.costCny!)}</TableCell>
                ) : null}
                {withDefaults ? (
                  <>
                    <TableCell
                      className={styles.number}
                      data-testid={`quote-line-default-cost-${line.number}`}
                    >
                      {compared
                        ? eur(compared.defaultCostPerTonneEur)
                        : line.seeIsDefaultValue && found?.ok
                          ? eur(delivery.base.costPerTonneEur)
                          : ""}
                    </TableCell>
                    <TableCell className={styles.number} data-testid={`quote-line-saving-${line.number}`}>
                      {compared ? eur(compared.savingPerTonneEur) : ""}
                    </TableCell>
                  </>
                ) : null}
              </TableRow>
            );
          })}
          <TableRow className={styles.total}>
            <TableCell>{q.results.total}</TableCell>
            <TableCell className={styles.number} data-testid="quote-total-cost">
              {eur(totals.costEur)}
            </TableCell>
            <TableCell className={styles.number} data-testid="quote-total-per-tonne">
              {eur(totals.costPerTonneEur)}
            </TableCell>
            <TableCell className={styles.number}>{share(totals.surchargePercent)}</TableCell>
            {withCny ? <TableCell className={styles.number}>{eur(totals.costCny!)}</TableCell> : null}
            {withDefaults ? (
              <>
                <TableCell />
                <TableCell />
              </>
            ) : null}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
