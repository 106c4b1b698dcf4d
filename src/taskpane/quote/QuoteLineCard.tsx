import { Button, Caption1, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { CBAM_GOODS, type CbamGood } from "../../core/cbam";
import {
  cbamGoodForCnCode,
  formatCnCode,
  isShortCnCode,
  normalizeCnCode,
  type QuoteLineDraft,
} from "../../core/quote";
import { fillIn } from "../../i18n/quote";
import { JargonTip, type JargonTerm } from "../shell/JargonTip";
import type { QuoteDraftAction } from "./quoteDraftReducer";
import { useQuoteStrings } from "./useQuoteStrings";

type TextField =
  "description" | "cnCode" | "country" | "quantity" | "see" | "benchmark" | "basePrice" | "alternativeSee";
const NUMERIC: ReadonlySet<TextField> = new Set([
  "quantity",
  "see",
  "benchmark",
  "basePrice",
  "alternativeSee",
]);
const TIPS: Partial<Record<TextField, JargonTerm>> = { see: "see", benchmark: "benchmark" };

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  summary: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  withTip: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: 0 },
});

export interface QuoteLineCardProps {
  line: QuoteLineDraft;
  index: number;
  perLine: boolean;
  canRemove: boolean;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  dispatch: (action: QuoteDraftAction) => void;
  /** The message to show under a field ("" = none): shown once the user has left the field. */
  message: (field: string) => string | undefined;
  onLeave: (field: string) => void;
}

/** "Hot-rolled coil · 7208 51 20 · 1,000 t · SEE 2.0", or null while a needed field is blank. */
function summaryOf(
  line: QuoteLineDraft,
  n: number,
  q: ReturnType<typeof useQuoteStrings>["q"],
): string | null {
  // SEE may stay blank when a country of origin brings the default value.
  if ([line.quantity, line.basePrice].some((value) => value.trim() === "")) return null;
  if (line.see.trim() === "" && line.country.trim() === "") return null;
  const code = normalizeCnCode(line.cnCode);
  return fillIn(q.cards.summary, {
    description: line.description.trim() || fillIn(q.cards.untitled, { n }),
    cn: code === null ? line.cnCode.trim() || "—" : formatCnCode(code),
    quantity: line.quantity.trim(),
    see: line.see.trim() || q.lines.default,
  });
}

/** One product line as a card: labelled fields stacked for a 320 px pane, a one-line summary once filled. */
export function QuoteLineCard({
  line,
  index,
  perLine,
  canRemove,
  collapsed,
  onCollapse,
  dispatch,
  message,
  onLeave,
}: QuoteLineCardProps) {
  const { q, language } = useQuoteStrings();
  const styles = useStyles();
  const n = index + 1;
  const edit = (patch: Partial<QuoteLineDraft>) => dispatch({ type: "editLine", index, patch });
  const summary = summaryOf(line, n, q);
  const code = normalizeCnCode(line.cnCode);
  const mapped: CbamGood | null = code === null ? null : cbamGoodForCnCode(code);
  const goodName = (id: CbamGood) => CBAM_GOODS.find((good) => good.id === id)!.name[language];
  const state = (field: string) => {
    const text = message(`${n}:${field}`);
    return text ? { validationState: "error" as const, validationMessage: text } : {};
  };

  const textField = (field: TextField) => {
    const tip = TIPS[field];
    const note =
      field === "cnCode" && code !== null && isShortCnCode(code) && mapped !== null
        ? fillIn(q.cards.headingNote, { code: formatCnCode(code), good: goodName(mapped) })
        : undefined;
    const input = (
      <Field
        key={field}
        className={styles.grow}
        label={q.lines[field]}
        hint={
          note ??
          (field === "cnCode" ? q.lines.cnCodeHint : field === "country" ? q.lines.countryHint : undefined)
        }
        required={field === "quantity" || field === "basePrice"}
        {...state(field)}
      >
        <Input
          value={line[field]}
          inputMode={NUMERIC.has(field) ? "decimal" : undefined}
          aria-label={fillIn(q.lines.fieldOfLine, { field: q.lines[field], n })}
          data-field={field}
          onChange={(_, data) => edit({ [field]: data.value })}
          onBlur={() => onLeave(`${n}:${field}`)}
        />
      </Field>
    );
    return tip ? (
      <div key={field} className={styles.withTip}>
        {input}
        <JargonTip term={tip} />
      </div>
    ) : (
      input
    );
  };

  return (
    <fieldset className={styles.card} data-line={n}>
      <legend className={styles.legend}>{fillIn(q.lines.line, { n })}</legend>
      <div className={styles.head}>
        <Caption1 className={styles.summary} data-testid={`quote-line-summary-${n}`}>
          {summary ?? ""}
        </Caption1>
        {summary ? (
          <Button
            size="small"
            appearance="subtle"
            // The name starts with the visible word (label in name), then says which line.
            aria-label={fillIn(collapsed ? q.cards.edit : q.cards.collapse, { n })}
            onClick={() => onCollapse(!collapsed)}
          >
            {collapsed ? q.cards.editShort : q.cards.doneShort}
          </Button>
        ) : null}
        <Button
          size="small"
          appearance="subtle"
          aria-label={fillIn(q.lines.remove, { n })}
          disabled={!canRemove}
          onClick={() => dispatch({ type: "removeLine", index })}
        >
          ×
        </Button>
      </div>
      {collapsed && summary ? null : (
        <>
          {textField("description")}
          {textField("cnCode")}
          {textField("country")}
          <Field label={q.lines.good} {...state("good")}>
            <Select
              value={line.good}
              aria-label={fillIn(q.lines.fieldOfLine, { field: q.lines.good, n })}
              onChange={(_, data) => edit({ good: data.value as CbamGood | "" })}
              onBlur={() => onLeave(`${n}:good`)}
            >
              <option value="">
                {mapped === null ? q.lines.goodPick : fillIn(q.lines.goodFromCn, { good: goodName(mapped) })}
              </option>
              {CBAM_GOODS.map((good) => (
                <option key={good.id} value={good.id}>
                  {good.name[language]}
                </option>
              ))}
            </Select>
          </Field>
          {textField("quantity")}
          {textField("see")}
          <Field label={q.lines.valueType}>
            <Select
              value={line.valueType}
              aria-label={fillIn(q.lines.fieldOfLine, { field: q.lines.valueType, n })}
              onChange={(_, data) => edit({ valueType: data.value === "default" ? "default" : "actual" })}
            >
              <option value="actual">{q.lines.actual}</option>
              <option value="default">{q.lines.default}</option>
            </Select>
          </Field>
          {textField("benchmark")}
          {textField("basePrice")}
          {perLine ? textField("alternativeSee") : null}
        </>
      )}
    </fieldset>
  );
}
