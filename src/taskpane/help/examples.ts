/**
 * Worked examples for the help page, carried over verbatim from README.md's Formulas table (whose
 * CBAM figures are the spec vectors of shared/spec/cbam.md). Only figures from there: nothing is
 * computed or invented here. tests/taskpane/help/examples.test.ts recomputes each one with the
 * functions themselves.
 */
import type { LocalizedText } from "../../core/shared/localizedText";

export interface FunctionExample {
  /** The formula as typed in a cell. */
  formula: string;
  /** What Excel shows, as README gives it. */
  result: string;
  /** What the cells referenced by the formula hold, when it uses ranges. */
  note?: LocalizedText;
  source: string;
}

const README = "README";
const CBAM_SPEC =
  "README, worked by hand from Regulation (EU) 2023/956 Art. 21-22 and Directive 2003/87/EC Art. 10a(1a)";

export const FUNCTION_EXAMPLES: Readonly<Record<string, readonly FunctionExample[]>> = {
  CBAM_COST: [
    { formula: "=ZC.CBAM_COST(2, 1000, 80, 2026, 1.37)", result: "53140", source: CBAM_SPEC },
    { formula: "=ZC.CBAM_COST(2, 1000, 80, 2034, 1.37)", result: "160000", source: CBAM_SPEC },
  ],
  CBAM_CERTIFICATES: [
    { formula: "=ZC.CBAM_CERTIFICATES(2, 1000, 80, 2026, 1.37)", result: "664.25", source: CBAM_SPEC },
  ],
  CBAM_FREE_ALLOCATION: [{ formula: "=ZC.CBAM_FREE_ALLOCATION(2030)", result: "0.515", source: README }],
  CBAM_PHASE_IN: [{ formula: "=ZC.CBAM_PHASE_IN(2029)", result: "0.225", source: README }],
  CBAM_DEMINIMIS: [{ formula: "=ZC.CBAM_DEMINIMIS(50)", result: "TRUE", source: README }],
  CBAM_COST_PATH: [
    {
      formula: "=ZC.CBAM_COST_PATH(2, 80, 1.37)",
      result: "2026: 0.975, 53.14 … 2034: 0, 160",
      source: README,
    },
  ],
  OFFSET_RATIO: [
    {
      formula: "=ZC.OFFSET_RATIO(B2:B3, C2:C3)",
      result: "0.1",
      note: {
        en: "B2:B3 hold 10 and 20; C2:C3 hold 100 and 200.",
        zh: "B2:B3 为 10 和 20；C2:C3 为 100 和 200。",
      },
      source: README,
    },
  ],
  PARK_INTENSITY: [{ formula: "=ZC.PARK_INTENSITY(12000, 10000)", result: "1.2", source: README }],
  CBAM_DEFAULT_SEE: [
    {
      formula: '=ZC.CBAM_DEFAULT_SEE("7208 51 20", "CN", 2026)',
      result: "3.5057",
      note: {
        en: "China's 7208 line: 3.187 tCO2e/t as the Official Journal prints it, × 1.10 (2026 mark-up).",
        zh: "中国 7208 行：官方公报所印 3.187 tCO2e/t，× 1.10（2026 年加成）。",
      },
      source: `${README}, Implementing Regulation (EU) 2025/2621 Annex I (China)`,
    },
  ],
  CBAM_BENCHMARK: [
    {
      formula: '=ZC.CBAM_BENCHMARK("7208 51 20", "C")',
      result: "1.37",
      note: {
        en: "Column B (default values), route C (blast furnace / basic oxygen furnace).",
        zh: "B 栏（默认值），路线 C（高炉-转炉）。",
      },
      source: `${README}, Implementing Regulation (EU) 2025/2620 (Commission benchmark workbook)`,
    },
  ],
  CBAM_COST_DEFAULT: [
    {
      formula: '=ZC.CBAM_COST_DEFAULT("7601", "China", 1, 75.36, 2026)',
      result: "144.13",
      note: {
        en: "(3.000 × 1.10 − 1.423 × 0.975) × 75.36 EUR = 144.13 EUR for one tonne of unwrought aluminium.",
        zh: "(3.000 × 1.10 − 1.423 × 0.975) × 75.36 欧元 = 144.13 欧元（每吨未锻轧铝）。",
      },
      source: `${README}, worked by hand from Implementing Regulations (EU) 2025/2621 and 2025/2620`,
    },
  ],
  CBAM_GOOD: [
    {
      formula: "=ZC.CBAM_GOOD(72085120)",
      result: "Iron and steel",
      note: { en: "In Chinese Excel: 钢铁.", zh: "中文版 Excel 返回：钢铁。" },
      source: `${README}, Regulation (EU) 2023/956 Annex I`,
    },
  ],
};

export function examplesFor(functionId: string): readonly FunctionExample[] {
  return FUNCTION_EXAMPLES[functionId.toUpperCase()] ?? [];
}
