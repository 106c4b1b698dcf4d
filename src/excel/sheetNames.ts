/** Free sheet names: Excel compares names case-insensitively and allows 31 characters. */
const MAX_SHEET_NAME = 31;

/** base, then "base (2)", "base (3)"… shortened to fit, skipping names in `taken`. */
export function* nameCandidates(base: string): Generator<string> {
  yield base.slice(0, MAX_SHEET_NAME);
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    yield base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  }
}

export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (const candidate of nameCandidates(base)) if (!lower.has(candidate.toLowerCase())) return candidate;
  throw new Error("unreachable");
}
