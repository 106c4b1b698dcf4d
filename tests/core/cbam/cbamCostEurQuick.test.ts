// cbamCostEurQuick: CBAM_COST's integer path must give computeCbamObligation's costEur, always.
import fc from "fast-check";
import { cbamCostEurQuick, computeCbamObligation, type QuickCostLine } from "../../../src/core/cbam";
import { decimalString, lineInputs, quantity, year } from "./arbitraries";

function engineCost(line: QuickCostLine): number {
  return computeCbamObligation({
    specificEmbeddedEmissions: line.specificEmbeddedEmissions,
    quantity: line.quantity,
    certificatePrice: line.certificatePrice,
    year: line.year,
    benchmark: line.benchmark,
    paidPrice: line.paidPrice,
    ...(line.defaultValueOf ? { good: line.defaultValueOf, seeIsDefaultValue: true } : {}),
  }).costEur.toNumber();
}

const asLine = (
  inputs: {
    specificEmbeddedEmissions: string;
    benchmark?: string;
    certificatePrice: string;
    paidPrice?: string;
  },
  extra: { quantity: string; year: number; defaultValueOf: QuickCostLine["defaultValueOf"] },
): QuickCostLine => ({
  specificEmbeddedEmissions: Number(inputs.specificEmbeddedEmissions),
  benchmark: inputs.benchmark === undefined ? undefined : Number(inputs.benchmark),
  certificatePrice: Number(inputs.certificatePrice),
  paidPrice: inputs.paidPrice === undefined ? undefined : Number(inputs.paidPrice),
  quantity: Number(extra.quantity),
  year: extra.year,
  defaultValueOf: extra.defaultValueOf,
});

describe("cbamCostEurQuick", () => {
  it("equals the engine's costEur for any valid line", () => {
    fc.assert(
      fc.property(lineInputs, quantity, year, fc.boolean(), (inputs, q, y, isDefault) => {
        const line = asLine(inputs, { quantity: q, year: y, defaultValueOf: isDefault ? inputs.good : null });
        expect(cbamCostEurQuick(line)).toBe(engineCost(line));
      }),
      { numRuns: 3000 },
    );
  });

  it("equals the engine on rounded figures, where costs of exactly half a cent are common", () => {
    const quarter = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n * 0.25));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        decimalString(2, 160, 1).map((s) => String(Number(s) * 0.25)),
        fc.option(quarter(0, 100), { nil: undefined }),
        quarter(160, 600),
        fc.option(quarter(0, 240), { nil: undefined }),
        year,
        (q, see, bm, price, paid, y) => {
          const line = asLine(
            { specificEmbeddedEmissions: see, benchmark: bm, certificatePrice: price, paidPrice: paid },
            { quantity: String(q), year: y, defaultValueOf: null },
          );
          expect(cbamCostEurQuick(line)).toBe(engineCost(line));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("half a cent rounds up even when the deduction repeats: 291,319.875 → 291,319.88", () => {
    // By hand: no benchmark, so no adjustment; gross = 2.1 × 1045 = 2,194.5 tCO2e;
    // 2,194.5 × 134.75 = 295,708.875 EUR; paid abroad 2 × 2,194.5 = 4,389 EUR;
    // 295,708.875 − 4,389 = 291,319.875 → half-up 291,319.88 (D = 4,389 / 134.75 repeats).
    const line = {
      specificEmbeddedEmissions: 2.1,
      quantity: 1045,
      certificatePrice: 134.75,
      year: 2031,
      paidPrice: 2,
    };
    expect(cbamCostEurQuick(line)).toBe(291319.88);
    expect(engineCost(line)).toBe(291319.88);
  });

  it("leaves to the engine what is out of range or not a short decimal", () => {
    const base = {
      specificEmbeddedEmissions: 2,
      quantity: 1000,
      certificatePrice: 80,
      year: 2026,
      benchmark: 1.37,
    };
    expect(cbamCostEurQuick(base)).toBe(53140);
    expect(cbamCostEurQuick({ ...base, specificEmbeddedEmissions: 101 })).toBeUndefined();
    expect(cbamCostEurQuick({ ...base, quantity: -1 })).toBeUndefined();
    expect(cbamCostEurQuick({ ...base, certificatePrice: 0 })).toBeUndefined();
    expect(cbamCostEurQuick({ ...base, year: 2026.5 })).toBeUndefined();
    expect(cbamCostEurQuick({ ...base, year: 2101 })).toBeUndefined();
    expect(cbamCostEurQuick({ ...base, quantity: 0.1 + 0.2 })).toBeUndefined(); // 0.30000000000000004
    expect(cbamCostEurQuick({ ...base, quantity: 2e9 })).toBeUndefined();
    expect(cbamCostEurQuick({ ...base, year: 2025 })).toBe(0);
  });
});
