import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ValidationResult } from "../../core/sheet";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { IndicatorRowItem } from "./IndicatorRowItem";
import type { IndicatorRow, RowSection } from "./indicatorRows";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/**
 * Failures, then missing, then guidance, each open; passes collapsed (Excel's Accessibility
 * Checker: errors, warnings, tips). One row per indicator.
 */
export function ChecklistSections({
  rows,
  onSelectCell,
}: {
  result: ValidationResult;
  rows: readonly IndicatorRow[];
  onSelectCell: (cell: string) => void;
}) {
  const { s } = useI18n();
  const styles = useStyles();
  const of = (section: RowSection) => rows.filter((row) => row.section === section);
  const list = (section: RowSection, shown: readonly IndicatorRow[]) => (
    <ul className={styles.list} aria-labelledby={`zc-section-${section}`} data-section={section}>
      {shown.map((row) => (
        <IndicatorRowItem key={row.indicatorId} row={row} onSelectCell={onSelectCell} />
      ))}
    </ul>
  );
  const open = (["failure", "missing", "guidance"] as const).filter((section) => of(section).length > 0);
  const passes = of("pass");

  return (
    <div className={styles.section} role="region" aria-label={s.sections.label}>
      {open.map((section) => (
        <section key={section} className={styles.section}>
          <Subtitle2 as="h3" id={`zc-section-${section}`}>
            {format(s.sections[section], { count: of(section).length })}
          </Subtitle2>
          {list(section, of(section))}
        </section>
      ))}
      {passes.length > 0 ? (
        <Accordion collapsible>
          <AccordionItem value="pass">
            <AccordionHeader as="h3" id="zc-section-pass">
              {format(s.sections.pass, { count: passes.length })}
            </AccordionHeader>
            <AccordionPanel>{list("pass", passes)}</AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
    </div>
  );
}
