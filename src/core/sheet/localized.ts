import type { LocalizedText } from "../shared/localizedText";

/** Shorthand for a bilingual message. */
export function lt(en: string, zh: string): LocalizedText {
  return { en, zh };
}

/**
 * Formats a number for messages: up to 3 decimals from 1 on (thousands grouped from 1,000), 4
 * significant digits below 1. Integers and short decimals (most values a sheet reports) skip
 * Intl, which costs about 1.5 µs a call: messages are built for every check of every park
 * (1,000 parks × 45 checks). Anything else goes through Intl, so the text is always Intl's.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Number.isSafeInteger(value) ? groupThousands(value) : LARGE.format(value);
  if (abs >= 1) return SHORT_DECIMAL.test(String(abs)) ? String(value) : MEDIUM.format(value);
  return SMALL.format(value);
}

// Up to three decimals, no exponent: already what Intl would print (below 1,000).
const SHORT_DECIMAL = /^\d+(?:\.\d{1,3})?$/;

function groupThousands(integer: number): string {
  const digits = String(Math.abs(integer));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return integer < 0 ? `-${out}` : out;
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
