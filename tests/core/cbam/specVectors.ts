// shared/spec/cbam.md §7 inputs (test fixture, not a test file): SEE 2.0 t/t, Q 1,000 t, price
// 80 EUR/t, BM 1.37 (illustrative), nothing paid abroad. 2026 → 664.25 certificates → 53,140.00 EUR;
// 2034 → 2,000 certificates → 160,000.00 EUR.
import type { CbamObligationInput } from "../../../src/core/cbam";

export const SPEC_LINE: CbamObligationInput = {
  specificEmbeddedEmissions: 2.0,
  quantity: 1000,
  certificatePrice: 80,
  benchmark: 1.37,
  year: 2026,
};

/** The same inputs per tonne of good, for the cost path. */
export const SPEC_PATH = { specificEmbeddedEmissions: 2, benchmark: 1.37, certificatePrice: 80 };
