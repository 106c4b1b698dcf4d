/**
 * Text folding for matching indicator names and units as users type them: full-width characters
 * (（）％), CO₂ subscripts, case, spacing and curly quotes must not decide whether a row is found.
 */

/** Characters that never carry meaning in a name: spaces, joiners and quotes of any width. */
const INSIGNIFICANT = /[\s_\-‐‑‒–—―·•'"“”‘’「」『』]/g;

/**
 * Matching key of an indicator name: NFKC (full-width → ASCII, ₂ → 2), lower case, whitespace,
 * underscores, hyphens/dashes and quotes removed. Removing spaces entirely (rather than collapsing
 * them) lets "scope3_coverage", "Scope 3 coverage" and "范围3 核算覆盖率" meet; the load-time
 * validator guarantees this folding joins no two indicators.
 */
export function normalizeLabel(label: string): string {
  return label.normalize("NFKC").toLowerCase().replace(INSIGNIFICANT, "");
}

/** A trailing "per year" on a unit: every quantity in the catalog is annual, so it is dropped. */
const PER_YEAR_SUFFIX = /(?:\/(?:年|yr|year|a|y)|peryear|每年)$/;

/**
 * Matching key of a unit label: NFKC, lower case, all whitespace removed, a trailing per-year
 * suffix dropped, and surrounding brackets removed ("(tCO2e)" → "tco2e").
 */
export function normalizeUnit(label: string): string {
  // A sheet repeats a handful of unit spellings on every row: fold each spelling once.
  const cached = unitKeys.get(label);
  if (cached !== undefined) return cached;
  let key = label.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  const bracketed = /^[([]([^()[\]]*)[)\]]$/.exec(key);
  if (bracketed) key = bracketed[1] ?? "";
  key = key.replace(PER_YEAR_SUFFIX, "");
  if (unitKeys.size >= UNIT_KEY_LIMIT) unitKeys.clear();
  unitKeys.set(label, key);
  return key;
}

const unitKeys = new Map<string, string>();
const UNIT_KEY_LIMIT = 10_000;

export interface LabelParts {
  /** The label without its trailing unit, as typed (NFKC-folded and trimmed). */
  name: string;
  /** The trailing unit text, if the label ends with one. */
  unitText?: string;
}

/**
 * Splits "碳排放总量（tCO2e）", "Gross emissions [tCO2e]" or "绿电制氢耦合度/%" into name and
 * the trailing unit text. Whether that text is a unit is for the caller to decide (it may be a
 * remark such as "（如风光电站直供或购电协议）").
 */
export function splitTrailingUnit(label: string): LabelParts {
  const folded = label.normalize("NFKC").trim();
  const bracket = /^(.*\S)\s*[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(folded);
  if (bracket) return { name: bracket[1] ?? "", unitText: bracket[2] ?? "" };
  const slash = /^(.*\S)\s*\/\s*(%|‰)$/.exec(folded);
  if (slash) return { name: slash[1] ?? "", unitText: slash[2] ?? "" };
  return { name: folded };
}
