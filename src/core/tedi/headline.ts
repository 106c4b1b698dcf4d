import type { UiLanguage } from "../shared/localizedText";
import type { TediBreakdown } from "./types";

/** "72.4 (good coordination)", or "insufficient data (3 of 12 indicators reported)". */
export function tediHeadline(tedi: TediBreakdown, language: UiLanguage): string {
  if (tedi.score === null || tedi.grade === null) return tedi.insufficientData?.[language] ?? "—";
  return `${tedi.score.toFixed(1)} (${tedi.grade[language]})`;
}
