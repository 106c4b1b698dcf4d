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

/** A new quote: one empty line, no price (never a built-in price), delivery year left to the user. */
export function blankQuoteDraft(): QuoteDraft {
  return {
    lines: [blankLine()],
    price: { kind: "single", price: "" },
    paidPrice: "",
    exchangeRate: "",
    deliveryYear: "",
    scenario: { kind: "perLine" },
  };
}
