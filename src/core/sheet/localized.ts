import type { LocalizedText } from "../shared/localizedText";

/** Shorthand for a bilingual message. */
export function lt(en: string, zh: string): LocalizedText {
  return { en, zh };
}

/** Formats a number for messages: up to 4 significant decimals, thousands grouped. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  return (abs >= 1000 ? LARGE : abs >= 1 ? MEDIUM : SMALL).format(value);
}

// Built once: constructing a formatter per call costs more than the formatting itself.
const LARGE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const MEDIUM = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });
const SMALL = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });

/** At most `limit` items joined, with "(+N more)"; `total` when `items` is already cut. */
export function listSome(items: readonly string[], limit = 5, total = items.length): LocalizedText {
  const shown = items.slice(0, limit).join(", ");
  const rest = total - Math.min(limit, items.length);
  return rest > 0 ? lt(`${shown} (+${rest} more)`, `${shown}（另有 ${rest} 个）`) : lt(shown, shown);
}
