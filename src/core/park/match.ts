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

function containmentCandidates(
  key: string,
  index: Map<string, IndicatorDefinition[]>,
): IndicatorDefinition[] {
  const found: IndicatorDefinition[] = [];
  for (const [name, indicators] of index) {
    const at = key.indexOf(name);
    if (name.length < 2 || at < 0) continue;
    const prefix = key.slice(0, at);
    const suffix = key.slice(at + name.length);
    if (!QUALIFIER_PREFIX.test(prefix) || !QUALIFIER_SUFFIX.test(suffix)) continue;
    for (const indicator of indicators) if (!found.includes(indicator)) found.push(indicator);
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
