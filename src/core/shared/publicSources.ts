/**
 * How sources are named where users read them (tooltips, report sheets, help, CLI JSON): the paper
 * by its authors and title, an act by its name and article, a standard by its number. Internal
 * file names stay in code comments (the paper is ../shared/seeds/001_…, its facts ../shared/spec/).
 */

/** The paper the park standards, indicators and thresholds come from (our copy gives no journal). */
export const FENG_XU_PAPER =
  'FENG Yuxi, XU Ming, CHAI Guohong, LIU Hua, WU Wenhong, HE Chao, CHEN Menghua, "The Logic and Innovation Pathways for China\'s Zero-Carbon Industrial Park Development Under the Forcing Effect of Carbon Border Taxes" (“碳关税”倒逼效应下我国零碳园区建设逻辑与创新路径研究)';

/** "FENG Yuxi, XU Ming et al., …, Table 5": a place in the paper. */
export function fengXu(where: string): string {
  return `${FENG_XU_PAPER}, ${where}`;
}

/** The add-in's own TEDI scoring method (the paper gives the framework, not a formula). */
export const TEDI_METHOD =
  "this add-in's TEDI method (coupling coordination degree model; README, TEDI score)";
