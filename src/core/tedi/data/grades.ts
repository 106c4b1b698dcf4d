/**
 * The common ten-band scale of the coupling coordination degree D, each band 0.1 wide, lower
 * bound inclusive (shared/spec/tedi.md section 3).
 */
import type { TediGradeBand } from "../types";

export const TEDI_GRADE_BANDS: readonly TediGradeBand[] = [
  { key: "extreme-imbalance", lower: 0, en: "Extreme imbalance", zh: "极度失调" },
  { key: "severe-imbalance", lower: 0.1, en: "Severe imbalance", zh: "严重失调" },
  { key: "moderate-imbalance", lower: 0.2, en: "Moderate imbalance", zh: "中度失调" },
  { key: "mild-imbalance", lower: 0.3, en: "Mild imbalance", zh: "轻度失调" },
  { key: "verge-of-imbalance", lower: 0.4, en: "On the verge of imbalance", zh: "濒临失调" },
  { key: "barely-coordinated", lower: 0.5, en: "Barely coordinated", zh: "勉强协调" },
  { key: "primary-coordination", lower: 0.6, en: "Primary coordination", zh: "初级协调" },
  { key: "intermediate-coordination", lower: 0.7, en: "Intermediate coordination", zh: "中级协调" },
  { key: "good-coordination", lower: 0.8, en: "Good coordination", zh: "良好协调" },
  { key: "high-quality-coordination", lower: 0.9, en: "High-quality coordination", zh: "优质协调" },
];
