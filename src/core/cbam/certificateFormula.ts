/**
 * The certificate arithmetic of Regulation (EU) 2023/956 Art. 21, 22 and 9 (shared/spec/cbam.md §2),
 * on validated Decimals, at full precision:
 *
 *   certificates = Q × SEE − FAA − D
 *   FAA          = Q × BM × FA(year) × CSCF
 *   D            = paid price × emissions paid on / certificate price
 *
 * Deduction semantics: the paid price is EUR per tCO2e of embedded emissions (this project's
 * `paid_price`, spec §6), so D converts the total carbon price paid abroad into certificates, as
 * Art. 9 reduces the number of certificates. With emissions paid on = Q × SEE this equals the
 * paper's "fee − total carbon price paid" before clamping; it is not the per-certificate variant
 * `certificates × (EU price − origin price)` some tools use.
 */
import type Decimal from "decimal.js";

export interface CertificateFormulaInput {
  quantity: Decimal;
  specificEmbeddedEmissions: Decimal;
  /** null: no benchmark, no free allocation adjustment. */
  benchmark: Decimal | null;
  freeAllocationShare: Decimal;
  crossSectoralCorrectionFactor: Decimal;
  paidPrice: Decimal;
  emissionsPaidOn: Decimal;
  certificatePrice: Decimal;
}

export interface CertificateTerms {
  grossEmbeddedEmissions: Decimal;
  freeAllocationAdjustment: Decimal;
  deduction: Decimal;
  /** May be negative: clamping is the caller's job, so it can say so. */
  certificatesBeforeClamp: Decimal;
}

export function certificateFormula(input: CertificateFormulaInput): CertificateTerms {
  const grossEmbeddedEmissions = input.quantity.times(input.specificEmbeddedEmissions);
  const freeAllocationAdjustment =
    input.benchmark === null
      ? input.quantity.times(0)
      : input.quantity
          .times(input.benchmark)
          .times(input.freeAllocationShare)
          .times(input.crossSectoralCorrectionFactor);
  const deduction = input.paidPrice.times(input.emissionsPaidOn).dividedBy(input.certificatePrice);
  return {
    grossEmbeddedEmissions,
    freeAllocationAdjustment,
    deduction,
    certificatesBeforeClamp: grossEmbeddedEmissions.minus(freeAllocationAdjustment).minus(deduction),
  };
}
