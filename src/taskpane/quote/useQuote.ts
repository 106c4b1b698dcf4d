/**
 * The draft from the store and, derived from it by the core, its issues or its priced result.
 * Lines naming a country of origin take the official default value and benchmark when no SEE is
 * typed (core/quote/lineDefaults); the EU tables load once, on first render of the tab.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { loadEuLookup, loadedEuLookup, type EuLookup } from "../../core/eu";
import {
  actualVersusDefault,
  computeQuote,
  fillLineDefaults,
  validateQuote,
  type ActualVersusDefault,
  type LineDefaultLookup,
  type QuoteIssue,
  type QuoteResult,
} from "../../core/quote";
import type { QuoteDraftStore } from "./quoteDraftStore";

export type QuoteOutcome = { ok: true; result: QuoteResult } | { ok: false; issues: QuoteIssue[] };

export interface QuoteDefaults {
  /** Per line (1-based): the default found, why none was, or null (no country). */
  lines: ReadonlyMap<number, LineDefaultLookup>;
  /** Per line priced with an actual SEE: the default path beside it. */
  compared: ReadonlyMap<number, ActualVersusDefault>;
}

const NO_DEFAULTS: QuoteDefaults = { lines: new Map(), compared: new Map() };

function useEuLookup(): EuLookup | null {
  const [eu, setEu] = useState<EuLookup | null>(loadedEuLookup);
  useEffect(() => {
    if (eu) return;
    let live = true;
    loadEuLookup().then(
      (loaded) => live && setEu(loaded),
      () => undefined, // without the tables the quote works as before, from typed values
    );
    return () => {
      live = false;
    };
  }, [eu]);
  return eu;
}

export function useQuote(store: QuoteDraftStore) {
  const draft = useSyncExternalStore(store.subscribe, store.get);
  const eu = useEuLookup();
  const { outcome, defaults } = useMemo(() => {
    const filled = eu
      ? fillLineDefaults(draft, eu)
      : { draft, defaults: new Map<number, LineDefaultLookup>() };
    const validation = validateQuote(filled.draft);
    if (!validation.ok) return { outcome: validation as QuoteOutcome, defaults: NO_DEFAULTS };
    const result = computeQuote(validation.quote);
    return {
      outcome: { ok: true, result } as QuoteOutcome,
      defaults: { lines: filled.defaults, compared: actualVersusDefault(result, filled.defaults) },
    };
  }, [draft, eu]);
  return { draft, outcome, defaults, dispatch: store.dispatch };
}
