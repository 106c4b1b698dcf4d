/**
 * The one reading of a goods category as people write it: the id ("iron-and-steel"), the English
 * name ("Iron and steel") or the Chinese name ("钢铁"), any case, spaces and full-width forms.
 * Used by the functions' arguments (CBAM_COST's default_value), the quote sheet reader, the quote
 * validator and the formulas the quote sheet is written with, so the sheet and the pane agree.
 */
import { CBAM_GOODS } from "./data/goods";
import type { CbamGood } from "./types";

const fold = (text: string): string => text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/** Every accepted spelling of each good: id, English and Chinese name. */
export const GOOD_SPELLINGS: Readonly<Record<CbamGood, readonly string[]>> = Object.fromEntries(
  CBAM_GOODS.map((good) => [good.id, [good.id, good.name.en, good.name.zh]]),
) as unknown as Record<CbamGood, readonly string[]>;

const BY_SPELLING = new Map<string, CbamGood>(
  CBAM_GOODS.flatMap((good) => GOOD_SPELLINGS[good.id].map((spelling) => [fold(spelling), good.id] as const)),
);

/** The good a text names, or null when it names none ("" included). */
export function goodFromText(typed: string): CbamGood | null {
  return BY_SPELLING.get(fold(typed)) ?? null;
}

/** Goods that do not count towards the 50 t de minimis threshold (electricity, hydrogen), from the goods data. */
export const GOODS_OUTSIDE_DE_MINIMIS: readonly CbamGood[] = CBAM_GOODS.filter(
  (good) => !good.countsTowardDeMinimis,
).map((good) => good.id);
