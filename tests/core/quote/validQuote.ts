import {
  computeQuote,
  validateQuote,
  type Quote,
  type QuoteDraft,
  type QuoteResult,
} from "../../../src/core/quote";

export function validQuote(draft: QuoteDraft): Quote {
  const validation = validateQuote(draft);
  if (!validation.ok) throw new Error(validation.issues.map((issue) => issue.message.en).join("\n"));
  return validation.quote;
}

export const priced = (draft: QuoteDraft): QuoteResult => computeQuote(validQuote(draft));
