import { COST_PATH_YEARS } from "../../../src/core/cbam";
import { money, percent, pricePathFrom } from "../../../src/core/quote";
import { specDraft, specLine } from "./quoteDrafts";
import { priced } from "./validQuote";

// Spec line per tonne, 80 EUR: (2.0 − 1.37 × FA(year)) × 80, half-up to the cent.
// FA 0.975 .95 .90 .775 .515 .39 .265 .14 0 → 53.14 55.88 61.36 75.06 103.556 117.256 130.956 144.656 160
const SPEC_PATH_COSTS = [
  "53140.00",
  "55880.00",
  "61360.00",
  "75060.00",
  "103556.00",
  "117256.00",
  "130956.00",
  "144656.00",
  "160000.00",
];

describe("computeQuote, delivery year", () => {
  it("prices the spec §7 vector for 2026: 53,140.00 EUR, 53.14 EUR/t", () => {
    const result = priced(specDraft());
    const line = result.lines[0]!.delivery.base;
    expect(money(line.costEur)).toBe("53140.00");
    expect(money(line.costPerTonneEur)).toBe("53.14");
    // 53.14 / 600 = 8.8566…% → 8.86
    expect(percent(line.surchargePercent)).toBe("8.86");
    expect(money(result.delivery.base.costEur)).toBe("53140.00");
  });

  it("prices the same line delivered in 2034 at 160,000.00 EUR (no free allocation left)", () => {
    const result = priced(specDraft({ deliveryYear: "2034" }));
    expect(money(result.lines[0]!.delivery.base.costEur)).toBe("160000.00");
    // 160 / 600 = 26.666…% → 26.67
    expect(percent(result.delivery.base.surchargePercent)).toBe("26.67");
  });

  it("owes nothing in the transitional period and says why", () => {
    const result = priced(specDraft({ deliveryYear: "2025" }));
    expect(money(result.delivery.base.costEur)).toBe("0.00");
    expect(result.warnings.map((entry) => entry.warning.code)).toContain("before-definitive-period");
  });

  it("totals are the sum of the rounded line figures", () => {
    // Each line: 1 t × 0.0001 tCO2e/t × 80 EUR = 0.008 EUR → 0.01; three lines → 0.03 (not round(0.024) = 0.02).
    const tiny = specLine({ quantity: "1", see: "0.0001", benchmark: "" });
    const result = priced(specDraft({ lines: [tiny, tiny, tiny] }));
    expect(result.lines.map((line) => money(line.delivery.base.costEur))).toEqual(["0.01", "0.01", "0.01"]);
    expect(money(result.delivery.base.costEur)).toBe("0.03");
  });

  it("adds a second line and reports totals per tonne and as a share of the base value", () => {
    // Aluminium, no benchmark: 12.345 t × 1.111 × 80 = 1,097.2236 → 1,097.22; per t 1.111 × 80 = 88.88;
    // 88.88 / 2,400 = 3.7033% → 3.70.
    const aluminium = specLine({
      cnCode: "7601 10 00",
      quantity: "12.345",
      see: "1.111",
      benchmark: "",
      basePrice: "2400",
    });
    const result = priced(specDraft({ lines: [specLine(), aluminium] }));
    const second = result.lines[1]!.delivery.base;
    expect(money(second.costEur)).toBe("1097.22");
    expect(money(second.costPerTonneEur)).toBe("88.88");
    expect(percent(second.surchargePercent)).toBe("3.70");
    const totals = result.delivery.base;
    // 53,140.00 + 1,097.22
    expect(money(totals.costEur)).toBe("54237.22");
    // 1,000 × 600 + 12.345 × 2,400 = 629,628
    expect(totals.baseValueEur.toString()).toBe("629628");
    // 54,237.22 / 629,628 = 8.6142…% ; 54,237.22 / 1,012.345 t = 53.5758… EUR/t
    expect(percent(totals.surchargePercent)).toBe("8.61");
    expect(money(totals.costPerTonneEur)).toBe("53.58");
    expect(result.warnings.find((entry) => entry.warning.code === "no-benchmark")?.lines).toEqual([2]);
  });

  it("converts to CNY only with a user-supplied rate", () => {
    expect(priced(specDraft()).delivery.base.costCny).toBeNull();
    // 53,140.00 × 7.8 = 414,492.00
    const result = priced(specDraft({ exchangeRate: "7.8" }));
    expect(money(result.delivery.base.costCny!)).toBe("414492.00");
  });

  it("deducts the carbon price paid at home", () => {
    // D = 10 × 2,000 / 80 = 250 certificates: 664.25 − 250 = 414.25 × 80 = 33,140.00
    expect(money(priced(specDraft({ paidPrice: "10" })).delivery.base.costEur)).toBe("33140.00");
  });
});

describe("computeQuote, 2026-2034 path", () => {
  it("gives the spec line's cost for every year, 53,140.00 to 160,000.00", () => {
    const result = priced(specDraft());
    expect(result.path.map((year) => year.year)).toEqual([...COST_PATH_YEARS]);
    expect(result.path.map((year) => money(year.base.costEur))).toEqual(SPEC_PATH_COSTS);
    expect(result.lines[0]!.path.map((year) => money(year.base.costPerTonneEur))).toEqual([
      "53.14",
      "55.88",
      "61.36",
      "75.06",
      "103.56",
      "117.26",
      "130.96",
      "144.66",
      "160.00",
    ]);
  });

  it("never falls at constant SEE and price (free allocation only falls)", () => {
    const aluminium = specLine({ cnCode: "7601 10 00", see: "1.6", benchmark: "1.464", basePrice: "2400" });
    const result = priced(specDraft({ lines: [specLine(), aluminium] }));
    const perTonne = result.path.map((year) => year.base.costPerTonneEur.toNumber());
    for (let i = 1; i < perTonne.length; i++) expect(perTonne[i]).toBeGreaterThan(perTonne[i - 1]!);
  });

  it("uses a price path year by year", () => {
    // 2026 at 70: 0.66425 × 70 × 1,000 = 46,497.50; 2034 at 120: 2 × 120 × 1,000 = 240,000.00
    const path = pricePathFrom("80");
    const byYear = { ...(path.kind === "path" ? path.byYear : {}), 2026: "70", 2034: "120" };
    const result = priced(specDraft({ price: { kind: "path", byYear } }));
    expect(money(result.path[0]!.base.costEur)).toBe("46497.50");
    expect(money(result.path[8]!.base.costEur)).toBe("240000.00");
    expect(money(result.delivery.base.costEur)).toBe("46497.50");
  });
});

describe("computeQuote, lower-SEE scenario", () => {
  it("applies a % reduction to every line and reports the saving per year", () => {
    // 25 % lower SEE: 1.5 tCO2e/t. 2026: (1.5 − 1.33575) × 80 × 1,000 = 13,140.00, saving 40,000.00.
    // Every year saves 0.5 × 80 × 1,000 = 40,000.00 (the gap to the benchmark term stays positive).
    const result = priced(specDraft({ scenario: { kind: "percent", reductionPercent: "25" } }));
    const line = result.lines[0]!;
    expect(line.line.alternativeSee.toString()).toBe("1.5");
    expect(money(line.delivery.alternative.costEur)).toBe("13140.00");
    expect(money(line.delivery.savingEur)).toBe("40000.00");
    expect(result.path.map((year) => money(year.savingEur))).toEqual(Array(9).fill("40000.00"));
    expect(money(result.delivery.savingEur)).toBe("40000.00");
  });

  it("takes an alternative SEE per line; a blank one changes nothing", () => {
    // Line 1 at 1.4: 2026 (1.4 − 1.33575) × 80 × 1,000 = 5,140.00 → saving 48,000.00. Line 2 blank → saving 0.
    const result = priced(specDraft({ lines: [specLine({ alternativeSee: "1.4" }), specLine()] }));
    expect(result.lines.map((line) => money(line.delivery.savingEur))).toEqual(["48000.00", "0.00"]);
    expect(money(result.delivery.savingEur)).toBe("48000.00");
    // 2034: (2.0 − 1.4) × 80 × 1,000 = 48,000.00 too
    expect(money(result.path[8]!.savingEur)).toBe("48000.00");
  });

  it("clamps a scenario below the benchmark term to zero cost", () => {
    // 2026: SEE 1.0 < 1.33575 → 0 EUR, the saving is the whole 53,140.00
    const result = priced(specDraft({ lines: [specLine({ alternativeSee: "1.0" })] }));
    expect(money(result.delivery.alternative.costEur)).toBe("0.00");
    expect(money(result.delivery.savingEur)).toBe("53140.00");
  });
});

describe("computeQuote, numbers and CN codes as traders type them", () => {
  // The spec §7 vector again, typed with grouping, full-width digits and a 4-digit heading: the same
  // 53,140.00 EUR as "1000" / "7208 51 20" (cbam.md §7).
  it.each([
    [{ quantity: "1,000" }],
    [{ quantity: "1 000" }],
    [{ quantity: "1\u00a0000" }],
    [{ quantity: "1，000" }],
    [{ quantity: "１０００", see: "２.０" }],
    [{ cnCode: "7208" }],
    [{ cnCode: "7208 51" }],
  ])("prices %p like the plain spec line", (overrides) => {
    const result = priced(specDraft({ lines: [specLine(overrides)] }));
    expect(money(result.lines[0]!.delivery.base.costEur)).toBe("53140.00");
    expect(result.lines[0]!.line.good).toBe("iron-and-steel");
  });

  it("prices a grouped EU price and keeps the heading as typed", () => {
    const result = priced(
      specDraft({ lines: [specLine({ cnCode: "7208" })], price: { kind: "single", price: "８０" } }),
    );
    expect(money(result.delivery.base.costEur)).toBe("53140.00");
    expect(result.lines[0]!.line.cnCode).toBe("7208");
  });
});
