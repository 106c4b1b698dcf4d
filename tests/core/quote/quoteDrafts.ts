// Test drafts: the spec §7 vector as a quote line, plus small helpers to vary it.
import { blankLine, type QuoteDraft, type QuoteLineDraft } from "../../../src/core/quote";

/** shared/spec/cbam.md §7: SEE 2.0, 1,000 t, benchmark 1.37 (base price 600 EUR/t is ours). */
export function specLine(overrides: Partial<QuoteLineDraft> = {}): QuoteLineDraft {
  return {
    ...blankLine(),
    description: "Hot-rolled coil",
    cnCode: "7208 51 20",
    quantity: "1000",
    see: "2.0",
    benchmark: "1.37",
    basePrice: "600",
    ...overrides,
  };
}

/** Price 80 EUR/t for every year, delivery 2026, nothing paid at home. */
export function specDraft(overrides: Partial<QuoteDraft> = {}): QuoteDraft {
  return {
    lines: [specLine()],
    price: { kind: "single", price: "80" },
    paidPrice: "",
    exchangeRate: "",
    deliveryYear: "2026",
    scenario: { kind: "perLine" },
    ...overrides,
  };
}
