/** The de minimis check over a quote's mass, with the caveat that it is per importer per year. */
import { DE_MINIMIS_RULE, deMinimisApplies } from "../cbam";
import type { QuoteDeMinimis, QuoteLine } from "./types";

export function quoteDeMinimis(lines: readonly QuoteLine[]): QuoteDeMinimis {
  // The engine leaves electricity and hydrogen out of the counted mass.
  const result = deMinimisApplies(lines.map((line) => ({ good: line.good, mass: line.quantity })));
  const threshold = DE_MINIMIS_RULE.thresholdTonnes;
  return {
    result,
    importerCaveat: {
      en: `The ${threshold} t threshold is per importer (EORI number) per calendar year: the buyer's other CBAM imports in the same year count too, so this quote alone cannot show that nothing is owed. The costs above assume CBAM applies.`,
      zh: `${threshold}吨门槛按每个进口商（EORI号）每个日历年计算：买方同年的其他CBAM进口也计入，因此仅凭本报价无法判断可免缴。上述费用按须缴纳CBAM计算。`,
    },
  };
}
