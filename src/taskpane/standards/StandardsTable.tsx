import {
  Caption1,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { STANDARDS, type StandardType } from "../../core/park";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import {
  NO_FILTER,
  type StandardsFilter,
  filterStandards,
  regionOptions,
  yearOptions,
} from "./filterStandards";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  code: { whiteSpace: "nowrap" },
  number: { width: "36px" },
  issued: { width: "84px" },
});

/** Table 2 of the paper, filterable by type, region and year. */
export function StandardsTable() {
  const { s, language } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<StandardsFilter>(NO_FILTER);
  const shown = filterStandards(STANDARDS, filter, language);
  const set = (patch: Partial<StandardsFilter>) => setFilter((current) => ({ ...current, ...patch }));

  return (
    <>
      <div className={styles.filters} role="group" aria-label={s.standards.filtersLabel}>
        <Field label={s.standards.type} size="small">
          <Select
            value={filter.type}
            onChange={(_, data) => set({ type: data.value as StandardType | "all" })}
          >
            <option value="all">{s.standards.all}</option>
            <option value="local">{s.standards.local}</option>
            <option value="group">{s.standards.group}</option>
          </Select>
        </Field>
        <Field label={s.standards.region} size="small">
          <Select value={filter.region} onChange={(_, data) => set({ region: data.value })}>
            <option value="all">{s.standards.all}</option>
            {regionOptions(STANDARDS, language).map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.standards.year} size="small">
          <Select value={filter.year} onChange={(_, data) => set({ year: data.value })}>
            <option value="all">{s.standards.all}</option>
            {yearOptions(STANDARDS).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Caption1 role="status">
        {format(s.standards.shown, { shown: shown.length, total: STANDARDS.length })}
      </Caption1>
      <Table size="extra-small" aria-label={s.standards.tableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.number}>{s.standards.number}</TableHeaderCell>
            <TableHeaderCell>{s.standards.title}</TableHeaderCell>
            <TableHeaderCell className={styles.issued}>{s.standards.issued}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((standard) => (
            <TableRow key={standard.code} data-code={standard.code}>
              <TableCell>{standard.number ?? "—"}</TableCell>
              <TableCell>
                <div>{standard.title[language]}</div>
                <Caption1 className={styles.code}>{standard.code}</Caption1>
                <Caption1 block>
                  {standard.issuer[language]} ·{" "}
                  {standard.type === "local" ? s.standards.local : s.standards.group} ·{" "}
                  {standard.region[language]}
                </Caption1>
              </TableCell>
              <TableCell>{standard.issued}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
