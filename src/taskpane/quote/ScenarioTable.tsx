import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { money, type QuoteResult } from "../../core/quote";
import { fillIn } from "../../i18n/quote";
import { formatDecimal } from "./formatDecimal";
import { useQuoteStyles } from "./quoteStyles";
import { useQuoteStrings } from "./useQuoteStrings";

/** The delivery year as entered and with the lower SEE, side by side, and the saving. */
export function ScenarioTable({ result }: { result: QuoteResult }) {
  const { q, language } = useQuoteStrings();
  const styles = useQuoteStyles();
  const eur = (value: Parameters<typeof money>[0]) => formatDecimal(money(value), language);
  const rows = [
    ...result.lines.map(({ line, delivery }) => ({
      key: String(line.number),
      label: String(line.number),
      ...delivery,
    })),
    { key: "total", label: q.results.total, ...result.delivery },
  ];
  return (
    <div
      className={styles.scroll}
      tabIndex={0}
      role="region"
      aria-label={fillIn(q.cards.scrollLabel, {
        table: fillIn(q.results.scenarioHeading, { year: result.delivery.year }),
      })}
    >
      <Table
        className={styles.resultsTable}
        size="small"
        aria-label={fillIn(q.results.scenarioHeading, { year: result.delivery.year })}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{q.results.line}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.asEntered}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.lowerSee}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{q.results.saving}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} className={row.key === "total" ? styles.total : undefined}>
              <TableCell>{row.label}</TableCell>
              <TableCell className={styles.number}>{eur(row.base.costEur)}</TableCell>
              <TableCell className={styles.number}>{eur(row.alternative.costEur)}</TableCell>
              <TableCell className={styles.number} data-testid={`quote-saving-${row.key}`}>
                {eur(row.savingEur)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
