/** One import line's CBAM obligation, with every figure behind it. */
import type Decimal from "decimal.js";
import { cbamPeriodOf } from "./cbamPeriodOf";
import { cbamWarnings } from "./cbamWarnings";
import { certificateFormula, type CertificateTerms } from "./certificateFormula";
import { CROSS_SECTORAL_CORRECTION_FACTOR } from "./data/crossSectoralCorrectionFactor";
import { CbamDecimal, ONE, roundToCent, ZERO } from "./decimal";
import { defaultValueMarkupFor } from "./defaultValueMarkupFor";
import { deMinimisApplies } from "./deMinimisApplies";
import { freeAllocationShareFor } from "./freeAllocationShareFor";
import { readObligationInput, type CbamArgumentNames } from "./readObligationInput";
import type {
  CbamBreakdown,
  CbamObligationInput,
  CbamWarning,
  DefaultValueMarkup,
  DeMinimisResult,
} from "./types";

interface WarningFacts {
  year: number;
  definitive: boolean;
  markup: DefaultValueMarkup | null;
  seeUsed: Decimal;
  benchmark: Decimal | null;
  cscfSupplied: Decimal | null;
  deMinimis: DeMinimisResult | null;
}

/** Every warning except clamping, which depends on the computed certificates. */
function collectWarnings(facts: WarningFacts): CbamWarning[] {
  const warnings: CbamWarning[] = [];
  if (!facts.definitive) warnings.push(cbamWarnings.beforeDefinitivePeriod(facts.year));
  if (facts.markup !== null)
    warnings.push(cbamWarnings.defaultValueMarkupApplied(facts.markup, facts.seeUsed));
  if (facts.definitive && facts.benchmark === null) warnings.push(cbamWarnings.noBenchmark());
  if (facts.definitive && facts.cscfSupplied !== null && !facts.cscfSupplied.equals(ONE)) {
    warnings.push(cbamWarnings.cscfUnverified(facts.cscfSupplied, CROSS_SECTORAL_CORRECTION_FACTOR.caveat));
  }
  if (facts.deMinimis !== null) {
    const { applies, explanation } = facts.deMinimis;
    warnings.push(
      applies ? cbamWarnings.deMinimisApplies(explanation) : cbamWarnings.deMinimisNotApplicable(explanation),
    );
  }
  return warnings;
}

const NO_TERMS = (grossEmbeddedEmissions: Decimal): CertificateTerms => ({
  grossEmbeddedEmissions,
  freeAllocationAdjustment: ZERO,
  deduction: ZERO,
  certificatesBeforeClamp: ZERO,
});

/**
 * Computes the CBAM obligation of one import line (shared/spec/cbam.md §2):
 * certificates = Q × SEE − FAA − D, FAA = Q × BM × FA(year) × CSCF,
 * D = paid price × emissions paid on / certificate price (Art. 9), cost = max(0, certificates) × price.
 *
 * - Rounding: certificates keep full precision (40 significant digits); the cost in EUR is rounded
 *   once, half-up to the cent. Cost per tonne (from the unrounded cost) and CNY (from the rounded
 *   EUR cost, the amount due as shown) are rounded half-up to 0.01.
 * - Years 2023-2025 owe nothing (transitional period), with a warning.
 * - A negative result is clamped to 0, with a warning.
 * - `seeIsDefaultValue` adds the year's default-value mark-up (as reported, verify); needs `good`.
 * - `importerAnnualMassTonnes` runs the de minimis test; when it applies the obligation is 0.
 * - CNY figures only when the caller supplies `exchangeRateCnyPerEur`; never fetched or defaulted.
 *
 * @param options.argumentNames names to use in error messages (the adapter's argument names).
 * @throws InputError naming the argument and the expected range for any invalid input.
 */
export function computeCbamObligation(
  input: CbamObligationInput,
  options: { argumentNames?: CbamArgumentNames } = {},
): CbamBreakdown {
  const inputs = readObligationInput(input, options.argumentNames);
  const { year, quantity, good, certificatePrice, benchmark, exchangeRate } = inputs;
  const cscfSupplied = inputs.crossSectoralCorrectionFactorSupplied;
  const period = cbamPeriodOf(year);
  const definitive = period === "definitive";
  const deMinimis =
    inputs.importerAnnualMassTonnes === null || good === null
      ? null
      : deMinimisApplies(inputs.importerAnnualMassTonnes, { good });

  const freeAllocation = definitive ? freeAllocationShareFor(year) : null;
  const markup =
    definitive && inputs.seeIsDefaultValue && good !== null ? defaultValueMarkupFor(year, good) : null;
  const seeUsed =
    markup === null
      ? inputs.specificEmbeddedEmissions
      : inputs.specificEmbeddedEmissions.times(ONE.plus(markup.markup));
  const terms =
    freeAllocation === null
      ? NO_TERMS(quantity.times(seeUsed))
      : certificateFormula({
          quantity,
          specificEmbeddedEmissions: seeUsed,
          benchmark,
          freeAllocationShare: freeAllocation.freeAllocationShare,
          crossSectoralCorrectionFactor: inputs.crossSectoralCorrectionFactor,
          paidPrice: inputs.paidPrice,
          emissionsPaidOn: inputs.emissionsPaidOn,
          certificatePrice,
        });

  const obligationWaivedBy = !definitive ? "transitional-period" : deMinimis?.applies ? "de-minimis" : null;
  const warnings = collectWarnings({ year, definitive, markup, seeUsed, benchmark, cscfSupplied, deMinimis });
  if (obligationWaivedBy === null && terms.certificatesBeforeClamp.lessThan(ZERO)) {
    warnings.push(cbamWarnings.clampedToZero(terms.certificatesBeforeClamp));
  }

  const certificates =
    obligationWaivedBy === null ? CbamDecimal.max(ZERO, terms.certificatesBeforeClamp) : ZERO;
  // certificates × price without the division inside D (D × price = paid × emissions paid on):
  // a deduction such as 4389 / 134.75 repeats, and its 40 digits could put a cost that is
  // exactly half a cent (291,319.875) on the wrong side of the rounding.
  const unroundedCost = certificates.isZero()
    ? ZERO
    : CbamDecimal.max(
        ZERO,
        terms.grossEmbeddedEmissions
          .minus(terms.freeAllocationAdjustment)
          .times(certificatePrice)
          .minus(inputs.paidPrice.times(inputs.emissionsPaidOn)),
      );
  const costEur = roundToCent(unroundedCost);
  return {
    year,
    period,
    good,
    quantity,
    specificEmbeddedEmissionsEntered: inputs.specificEmbeddedEmissions,
    specificEmbeddedEmissionsUsed: seeUsed,
    ...terms,
    emissionsPaidOn: inputs.emissionsPaidOn,
    certificates,
    obligationWaivedBy,
    certificatePrice,
    costEur,
    costPerTonneEur: quantity.isZero() ? null : roundToCent(unroundedCost.dividedBy(quantity)),
    exchangeRateCnyPerEur: exchangeRate,
    // The CNY figure converts the EUR amount due as shown, so it can be checked from the two.
    costCny: exchangeRate === null ? null : roundToCent(costEur.times(exchangeRate)),
    parameters: {
      freeAllocation,
      benchmark,
      defaultValueMarkup: markup,
      crossSectoralCorrectionFactor: {
        value: inputs.crossSectoralCorrectionFactor,
        userSupplied: cscfSupplied !== null,
        caveat: CROSS_SECTORAL_CORRECTION_FACTOR.caveat,
      },
      paidPrice: inputs.paidPrice,
      deMinimis,
    },
    warnings,
  };
}
