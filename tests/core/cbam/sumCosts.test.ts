// sumCosts: a quote total is the exact sum of its lines rounded to the cent (what an invoice shows).
import fc from "fast-check";
import { computeCbamObligation, sumCosts } from "../../../src/core/cbam";
import { lineInputs, quantity, year } from "./arbitraries";
import { expectInputError } from "./expectInputError";
import { SPEC_LINE } from "./specVectors";

describe("sumCosts", () => {
  it("adds the lines' rounded costs: §7 2026 + 2034 = 53,140.00 + 160,000.00 = 213,140.00", () => {
    const lines = [computeCbamObligation(SPEC_LINE), computeCbamObligation({ ...SPEC_LINE, year: 2034 })];
    expect(sumCosts(lines).toFixed(2)).toBe("213140.00");
  });

  it("rounds each line before adding: 0.005 + 0.005 → 0.01 + 0.01 = 0.02 (not round(0.01) of the raw sum)", () => {
    expect(sumCosts(["0.005", "0.005"]).toFixed(2)).toBe("0.02");
    expect(sumCosts([]).toFixed(2)).toBe("0.00");
  });

  it("never drifts like floating point: 0.1 + 0.2 = 0.30 exactly", () => {
    expect(sumCosts([0.1, 0.2]).toString()).toBe("0.3");
  });

  it("names a bad line", () => {
    expectInputError(() => sumCosts([1, "x"]), "lines[1]", "value");
  });

  it("equals the line-by-line sum in integer cents for many lines (property)", () => {
    const line = fc.record({ inputs: lineInputs, quantity, year });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const breakdowns = lines.map((l) =>
          computeCbamObligation({ ...l.inputs, quantity: l.quantity, year: l.year }),
        );
        // Independent check: each line's cost as a cents string → BigInt, summed in integers.
        const cents = breakdowns.reduce(
          (total, b) => total + BigInt(b.costEur.toFixed(2).replace(".", "")),
          0n,
        );
        const total = sumCosts(breakdowns);
        expect(total.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(BigInt(total.toFixed(2).replace(".", ""))).toBe(cents);
      }),
      { numRuns: 50 },
    );
  });
});
