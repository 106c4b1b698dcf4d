/**
 * The quote being edited, kept outside the tab component so switching tabs does not lose it.
 * One store per task pane; tests make their own.
 */
import { blankQuoteDraft, type QuoteDraft } from "../../core/quote";
import { type QuoteDraftAction, quoteDraftReducer } from "./quoteDraftReducer";

export interface QuoteDraftStore {
  get: () => QuoteDraft;
  dispatch: (action: QuoteDraftAction) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createQuoteDraftStore(initial: QuoteDraft = blankQuoteDraft()): QuoteDraftStore {
  let draft = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => draft,
    dispatch: (action) => {
      draft = quoteDraftReducer(draft, action);
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const paneQuoteDraftStore = createQuoteDraftStore();
