/**
 * The quote's one number first: cost per tonne, surcharge on the price and the total for the
 * delivery year, or how many inputs are still missing (blank required fields) or wrong.
 */
import { money, percent, type QuoteIssue } from "../../core/quote";
import type { QuoteOutcome } from "./useQuote";

export type QuoteVerdict =
  | { kind: "priced"; year: number; perTonne: string; surchargePercent: string; totalEur: string }
  | { kind: "incomplete"; missing: number; invalid: number; first: QuoteIssue | null };

export function quoteVerdict(outcome: QuoteOutcome): QuoteVerdict {
  if (outcome.ok) {
    const { delivery } = outcome.result;
    return {
      kind: "priced",
      year: delivery.year,
      perTonne: money(delivery.base.costPerTonneEur),
      surchargePercent: percent(delivery.base.surchargePercent),
      totalEur: money(delivery.base.costEur),
    };
  }
  const missing = outcome.issues.filter((issue) => issue.kind === "missing").length;
  return {
    kind: "incomplete",
    missing,
    invalid: outcome.issues.length - missing,
    first: outcome.issues[0] ?? null,
  };
}
