/** The mass-based de minimis exemption (shared/spec/cbam.md §3 and §6), as reported. */
import type { DeMinimisRule } from "../types";

export const DE_MINIMIS_RULE: DeMinimisRule = {
  thresholdTonnes: "50",
  source:
    "Regulation (EU) 2025/2083 Art. 2a / Annex VII, as reported by CBAM tools and commentary (per importer, per calendar year; electricity and hydrogen excluded)",
  verified: false,
  caveat: {
    en: "De minimis threshold (50 t net mass per importer per calendar year, electricity and hydrogen excluded) as reported for Regulation (EU) 2025/2083 Art. 2a / Annex VII; verify against the act.",
    zh: "微量豁免门槛（每个进口商每日历年净质量50吨，不含电力和氢）引自对(EU) 2025/2083号条例第2a条/附件VII的转述，请与法规原文核对。",
  },
};
