/**
 * CBAM cost engine (shared/spec/cbam.md): pure TypeScript, no Office or React. Regulatory data is
 * validated when the lookups load. Numbers are decimal.js values from the engine's own clone:
 * certificates at full precision, costs rounded half-up to the cent once.
 */
export * from "./types";
export { CbamDecimal, roundToCent, type DecimalInput } from "./decimal";
export { computeCbamObligation } from "./computeCbamObligation";
export { readObligationInput, type CbamArgumentNames, type ObligationInputs } from "./readObligationInput";
export { certificatesFor } from "./certificatesFor";
export { cbamCostEur } from "./cbamCostEur";
export { cbamCostEurQuick, type QuickCostLine } from "./cbamCostEurQuick";
export { sumCosts } from "./sumCosts";
export { freeAllocationShareFor } from "./freeAllocationShareFor";
export { defaultValueMarkupFor } from "./defaultValueMarkupFor";
export { deMinimisApplies } from "./deMinimisApplies";
export { cbamGoodDefinition } from "./cbamGoodDefinition";
export { cbamPeriodOf } from "./cbamPeriodOf";
export { projectCostPath, COST_PATH_YEARS, type CostPathInput, type CostPathRow } from "./projectCostPath";
export { certificatePriceForYear, type CertificatePricePath } from "./certificatePriceForYear";
export { coerceDecimal } from "./coerceDecimal";
export * from "./validateInputs";
export { GOOD_SPELLINGS, GOODS_OUTSIDE_DE_MINIMIS, goodFromText } from "./goodNames";
export {
  CbamDataError,
  validateDefaultValueMarkupTable,
  validateDeMinimisRule,
  validateFreeAllocationTable,
  validateGoodsTable,
} from "./validateCbamData";
export { FREE_ALLOCATION_TABLE } from "./data/freeAllocation";
export { DEFAULT_VALUE_MARKUP_TABLE } from "./data/defaultValueMarkup";
export { CBAM_GOODS, CBAM_GOOD_IDS } from "./data/goods";
export { DE_MINIMIS_RULE } from "./data/deMinimis";
export { CROSS_SECTORAL_CORRECTION_FACTOR } from "./data/crossSectoralCorrectionFactor";
export {
  DEFINITIVE_PERIOD_FIRST_YEAR,
  LAST_PLAUSIBLE_YEAR,
  PERIODS_SOURCE,
  TRANSITIONAL_PERIOD_FIRST_YEAR,
} from "./data/periods";
