/**
 * CBAM goods by CN code: Annex I of Regulation (EU) 2023/956 (sector), Annex II (only direct
 * emissions count; electricity added by Regulation (EU) 2025/2083). A code is covered when the
 * longest Annex prefix it starts with is an entry rather than one of the entry's exceptions.
 * At most 10 map look-ups per code.
 */
import type { CbamGood } from "../cbam";
import type { AnnexEntry, CbamGoodsFile } from "./types";

export interface CbamGoodFound {
  covered: true;
  digits: string;
  sector: CbamGood;
  /** The Annex I line that covers it: its code and description (English, as the OJ prints it). */
  annexCode: string;
  description: string;
  /** Annex II: only direct emissions count for this good. */
  directEmissionsOnly: boolean;
  source: string;
}

export interface NotACbamGood {
  covered: false;
  digits: string;
  /** The Annex I exception that excludes it, when one does ("7204"); else null. */
  excludedBy: string | null;
  /** Longer Annex I codes under a code given too short ("2523" → 25231000, …): give one of them. */
  longerCodes: string[];
}

export type CbamGoodLookup = CbamGoodFound | NotACbamGood;

interface PrefixIndex {
  entries: Map<string, AnnexEntry>;
  exceptions: Map<string, AnnexEntry>;
}

function indexOf(entries: readonly AnnexEntry[]): PrefixIndex {
  const index: PrefixIndex = { entries: new Map(), exceptions: new Map() };
  for (const entry of entries) {
    index.entries.set(entry.code, entry);
    for (const except of entry.except) index.exceptions.set(except, entry);
  }
  return index;
}

/** The longest prefix of `digits` listed: an entry, an exception, or nothing. */
function longestMatch(
  index: PrefixIndex,
  digits: string,
): { entry: AnnexEntry | null; except: string | null } {
  for (let length = digits.length; length >= 2; length--) {
    const prefix = digits.slice(0, length);
    if (index.exceptions.has(prefix)) return { entry: null, except: prefix };
    const entry = index.entries.get(prefix);
    if (entry) return { entry, except: null };
  }
  return { entry: null, except: null };
}

export function createGoodsIndex(file: CbamGoodsFile): (digits: string) => CbamGoodLookup {
  const annexI = indexOf(file.annexI);
  const annexII = indexOf(file.annexII);
  const byHeading = new Map<string, string[]>();
  for (const entry of file.annexI) {
    const heading = entry.code.slice(0, 4);
    if (entry.code.length > 4) byHeading.set(heading, [...(byHeading.get(heading) ?? []), entry.code]);
  }
  return (digits) => {
    // "7309" is the whole heading the Annex prints as "7309 00": a heading not subdivided
    // further is the same code with zeros appended.
    let { entry, except } = longestMatch(annexI, digits);
    let matched = digits;
    for (let padded = `${digits}00`; !entry && !except && padded.length <= 8; padded += "00") {
      ({ entry, except } = longestMatch(annexI, padded));
      matched = padded;
    }
    if (!entry) {
      const longerCodes = (byHeading.get(digits.slice(0, 4)) ?? []).filter(
        (code) => code.length > digits.length && code.startsWith(digits),
      );
      return { covered: false, digits, excludedBy: except, longerCodes };
    }
    return {
      covered: true,
      digits,
      sector: entry.sector,
      annexCode: entry.code,
      description: entry.description,
      directEmissionsOnly: longestMatch(annexII, matched).entry !== null,
      source: entry.source,
    };
  };
}
