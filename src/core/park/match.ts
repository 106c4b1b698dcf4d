/**
 * Recognises a row's indicator name against the catalog (emission-sheet.md, step 2): normalised
 * exact matching on id, zh and en names and aliases, then a conservative containment rule. Two
 * candidates are never decided between: the result is "ambiguous" with both.
 */
import { INDICATORS, INTENDED_SHARED_ALIASES } from "./catalog";
import { isKnownUnit } from "./convert";
import { buildNameIndex, type SharedAlias } from "./nameIndex";
import { normalizeLabel, splitTrailingUnit } from "./normalize";
import type { IndicatorDefinition, IndicatorMatch } from "./types";

/**
 * Text allowed around a catalog name for a containment match: a year, "park", "annual", "total"
 * and the like — words that qualify a name without changing what is measured. Anything else
 * ("可再生能源消费量" around "能源消费量") is not matched.
 */
const QUALIFIER_PREFIX =
  /^(?:\d{4}年?度?)?(?:园区|全园区|本园区|年度|全年|当年|本年度|park|annual|total|the)*$/;
const QUALIFIER_SUFFIX = /^(?:合计|总计|小计|数值|值|total|value|\(\d{4}年?\)|\d{4}年?度?)*$/;

/**
 * The label's possible cores: what is left after a qualifier prefix and a qualifier suffix are cut
 * off. Looking these few strings up in the index costs a handful of map reads per label, where
 * scanning every catalog name for containment cost hundreds of searches (slow on 100,000-row
 * sheets of unknown labels).
 */
function qualifiedCores(key: string): string[] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; at <= key.length; at += 1) {
    if (QUALIFIER_PREFIX.test(key.slice(0, at))) starts.push(at);
    if (QUALIFIER_SUFFIX.test(key.slice(at))) ends.push(at);
  }
  const cores: string[] = [];
  for (const start of starts) for (const end of ends) if (end - start >= 2) cores.push(key.slice(start, end));
  return cores;
}

function containmentCandidates(
  key: string,
  index: Map<string, IndicatorDefinition[]>,
): IndicatorDefinition[] {
  const found: IndicatorDefinition[] = [];
  for (const core of qualifiedCores(key)) {
    for (const indicator of index.get(core) ?? []) if (!found.includes(indicator)) found.push(indicator);
  }
  return found;
}

const fromCandidates = (
  candidates: readonly IndicatorDefinition[],
  via: "exact" | "containment",
  unitHint: string | undefined,
): IndicatorMatch => {
  const hint = unitHint === undefined ? {} : { unitHint };
  const [only] = candidates;
  if (candidates.length === 1 && only) return { status: "matched", indicator: only, via, ...hint };
  return { status: "ambiguous", candidates: [...candidates], ...hint };
};

/** A matcher over any catalog (tests use small ones); matchIndicator uses the project catalog. */
export function createIndicatorMatcher(
  indicators: readonly IndicatorDefinition[],
  sharedAliases: readonly SharedAlias[] = [],
): (label: string) => IndicatorMatch {
  const index = buildNameIndex(indicators, sharedAliases);
  return (label: string): IndicatorMatch => {
    const parts = splitTrailingUnit(label);
    const unitHint = parts.unitText !== undefined && isKnownUnit(parts.unitText) ? parts.unitText : undefined;
    const hint = unitHint === undefined ? {} : { unitHint };

    // 1. The whole label (some catalog names end in parentheses themselves).
    const fullKey = normalizeLabel(label);
    if (fullKey === "") return { status: "unknown" };
    const full = index.get(fullKey);
    if (full) return fromCandidates(full, "exact", unitHint);

    // 2. The label without its trailing bracket or unit.
    const nameKey = normalizeLabel(parts.name);
    const named = nameKey === "" ? undefined : index.get(nameKey);
    if (named) return fromCandidates(named, "exact", unitHint);

    // 3. A catalog name with only qualifier words around it.
    const contained = containmentCandidates(nameKey, index);
    if (contained.length > 0) return fromCandidates(contained, "containment", unitHint);
    return { status: "unknown", ...hint };
  };
}

/**
 * Matches a label typed in a sheet against the project catalog. "碳排放总量（tCO2e）" → gross
 * emissions with unitHint "tCO2e"; "绿电占比" → ambiguous (domestic or CBAM renewable share).
 */
export const matchIndicator: (label: string) => IndicatorMatch = createIndicatorMatcher(
  INDICATORS,
  INTENDED_SHARED_ALIASES,
);
