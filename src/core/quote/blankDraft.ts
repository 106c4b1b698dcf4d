/** Empty drafts for a new quote and a new line. */
import { COST_PATH_YEARS } from "../cbam";
import type { PriceDraft, QuoteDraft, QuoteLineDraft } from "./types";

export function blankLine(): QuoteLineDraft {
  return {
    description: "",
    cnCode: "",
    good: "",
    quantity: "",
    see: "",
    valueType: "actual",
    benchmark: "",
    basePrice: "",
    alternativeSee: "",
    country: "",
  };
}

/** A price path with every year set to the single price typed so far (a starting point to edit). */
export function pricePathFrom(single: string): PriceDraft {
  return { kind: "path", byYear: Object.fromEntries(COST_PATH_YEARS.map((year) => [year, single])) };
}

/**
 * A new quote: one empty line, no price (never a built-in price); delivery next calendar year, the
 * usual horizon of an export quote (the user changes it).
 */
export function blankQuoteDraft(today: Date = new Date()): QuoteDraft {
  return {
    lines: [blankLine()],
    price: { kind: "single", price: "" },
    paidPrice: "",
    exchangeRate: "",
    deliveryYear: String(today.getFullYear() + 1),
    scenario: { kind: "perLine" },
  };
}
