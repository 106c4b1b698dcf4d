import {
  Button,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { compareParks, type ValidationResult } from "../../core/sheet";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { formatValue } from "./formatValue";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  scroll: { overflowX: "auto" },
});

/** Parks × key indicators, ranked by the national notice's core indicator; a row opens that park. */
export function ParkComparison({
  result,
  onShowPark,
}: {
  result: ValidationResult;
  onShowPark: (index: number) => void;
}) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const rows = compareParks(result);
  const indexOf = (park: string | null) => result.parks.findIndex((entry) => entry.park === park);
  return (
    <section className={styles.section} aria-labelledby="zc-parks-heading" data-testid="park-comparison">
      <Subtitle2 as="h2" id="zc-parks-heading">
        {s.parks.comparisonHeading}
      </Subtitle2>
      <Caption1>{s.parks.comparisonCaption}</Caption1>
      {/* Focusable so keyboard users can scroll a wide table. */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="zc-parks-heading">
        <Table size="extra-small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.parks.rank}</TableHeaderCell>
              <TableHeaderCell>{s.parks.park}</TableHeaderCell>
              <TableHeaderCell>{s.parks.coreIndicator}</TableHeaderCell>
              <TableHeaderCell>{s.parks.notice}</TableHeaderCell>
              <TableHeaderCell>{s.parks.failed}</TableHeaderCell>
              <TableHeaderCell>{s.parks.tedi}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const name = row.park ?? "—";
              return (
                <TableRow key={name} data-park={name}>
                  <TableCell>{row.rank ?? "—"}</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      appearance="transparent"
                      aria-label={format(s.parks.showPark, { park: name })}
                      onClick={() => onShowPark(indexOf(row.park))}
                    >
                      {name}
                    </Button>
                  </TableCell>
                  <TableCell>
                    {row.unitEnergyCarbon === null
                      ? "—"
                      : formatValue(row.unitEnergyCarbon, "tCO2/tce", language)}
                  </TableCell>
                  <TableCell>
                    {row.nothingToValidate ? (
                      s.parks.nothingToValidate
                    ) : row.notice === null ? (
                      "—"
                    ) : (
                      <StatusBadge status={row.notice} />
                    )}
                  </TableCell>
                  <TableCell>{row.failed}</TableCell>
                  <TableCell>{row.tediScore === null ? "—" : row.tediScore.toFixed(1)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
