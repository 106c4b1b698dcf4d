/** Table names are workbook-wide and case-insensitive: ZCQuote1, ZCQuote2… the first one free. */
import { QUOTE_TABLE_PREFIX } from "./quoteSheetLayout";

const QUOTE_TABLE_NAME = new RegExp(`^${QUOTE_TABLE_PREFIX}(\\d+)$`, "i");

export function freeQuoteTableName(taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = `${QUOTE_TABLE_PREFIX}${n}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** The number of a quote table's name, or null for any other table. */
export function quoteTableNumber(name: string): number | null {
  const match = QUOTE_TABLE_NAME.exec(name);
  return match ? Number(match[1]) : null;
}
