/** The draft from the store and, derived from it by the core, its issues or its priced result. */
import { useMemo, useSyncExternalStore } from "react";
import { computeQuote, validateQuote, type QuoteIssue, type QuoteResult } from "../../core/quote";
import type { QuoteDraftStore } from "./quoteDraftStore";

export type QuoteOutcome = { ok: true; result: QuoteResult } | { ok: false; issues: QuoteIssue[] };

export function useQuote(store: QuoteDraftStore) {
  const draft = useSyncExternalStore(store.subscribe, store.get);
  const outcome = useMemo<QuoteOutcome>(() => {
    const validation = validateQuote(draft);
    return validation.ok ? { ok: true, result: computeQuote(validation.quote) } : validation;
  }, [draft]);
  return { draft, outcome, dispatch: store.dispatch };
}
