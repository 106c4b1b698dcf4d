/**
 * CN code prefixes that map to one CBAM good without doubt, from Regulation (EU) 2023/956
 * Annex I. Only whole headings or subheadings the Annex lists are here; where the Annex lists a
 * chapter with exceptions we leave the exceptions' headings out (7202 ferro-alloys, 7204 scrap,
 * 7602 aluminium scrap, 7615 household articles, chapter 73 headings the Annex does not name,
 * 3101/3103/3104 and 3105 60 00 fertilisers): for those the user picks the good.
 */
import type { CbamGood } from "../cbam";

export interface CnCodeGoodRule {
  /** Digits the normalized 8-digit code starts with. */
  prefix: string;
  good: CbamGood;
  /** Codes starting with one of these are not mapped by this rule. */
  except?: readonly string[];
}

export const CN_CODE_SOURCE = "Regulation (EU) 2023/956 Annex I (list of goods and greenhouse gases)";

const IRON_AND_STEEL_CHAPTER_73 = [
  "7301",
  "7302",
  "7303",
  "7304",
  "7305",
  "7306",
  "7307",
  "7308",
  "7309",
  "7310",
  "7311",
  "7318",
  "7326",
];
const ALUMINIUM_HEADINGS = [
  "7601",
  "7603",
  "7604",
  "7605",
  "7606",
  "7607",
  "7608",
  "7609",
  "7610",
  "7611",
  "7612",
  "7613",
  "7614",
  "7616",
];

export const CN_CODE_GOOD_RULES: readonly CnCodeGoodRule[] = [
  { prefix: "25070080", good: "cement" },
  { prefix: "2523", good: "cement" },
  { prefix: "27160000", good: "electricity" },
  { prefix: "28041000", good: "hydrogen" },
  { prefix: "28080000", good: "fertilisers" },
  { prefix: "2814", good: "fertilisers" },
  { prefix: "28342100", good: "fertilisers" },
  { prefix: "3102", good: "fertilisers" },
  { prefix: "3105", good: "fertilisers", except: ["31056000"] },
  { prefix: "26011200", good: "iron-and-steel" },
  { prefix: "72", good: "iron-and-steel", except: ["7202", "7204"] },
  ...IRON_AND_STEEL_CHAPTER_73.map((prefix): CnCodeGoodRule => ({ prefix, good: "iron-and-steel" })),
  ...ALUMINIUM_HEADINGS.map((prefix): CnCodeGoodRule => ({ prefix, good: "aluminium" })),
];
