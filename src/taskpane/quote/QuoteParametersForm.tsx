import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { COST_PATH_YEARS } from "../../core/cbam";
import type { QuoteDraft, QuoteField } from "../../core/quote";
import { fillIn } from "../../i18n/quote";
import type { QuoteDraftAction, QuoteParameters } from "./quoteDraftReducer";
import { useQuoteStyles } from "./quoteStyles";
import { useQuoteStrings } from "./useQuoteStrings";

export interface QuoteParametersFormProps {
  draft: QuoteDraft;
  dispatch: (action: QuoteDraftAction) => void;
  /** Message of the first issue per quote-level field ("certificatePrice:2030" for a path year). */
  messages: ReadonlyMap<string, string>;
}

/** Delivery year, EU price (single or per year), carbon price paid at home, exchange rate. */
export function QuoteParametersForm({ draft, dispatch, messages }: QuoteParametersFormProps) {
  const { q } = useQuoteStrings();
  const styles = useQuoteStyles();
  const set = (patch: Partial<QuoteParameters>) => dispatch({ type: "setParameters", patch });
  const state = (key: QuoteField | string) =>
    messages.has(key) ? { validationState: "error" as const, validationMessage: messages.get(key) } : {};

  return (
    <div className={styles.section}>
      <div className={styles.fields}>
        <Field label={q.parameters.deliveryYear} required {...state("deliveryYear")}>
          <Input
            inputMode="numeric"
            value={draft.deliveryYear}
            onChange={(_, data) => set({ deliveryYear: data.value })}
          />
        </Field>
        <Field label={q.parameters.paidPrice} hint={q.parameters.paidPriceHint} {...state("paidPrice")}>
          <Input
            inputMode="decimal"
            value={draft.paidPrice}
            onChange={(_, data) => set({ paidPrice: data.value })}
          />
        </Field>
        <Field
          label={q.parameters.exchangeRate}
          hint={q.parameters.exchangeRateHint}
          {...state("exchangeRate")}
        >
          <Input
            inputMode="decimal"
            value={draft.exchangeRate}
            onChange={(_, data) => set({ exchangeRate: data.value })}
          />
        </Field>
      </div>
      <Field label={q.parameters.priceKind} hint={q.parameters.priceHint}>
        <RadioGroup
          layout="horizontal"
          value={draft.price.kind}
          onChange={(_, data) => dispatch({ type: "usePricePath", path: data.value === "path" })}
        >
          <Radio value="single" label={q.parameters.single} />
          <Radio value="path" label={q.parameters.path} />
        </RadioGroup>
      </Field>
      {draft.price.kind === "single" ? (
        <Field label={q.parameters.price} required {...state("certificatePrice")}>
          <Input
            inputMode="decimal"
            value={draft.price.price}
            onChange={(_, data) => dispatch({ type: "setSinglePrice", price: data.value })}
          />
        </Field>
      ) : (
        <div className={styles.fields}>
          {COST_PATH_YEARS.map((year) => (
            <Field
              key={year}
              label={fillIn(q.parameters.priceForYear, { year })}
              required
              {...state(`certificatePrice:${year}`)}
            >
              <Input
                inputMode="decimal"
                value={draft.price.kind === "path" ? (draft.price.byYear[year] ?? "") : ""}
                onChange={(_, data) => dispatch({ type: "setPathPrice", year, price: data.value })}
              />
            </Field>
          ))}
        </div>
      )}
    </div>
  );
}
