/** The 50 t mass-based de minimis exemption for small importers. */
import type Decimal from "decimal.js";
import { cbamGoodDefinition } from "./cbamGoodDefinition";
import { DE_MINIMIS_RULE } from "./data/deMinimis";
import { CbamDecimal, ZERO, type DecimalInput } from "./decimal";
import type { CbamGood, DeMinimisResult, GoodMass } from "./types";
import { validateDeMinimisRule } from "./validateCbamData";
import { validateGood, validateMass } from "./validateInputs";

validateDeMinimisRule(DE_MINIMIS_RULE);

const THRESHOLD = new CbamDecimal(DE_MINIMIS_RULE.thresholdTonnes);

/** Net mass that counts towards the threshold: a total as given, or the sum over counted goods. */
function countedMass(annualNetMassTonnes: DecimalInput | readonly GoodMass[]): Decimal {
  if (!Array.isArray(annualNetMassTonnes)) return validateMass(annualNetMassTonnes, "annualNetMassTonnes");
  return (annualNetMassTonnes as readonly GoodMass[]).reduce((sum: Decimal, entry, i) => {
    const good = validateGood(entry.good, `annualNetMassTonnes[${i}].good`);
    const mass = validateMass(entry.mass, `annualNetMassTonnes[${i}].mass`);
    return cbamGoodDefinition(good).countsTowardDeMinimis ? sum.plus(mass) : sum;
  }, ZERO);
}

function result(
  applies: boolean,
  mass: Decimal,
  explanation: DeMinimisResult["explanation"],
): DeMinimisResult {
  return {
    applies,
    countedMassTonnes: mass,
    thresholdTonnes: THRESHOLD,
    explanation,
    source: DE_MINIMIS_RULE.source,
    verified: DE_MINIMIS_RULE.verified,
    caveat: DE_MINIMIS_RULE.caveat,
  };
}

/**
 * Whether an importer owes nothing because its cumulative net mass of iron and steel, aluminium,
 * cement and fertilisers in the calendar year is at or below 50 t (as reported for Regulation
 * (EU) 2025/2083 Art. 2a / Annex VII; `verified: false`).
 *
 * @param annualNetMassTonnes the importer's total for the year in tonnes (taken to be of the four
 *   counted categories), or a list of goods and masses, from which electricity and hydrogen are
 *   left out of the count.
 * @param options.good the good of the import being assessed: electricity and hydrogen are never
 *   exempted, whatever the mass.
 * @throws InputError naming the argument for a negative or non-numeric mass or an unknown good.
 */
export function deMinimisApplies(
  annualNetMassTonnes: DecimalInput | readonly GoodMass[],
  options: { good?: CbamGood } = {},
): DeMinimisResult {
  const mass = countedMass(annualNetMassTonnes);
  const threshold = THRESHOLD.toString();
  if (options.good !== undefined && !cbamGoodDefinition(validateGood(options.good)).countsTowardDeMinimis) {
    const name = cbamGoodDefinition(options.good).name;
    return result(false, mass, {
      en: `${name.en} is outside the ${threshold} t de minimis exemption: it is never exempted by it.`,
      zh: `${name.zh}不适用${threshold}吨微量豁免，无论进口量多少均不豁免。`,
    });
  }
  const shown = mass.toString();
  return mass.lte(THRESHOLD)
    ? result(true, mass, {
        en: `Counted net mass ${shown} t is at or below the ${threshold} t de minimis threshold for the calendar year: nothing is owed.`,
        zh: `计入的年度净质量${shown}吨不超过${threshold}吨微量豁免门槛：无需缴纳CBAM费用。`,
      })
    : result(false, mass, {
        en: `Counted net mass ${shown} t exceeds the ${threshold} t de minimis threshold for the calendar year: CBAM applies.`,
        zh: `计入的年度净质量${shown}吨超过${threshold}吨微量豁免门槛：须缴纳CBAM费用。`,
      });
}
