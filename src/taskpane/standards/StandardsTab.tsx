import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationState } from "../checklist/useValidation";
import { useI18n } from "../shell/i18nContext";
import { CoveragePanel } from "./CoveragePanel";
import { EvaluationFacts } from "./EvaluationFacts";
import { StandardsTable } from "./StandardsTable";
import { StandardsVerdict } from "./StandardsVerdict";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** The 22 standards (filterable), the last sheet's coverage of them, and the paper's aggregate facts. */
export function StandardsTab({ validation }: { validation: ValidationState }) {
  const { s } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.tab}>
      <StandardsVerdict coverage={validation.result?.coverage ?? null} />
      <section aria-labelledby="zc-standards-heading">
        <Subtitle2 as="h2" id="zc-standards-heading">
          {s.standards.heading}
        </Subtitle2>
        <Caption1 block>{s.standards.source}</Caption1>
        <StandardsTable />
      </section>
      <CoveragePanel coverage={validation.result?.coverage ?? null} />
      <EvaluationFacts />
    </div>
  );
}
