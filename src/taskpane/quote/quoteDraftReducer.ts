/** Edits of the quote form as a pure reducer (the form logic, testable without React). */
import {
  blankLine,
  pricePathFrom,
  type QuoteDraft,
  type QuoteLineDraft,
  type ScenarioDraft,
} from "../../core/quote";
import { COST_PATH_YEARS } from "../../core/cbam";

export type QuoteParameters = Pick<QuoteDraft, "paidPrice" | "exchangeRate" | "deliveryYear">;

export type QuoteDraftAction =
  | { type: "editLine"; index: number; patch: Partial<QuoteLineDraft> }
  | { type: "addLine" }
  /** Lines filled elsewhere (a supplier's template); they replace the form's one untouched blank line. */
  | { type: "appendLines"; lines: QuoteLineDraft[] }
  | { type: "removeLine"; index: number }
  | { type: "setParameters"; patch: Partial<QuoteParameters> }
  | { type: "setSinglePrice"; price: string }
  | { type: "setPathPrice"; year: number; price: string }
  | { type: "usePricePath"; path: boolean }
  | { type: "useScenario"; kind: ScenarioDraft["kind"] }
  | { type: "setReductionPercent"; percent: string }
  | { type: "replace"; draft: QuoteDraft };

function switchPrice(draft: QuoteDraft, path: boolean): QuoteDraft["price"] {
  const { price } = draft;
  if (path) return price.kind === "path" ? price : pricePathFrom(price.price);
  // Back to one price: start from the first year's, the nearest thing to "the" price.
  return price.kind === "single" ? price : { kind: "single", price: price.byYear[COST_PATH_YEARS[0]!] ?? "" };
}

export function quoteDraftReducer(draft: QuoteDraft, action: QuoteDraftAction): QuoteDraft {
  switch (action.type) {
    case "editLine":
      return {
        ...draft,
        lines: draft.lines.map((line, i) => (i === action.index ? { ...line, ...action.patch } : line)),
      };
    case "addLine":
      return { ...draft, lines: [...draft.lines, blankLine()] };
    case "appendLines": {
      if (action.lines.length === 0) return draft;
      const untouched = JSON.stringify(blankLine());
      const kept = draft.lines.filter((line) => JSON.stringify(line) !== untouched);
      return { ...draft, lines: [...kept, ...action.lines] };
    }
    case "removeLine":
      // The form always keeps one line to type into.
      return draft.lines.length <= 1
        ? draft
        : { ...draft, lines: draft.lines.filter((_, i) => i !== action.index) };
    case "setParameters":
      return { ...draft, ...action.patch };
    case "setSinglePrice":
      return { ...draft, price: { kind: "single", price: action.price } };
    case "setPathPrice":
      return draft.price.kind === "path"
        ? {
            ...draft,
            price: { kind: "path", byYear: { ...draft.price.byYear, [action.year]: action.price } },
          }
        : draft;
    case "usePricePath":
      return { ...draft, price: switchPrice(draft, action.path) };
    case "useScenario":
      return {
        ...draft,
        scenario: action.kind === "percent" ? { kind: "percent", reductionPercent: "" } : { kind: "perLine" },
      };
    case "setReductionPercent":
      return { ...draft, scenario: { kind: "percent", reductionPercent: action.percent } };
    case "replace":
      return action.draft;
  }
}
