import { Body1, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { QuoteDraft } from "../../core/quote";
import type { QuoteDraftAction } from "./quoteDraftReducer";
import { useQuoteStyles } from "./quoteStyles";
import { useQuoteStrings } from "./useQuoteStrings";

/** How the lower-SEE scenario is given: one % for all lines, or an alternative SEE per line (in the grid). */
export function ScenarioForm({
  draft,
  dispatch,
  message,
  onLeave,
}: {
  draft: QuoteDraft;
  dispatch: (action: QuoteDraftAction) => void;
  message: string | undefined;
  onLeave: () => void;
}) {
  const { q } = useQuoteStrings();
  const styles = useQuoteStyles();
  return (
    <div className={styles.section}>
      <Body1>{q.scenario.hint}</Body1>
      <Field label={q.scenario.kind}>
        <RadioGroup
          layout="horizontal"
          value={draft.scenario.kind}
          onChange={(_, data) =>
            dispatch({ type: "useScenario", kind: data.value === "percent" ? "percent" : "perLine" })
          }
        >
          <Radio value="perLine" label={q.scenario.perLine} />
          <Radio value="percent" label={q.scenario.percent} />
        </RadioGroup>
      </Field>
      {draft.scenario.kind === "percent" ? (
        <Field
          label={q.scenario.reductionPercent}
          required
          {...(message ? { validationState: "error" as const, validationMessage: message } : {})}
        >
          <Input
            inputMode="decimal"
            value={draft.scenario.reductionPercent}
            onBlur={onLeave}
            onChange={(_, data) => dispatch({ type: "setReductionPercent", percent: data.value })}
          />
        </Field>
      ) : null}
    </div>
  );
}
