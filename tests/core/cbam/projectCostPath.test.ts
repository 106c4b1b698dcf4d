// projectCostPath: cost per tonne 2026-2034 for quotes (shared/spec/cbam.md §5 path 3, §7 inputs).
import fc from "fast-check";
import { COST_PATH_YEARS, projectCostPath } from "../../../src/core/cbam";
import { decimalString, lineInputs } from "./arbitraries";
import { expectInputError } from "./expectInputError";
import { SPEC_PATH } from "./specVectors";

describe("projectCostPath", () => {
  it("covers 2026-2034", () => {
    expect(COST_PATH_YEARS).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
  });

  it("§7 inputs: (2 − 1.37 × FA) × 80 per tonne, half-up to the cent, each hand-computed", () => {
    const rows = projectCostPath(SPEC_PATH);
    expect(
      rows.map((r) => [
        r.year,
        r.freeAllocationShare.toString(),
        r.certificatesPerTonne.toString(),
        r.costPerTonneEur.toFixed(2),
      ]),
    ).toEqual([
      [2026, "0.975", "0.66425", "53.14"], // 2 − 1.335750 = 0.66425
      [2027, "0.95", "0.6985", "55.88"], // 2 − 1.301500
      [2028, "0.9", "0.767", "61.36"], // 2 − 1.233000
      [2029, "0.775", "0.93825", "75.06"], // 2 − 1.061750
      [2030, "0.515", "1.29445", "103.56"], // 2 − 0.705550; × 80 = 103.556
      [2031, "0.39", "1.4657", "117.26"], // 2 − 0.534300; × 80 = 117.256
      [2032, "0.265", "1.63695", "130.96"], // 2 − 0.363050; × 80 = 130.956
      [2033, "0.14", "1.8082", "144.66"], // 2 − 0.191800; × 80 = 144.656
      [2034, "0", "2", "160.00"],
    ]);
    expect(rows.every((r) => r.costPerTonneCny === null)).toBe(true);
    expect(rows[0]?.phaseInShare.toString()).toBe("0.025");
  });

  it("takes a price path: 2030 at 100 EUR → 1.29445 × 100 = 129.445 → 129.45 (half-up)", () => {
    const path = new Map(COST_PATH_YEARS.map((y) => [y, y === 2030 ? 100 : 80]));
    const rows = projectCostPath({ ...SPEC_PATH, certificatePrice: path });
    expect(rows.find((r) => r.year === 2030)?.costPerTonneEur.toFixed(2)).toBe("129.45");
    expect(rows.find((r) => r.year === 2030)?.certificatePrice.toString()).toBe("100");
    expect(rows.find((r) => r.year === 2026)?.costPerTonneEur.toFixed(2)).toBe("53.14");
  });

  it("a year missing from the path is #N/A naming the year", () => {
    const path = Object.fromEntries(COST_PATH_YEARS.filter((y) => y !== 2029).map((y) => [y, 80]));
    const error = expectInputError(
      () => projectCostPath({ ...SPEC_PATH, certificatePrice: path }),
      "certificatePrice[2029]",
      "notAvailable",
    );
    expect(error.localized.zh).toContain("2029");
  });

  it("converts to CNY only with a rate: 53.14 × 7.8 = 414.492 → 414.49 (rate illustrative)", () => {
    const rows = projectCostPath({ ...SPEC_PATH, exchangeRateCnyPerEur: "7.8" });
    expect(rows[0]?.costPerTonneCny?.toFixed(2)).toBe("414.49");
    expect(rows[8]?.costPerTonneCny?.toFixed(2)).toBe("1248.00"); // 160 × 7.8
  });

  it("carries each year's warnings (default-value mark-up, clamping)", () => {
    const rows = projectCostPath({
      ...SPEC_PATH,
      specificEmbeddedEmissions: 1,
      seeIsDefaultValue: true,
      good: "cement",
    });
    // 2026: 1.1 − 1.37 × 0.975 = −0.23575 → clamped; 2034: 1.3 certificates, no clamp.
    expect(rows[0]?.warnings.map((w) => w.code)).toEqual(["default-value-markup-applied", "clamped-to-zero"]);
    expect(rows[8]?.warnings.map((w) => w.code)).toEqual(["default-value-markup-applied"]);
    expect(rows[8]?.certificatesPerTonne.toString()).toBe("1.3");
  });

  it("names the adapter's price argument and the missing year", () => {
    const path = new Map([[2026, 80]]);
    const options = { argumentNames: { certificatePrice: "eu_price" } };
    expectInputError(
      () => projectCostPath({ ...SPEC_PATH, certificatePrice: path }, options),
      "eu_price[2027]",
    );
  });

  it("validates like the obligation", () => {
    expectInputError(() => projectCostPath({ ...SPEC_PATH, benchmark: -1 }), "benchmark", "number");
    expectInputError(() => projectCostPath({ ...SPEC_PATH, paidPrice: -1 }), "paidPrice", "number");
  });

  it("cost per tonne never decreases over the years at fixed inputs (property)", () => {
    fc.assert(
      fc.property(
        lineInputs,
        fc.option(decimalString(1, 1_000_000, 4), { nil: undefined }),
        (inputs, rate) => {
          const rows = projectCostPath({ ...inputs, exchangeRateCnyPerEur: rate });
          rows.slice(1).forEach((row, i) => {
            expect(row.costPerTonneEur.greaterThanOrEqualTo(rows[i]!.costPerTonneEur)).toBe(true);
            expect(row.certificatesPerTonne.greaterThanOrEqualTo(rows[i]!.certificatesPerTonne)).toBe(true);
          });
        },
      ),
    );
  });
});
