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
import { useQuoteStrings } from "./useQuoteStrings";

/** 2026-2034 totals: surcharge (with a bar) first, then cost per tonne, free allocation, cost, saving. */
export function CostPathTable({ result }: { result: QuoteResult }) {
  const { q, language } = useQuoteStrings();
  const styles = useQuoteStyles();
  const eur = (value: Parameters<typeof money>[0]) => formatDecimal(money(value), language);
  // Bars are relative to the path's highest surcharge (usually 2034's), so the rise is visible.
  const highest = result.path.reduce(
    (most, year) => Math.max(most, year.base.surchargePercent.toNumber()),
    0,
  );

  return (
    // Focusable so keyboard users can scroll it sideways in a narrow pane.
    <div
      className={styles.scroll}
      tabIndex={0}
      role="region"
      aria-label={fillIn(q.cards.scrollLabel, { table: q.results.pathCaption })}
    >
      <Table className={styles.pathTable} size="small" aria-label={q.results.pathCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{q.results.year}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.surcharge}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.costPerTonne}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.freeAllocation}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.costEur}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.saving}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.path.map((year) => {
            const surcharge = year.base.surchargePercent;
            const width = highest === 0 ? 0 : (surcharge.toNumber() / highest) * 100;
            return (
              <TableRow key={year.year} data-testid={`quote-path-${year.year}`}>
                <TableCell>{year.year}</TableCell>
                <TableCell className={styles.number}>
                  {formatPercent(percent(surcharge), language)}
                  <div className={styles.barTrack} aria-hidden>
                    <div className={styles.bar} style={{ width: `${width}%` }} />
                  </div>
                </TableCell>
                <TableCell className={styles.number}>{eur(year.base.costPerTonneEur)}</TableCell>
                <TableCell className={styles.number}>
                  {formatPercent(percent(year.freeAllocationShare.times(100)), language)}
                </TableCell>
                <TableCell className={styles.number}>{eur(year.base.costEur)}</TableCell>
                <TableCell className={styles.number}>{eur(year.savingEur)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
