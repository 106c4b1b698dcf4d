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
  /** Message to show under a quote-level field ("certificatePrice:2030" for a path year), if any. */
  message: (key: string) => string | undefined;
  /** The user left a field: its message may show from now on. */
  onLeave: (key: string) => void;
}

/** Delivery year, EU price (single or per year), carbon price paid at home, exchange rate. */
export function QuoteParametersForm({ draft, dispatch, message, onLeave }: QuoteParametersFormProps) {
  const { q } = useQuoteStrings();
  const styles = useQuoteStyles();
  const set = (patch: Partial<QuoteParameters>) => dispatch({ type: "setParameters", patch });
  const state = (key: QuoteField | string) => {
    const text = message(key);
    return text ? { validationState: "error" as const, validationMessage: text } : {};
  };

  return (
    <div className={styles.section}>
      <div className={styles.fields}>
        <Field label={q.parameters.deliveryYear} required {...state("deliveryYear")}>
          <Input
            inputMode="numeric"
            value={draft.deliveryYear}
            onBlur={() => onLeave("deliveryYear")}
            onChange={(_, data) => set({ deliveryYear: data.value })}
          />
        </Field>
        <Field label={q.parameters.paidPrice} hint={q.parameters.paidPriceHint} {...state("paidPrice")}>
          <Input
            inputMode="decimal"
            value={draft.paidPrice}
            onBlur={() => onLeave("paidPrice")}
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
            onBlur={() => onLeave("exchangeRate")}
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
            onBlur={() => onLeave("certificatePrice")}
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
                onBlur={() => onLeave(`certificatePrice:${year}`)}
                onChange={(_, data) => dispatch({ type: "setPathPrice", year, price: data.value })}
              />
            </Field>
          ))}
        </div>
      )}
    </div>
  );
}
