/**
 * EU data for the supplier tests, typed from the Official Journal texts in ../shared/eu-cbam/legal
 * (only the codes the tests use). The add-in's own tables come from the EU data module.
 */
import type { SupplierEuData } from "../../../src/core/supplier";

// Regulation (EU) 2023/956 Annex I (Reg-2023-956-CBAM.txt lines 1666-1808) and Annex II (line 1811 on:
// chapter 72 and heading 7318 direct only; cement and fertilisers are not in Annex II).
const GOODS: Record<string, { sector: string; directOnly: boolean }> = {
  "25232900": { sector: "cement", directOnly: false }, // 2523 29 00 Other Portland cement, line 1668
  "31052010": { sector: "fertilisers", directOnly: false }, // 3105, line 1680
  "73181542": { sector: "iron-and-steel", directOnly: true }, // 7318, line 1752; Annex II line 1873
  "73181535": { sector: "iron-and-steel", directOnly: true },
  "28041000": { sector: "hydrogen", directOnly: true }, // 2804 10 00, lines 1808 and 1915
};

// Implementing Regulation (EU) 2025/2621, China, 2523 29 00 Grey Portland cement:
// direct 1,350, indirect 0,070, total 1,420 (IR-2025-2621-default-values.txt line 16142).
const DEFAULTS: Record<string, { direct: number; total: number }> = {
  "25232900|CN": { direct: 1.35, total: 1.42 },
};

const COUNTRIES = new Set(["CN", "TR", "US", "VN", "DE"]);

export const ANNEX_TEST_DATA: SupplierEuData = {
  goodFor: (cnCode) => GOODS[cnCode] ?? null,
  defaultSeeFor: (cnCode, country) => {
    const found = DEFAULTS[`${cnCode}|${country}`];
    return found ? { ...found, source: "Implementing Regulation (EU) 2025/2621" } : null;
  },
  isCountryCode: (code) => COUNTRIES.has(code),
};
