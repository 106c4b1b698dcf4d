import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { EVALUATION_METHODS, STANDARDS_FACTS } from "../../core/park";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The paper's aggregate facts about the 22 standards (no per-standard mapping exists). */
export function EvaluationFacts() {
  const { s, language } = useI18n();
  const styles = useStyles();
  return (
    <section aria-labelledby="zc-methods-heading">
      <Subtitle2 as="h2" id="zc-methods-heading">
        {s.standards.methodsHeading}
      </Subtitle2>
      <ul className={styles.list} data-testid="evaluation-methods">
        {EVALUATION_METHODS.map((method) => (
          <li key={method.key}>
            <strong>{method.name[language]}</strong>:{" "}
            {format(s.standards.methodCount, { count: method.standards })} — {method.description[language]}
          </li>
        ))}
      </ul>
      <Caption1 block>{s.standards.methodsNote}</Caption1>
      <Subtitle2 as="h3">{s.standards.factsHeading}</Subtitle2>
      <ul className={styles.list}>
        {STANDARDS_FACTS.map((fact) => (
          <li key={fact.key}>{fact.text[language]}</li>
        ))}
      </ul>
    </section>
  );
}
