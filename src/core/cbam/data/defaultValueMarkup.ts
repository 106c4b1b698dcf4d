/**
 * Mark-up added to the Commission's default values in the definitive period
 * (shared/spec/cbam.md §4 and §6). Reported by CBAM tools' documentation, not yet checked against
 * the act: `verified: false`, and the caveat goes to the UI and the function help.
 * The last row holds for every later year ("+30 % from 2028").
 */
import type { DefaultValueMarkupRow } from "../types";

const SOURCE =
  "Implementing Regulation (EU) 2025/2621 (default values, definitive period), as reported by CBAM tools' documentation";

const CAVEAT = {
  en: "Default-value mark-up as reported by CBAM tools' documentation (Implementing Regulation (EU) 2025/2621); not yet checked against the act. Verify before relying on it.",
  zh: "默认值加成系数引自CBAM工具文档对实施条例(EU) 2025/2621的转述，尚未与法规原文核对，使用前请核实。",
};

const row = (year: number, markup: string): DefaultValueMarkupRow => ({
  year,
  markup,
  fertilisersMarkup: "0.01",
  source: SOURCE,
  verified: false,
  caveat: CAVEAT,
});

export const DEFAULT_VALUE_MARKUP_TABLE: readonly DefaultValueMarkupRow[] = [
  row(2026, "0.1"),
  row(2027, "0.2"),
  row(2028, "0.3"),
];
