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
};

export function examplesFor(functionId: string): readonly FunctionExample[] {
  return FUNCTION_EXAMPLES[functionId.toUpperCase()] ?? [];
}
