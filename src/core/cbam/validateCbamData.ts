/**
 * Load-time checks of the CBAM data tables. A typo in a share or a missing year would silently
 * misprice every quote, so the lookups refuse to load with a broken table.
 */
import type Decimal from "decimal.js";
import { CbamDecimal, ONE, ZERO } from "./decimal";
import type { CbamGoodDefinition, DeMinimisRule, DefaultValueMarkupRow, FreeAllocationRow } from "./types";
import { DEFINITIVE_PERIOD_FIRST_YEAR } from "./data/periods";
import { CBAM_GOOD_IDS } from "./data/goods";

export class CbamDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CbamDataError";
  }
}

const fail = (message: string): never => {
  throw new CbamDataError(message);
};

function requireSource(source: string, where: string): void {
  if (source.trim() === "") fail(`${where}: missing source`);
}

function parseNumber(text: string, where: string): Decimal {
  try {
    const value = new CbamDecimal(text);
    if (value.isFinite()) return value;
  } catch {
    // reported below, like a non-finite value
  }
  return fail(`${where}: "${text}" is not a finite number`);
}

function parseFraction(text: string, where: string): Decimal {
  const value = parseNumber(text, where);
  if (value.lessThan(ZERO) || value.greaterThan(ONE)) fail(`${where}: "${text}" must be within [0, 1]`);
  return value;
}

/** Years must start at the first definitive year and follow one another without gaps. */
function requireContiguousYears(rows: readonly { year: number }[], table: string): void {
  if (rows.length === 0) fail(`${table}: empty table`);
  rows.forEach((row, i) => {
    const expected = DEFINITIVE_PERIOD_FIRST_YEAR + i;
    if (row.year !== expected) fail(`${table}: row ${i} has year ${row.year}, expected ${expected}`);
  });
}

/**
 * Free-allocation table: contiguous years from 2026, shares within [0, 1] adding up to 1, free
 * allocation never increasing, and 0 in the last row (which then holds for every later year).
 */
export function validateFreeAllocationTable(rows: readonly FreeAllocationRow[]): void {
  requireContiguousYears(rows, "free allocation");
  let previous: Decimal | null = null;
  for (const row of rows) {
    const where = `free allocation ${row.year}`;
    requireSource(row.source, where);
    const kept = parseFraction(row.freeAllocationShare, `${where} freeAllocationShare`);
    const phasedIn = parseFraction(row.phaseInShare, `${where} phaseInShare`);
    if (!kept.plus(phasedIn).equals(ONE)) fail(`${where}: freeAllocationShare + phaseInShare must be 1`);
    if (previous !== null && kept.greaterThan(previous)) fail(`${where}: free allocation must not increase`);
    previous = kept;
  }
  if (previous !== null && !previous.isZero()) fail("free allocation: the last row must be 0 to hold onward");
}

/** Mark-up table: contiguous years from 2026, mark-ups within [0, 1] and never decreasing, sourced. */
export function validateDefaultValueMarkupTable(rows: readonly DefaultValueMarkupRow[]): void {
  requireContiguousYears(rows, "default-value mark-up");
  let previous: { markup: Decimal; fertilisers: Decimal } | null = null;
  for (const row of rows) {
    const where = `default-value mark-up ${row.year}`;
    requireSource(row.source, where);
    if (row.caveat.en.trim() === "" || row.caveat.zh.trim() === "") fail(`${where}: caveat needs en and zh`);
    const markup = parseFraction(row.markup, `${where} markup`);
    const fertilisers = parseFraction(row.fertilisersMarkup, `${where} fertilisersMarkup`);
    if (
      previous !== null &&
      (markup.lessThan(previous.markup) || fertilisers.lessThan(previous.fertilisers))
    ) {
      fail(`${where}: mark-up must not decrease`);
    }
    previous = { markup, fertilisers };
  }
}

/** Goods list: each of the six Annex I categories exactly once, named in both languages, sourced. */
export function validateGoodsTable(goods: readonly CbamGoodDefinition[]): void {
  const ids = goods.map((good) => good.id);
  if (new Set(ids).size !== ids.length) fail("goods: duplicate id");
  for (const id of CBAM_GOOD_IDS) if (!ids.includes(id)) fail(`goods: missing "${id}"`);
  for (const good of goods) {
    const where = `good "${good.id}"`;
    if (!CBAM_GOOD_IDS.includes(good.id)) fail(`${where}: not a CBAM goods category`);
    if (good.name.en.trim() === "" || good.name.zh.trim() === "") fail(`${where}: needs en and zh names`);
    requireSource(good.source, where);
    requireSource(good.indirectEmissionsSource, `${where} indirect emissions`);
  }
}

/** De minimis rule: a positive finite threshold, sourced, with a bilingual caveat. */
export function validateDeMinimisRule(rule: DeMinimisRule): void {
  if (!parseNumber(rule.thresholdTonnes, "de minimis threshold").greaterThan(ZERO)) {
    fail("de minimis: threshold must be > 0");
  }
  requireSource(rule.source, "de minimis");
  if (rule.caveat.en.trim() === "" || rule.caveat.zh.trim() === "")
    fail("de minimis: caveat needs en and zh");
}
