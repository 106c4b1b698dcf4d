/**
 * Export quote builder (issue 7): pure model, validation and pricing of a quote to an EU buyer,
 * with the CBAM surcharge per tonne for the delivery year and 2026-2034, a lower-SEE scenario and
 * the de minimis check. No Office or React; every cost comes from core/cbam.
 */
export * from "./types";
export { validateQuote, type QuoteValidation } from "./validateQuote";
export { computeQuote } from "./computeQuote";
export { cbamGoodForCnCode, formatCnCode, normalizeCnCode } from "./cnCode";
export { CN_CODE_GOOD_RULES, CN_CODE_SOURCE } from "./cnCodeGoods";
export { QUOTE_FIELD_LABELS, issuePlace } from "./quoteFieldLabels";
export { blankLine, blankQuoteDraft, pricePathFrom } from "./blankDraft";
export { money, percent, share } from "./display";
export { SEE_VALUE_TYPE_NAMES, VALUE_TYPE_SPELLINGS, valueTypeFromText } from "./valueType";
export {
  actualVersusDefault,
  fillLineDefaults,
  lineDefault,
  type ActualVersusDefault,
  type LineDefault,
  type LineDefaultLookup,
} from "./lineDefaults";
