/**
 * Quote lines with a country of origin: the official default value and Column B benchmark fill a
 * line without SEE, labelled with the data version; a line with an actual SEE is compared with the
 * default path. Figures: OJ text of IR 2025/2621 (China 7208: 3,187, OJ line 16562; 7601: 3,000,
 * OJ line 16347), benchmark workbook (72085120 route C: 1.37, Benchmarks!F173; 7601 (K) 1.423,
 * Benchmarks!F1695), spec §7 line (SEE 2.0, 1,000 t, 80 EUR, 2026, benchmark 1.37).
 */
import { loadEuLookup, type EuLookup } from "../../../src/core/eu";
import { actualVersusDefault, computeQuote, fillLineDefaults, validateQuote } from "../../../src/core/quote";
import { specDraft, specLine } from "./quoteDrafts";

let eu: EuLookup;
beforeAll(async () => {
  eu = await loadEuLookup();
});

describe("fillLineDefaults", () => {
  it("a line with CN code and country but no SEE takes the default value and Column B benchmark, labelled", () => {
    const { draft, defaults } = fillLineDefaults(
      specDraft({ lines: [specLine({ see: "", benchmark: "", country: "中国" })] }),
      eu,
    );
    expect(draft.lines[0]).toMatchObject({ see: "3.187", benchmark: "1.37", valueType: "default" });
    const found = defaults.get(1);
    expect(found?.ok && found.value.label.en).toBe(
      "default value (Regulation 2025/2621, data version 1 of 2026-02-04)",
    );
    expect(found?.ok && found.value.label.zh).toBe("默认值（条例 2025/2621，数据版本 2026-02-04 第1版）");
  });

  it("priced, the default line costs (3.187 × 1.1 − 1.37 × 0.975) × 80 = 173.60 EUR per tonne in 2026", () => {
    const { draft } = fillLineDefaults(
      specDraft({ lines: [specLine({ see: "", benchmark: "", country: "CN" })] }),
      eu,
    );
    const validation = validateQuote(draft);
    if (!validation.ok) throw new Error("invalid");
    // 3.5057 − 1.33575 = 2.16995 t/t × 80 = 173.596 → 173.60.
    expect(computeQuote(validation.quote).lines[0]!.delivery.base.costPerTonneEur.toNumber()).toBe(173.6);
  });

  it("a typed SEE or benchmark is kept; no country, no change; a bad country says why", () => {
    const { draft, defaults } = fillLineDefaults(
      specDraft({
        lines: [
          specLine({ country: "CN" }),
          specLine({ see: "", benchmark: "1.2", country: "China" }),
          specLine({ see: "" }),
          specLine({ see: "", country: "Narnia" }),
        ],
      }),
      eu,
    );
    expect(draft.lines.map((line) => [line.see, line.benchmark, line.valueType])).toEqual([
      ["2.0", "1.37", "actual"],
      ["3.187", "1.2", "default"],
      ["", "1.37", "actual"],
      ["", "1.37", "actual"],
    ]);
    expect(defaults.get(3)).toBeNull();
    const bad = defaults.get(4);
    expect(bad?.ok === false && bad.message.en).toMatch(/"Narnia" is not a country/);
  });
});

describe("actualVersusDefault", () => {
  it("spec line (actual SEE 2.0) from China: 53.14 EUR/t actual vs 173.60 on the default path, 120.46 saved per tonne", () => {
    const { draft, defaults } = fillLineDefaults(specDraft({ lines: [specLine({ country: "CN" })] }), eu);
    const validation = validateQuote(draft);
    if (!validation.ok) throw new Error("invalid");
    const compared = actualVersusDefault(computeQuote(validation.quote), defaults).get(1)!;
    expect(compared.actualCostPerTonneEur.toNumber()).toBe(53.14);
    expect(compared.defaultCostPerTonneEur.toNumber()).toBe(173.6);
    expect(compared.savingPerTonneEur.toNumber()).toBe(120.46);
  });

  it("aluminium 7601 from China in 2026: default path (3.000 × 1.10 − 1.423 × 0.975) × 80 = 153.01 EUR/t", () => {
    const { draft, defaults } = fillLineDefaults(
      specDraft({
        lines: [specLine({ cnCode: "7601 10 00", see: "1.5", benchmark: "1.423", country: "CN" })],
      }),
      eu,
    );
    const validation = validateQuote(draft);
    if (!validation.ok) throw new Error("invalid");
    // 3.3 − 1.387425 = 1.912575 t/t × 80 = 153.006 → 153.01.
    const compared = actualVersusDefault(computeQuote(validation.quote), defaults).get(1)!;
    expect(compared.defaultCostPerTonneEur.toNumber()).toBe(153.01);
  });
});
