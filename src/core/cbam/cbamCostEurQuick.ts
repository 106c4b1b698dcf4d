/**
 * The cost of a plain import line in scaled integers, for CBAM_COST, which Excel recalculates
 * cell by cell: the same figure as computeCbamObligation(...).costEur, without building the
 * breakdown and without decimal.js (over ten times faster per line). Anything unusual — an input out
 * of range, more than 6 decimals, a huge number — returns undefined, and the caller uses the
 * engine, which also gives the error or warning.
 */
import { freeAllocationShareFor } from "./freeAllocationShareFor";
import { defaultValueMarkupFor } from "./defaultValueMarkupFor";
import {
  DEFINITIVE_PERIOD_FIRST_YEAR,
  LAST_PLAUSIBLE_YEAR,
  TRANSITIONAL_PERIOD_FIRST_YEAR,
} from "./data/periods";
import type { CbamGood } from "./types";

export interface QuickCostLine {
  specificEmbeddedEmissions: number;
  quantity: number;
  certificatePrice: number;
  year: number;
  /** undefined: no benchmark (no free allocation adjustment). */
  benchmark?: number;
  /** undefined: nothing paid abroad. */
  paidPrice?: number;
  /** A good: `specificEmbeddedEmissions` is its default value and the year's mark-up applies. */
  defaultValueOf?: CbamGood | null;
}

/** m × 10^-s. */
interface Scaled {
  m: bigint;
  s: number;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
const BIG_POW10: bigint[] = Array.from({ length: 64 }, (_, k) => 10n ** BigInt(k));

/**
 * x as m × 10^-s with the fewest decimals (at most 6): the value decimal.js reads from the same
 * number (its shortest round-trip text). Below 1e9 two decimals of 6 places cannot round to the
 * same double, so the first match is that text's value.
 */
function scaled(x: number): Scaled | undefined {
  if (!(Math.abs(x) < 1e9)) return undefined;
  for (let s = 0; s < POW10.length; s++) {
    const m = Math.round(x * POW10[s]!);
    if (m / POW10[s]! === x) return { m: BigInt(m), s };
  }
  return undefined;
}

function fromDecimalText(text: string): Scaled {
  const [whole = "0", fraction = ""] = text.split(".");
  if (!/^\d+$/.test(whole + fraction)) throw new Error(`CBAM table value ${text} is not a plain decimal`);
  return { m: BigInt(whole + fraction), s: fraction.length };
}

interface YearFactors {
  freeAllocation: Scaled;
  /** 1 + mark-up, for goods other than fertilisers and for fertilisers. */
  markedUp: Scaled;
  markedUpFertilisers: Scaled;
}

const onePlus = (markup: string): Scaled => {
  const x = fromDecimalText(markup);
  return { m: BIG_POW10[x.s]! + x.m, s: x.s };
};

/** The engine's own lookups, read once for every year it accepts. */
const YEARS: YearFactors[] = [];
for (let year = DEFINITIVE_PERIOD_FIRST_YEAR; year <= LAST_PLAUSIBLE_YEAR; year++) {
  YEARS[year] = {
    freeAllocation: fromDecimalText(freeAllocationShareFor(year).freeAllocationShare.toFixed()),
    markedUp: onePlus(defaultValueMarkupFor(year, "cement").markup.toFixed()),
    markedUpFertilisers: onePlus(defaultValueMarkupFor(year, "fertilisers").markup.toFixed()),
  };
}

const times = (a: Scaled, b: Scaled): Scaled => ({ m: a.m * b.m, s: a.s + b.s });

const at = (x: Scaled, s: number): bigint => x.m * BIG_POW10[s - x.s]!;

const DIGITS_38 = BIG_POW10[38]!;

const inRange = (x: number, min: number, max: number, minIncluded = true): boolean =>
  (minIncluded ? x >= min : x > min) && x <= max;

/**
 * costEur of computeCbamObligation for this line, as a number, or undefined when the line needs
 * the engine: cost = max(0, price × (Q × SEE′ − Q × BM × FA) − paid × Q × SEE), half-up to the cent.
 */
export function cbamCostEurQuick(line: QuickCostLine): number | undefined {
  const { year, benchmark, paidPrice } = line;
  if (
    !inRange(line.specificEmbeddedEmissions, 0, 100) ||
    !inRange(line.quantity, 0, Infinity) ||
    !inRange(line.certificatePrice, 0, Infinity, false) ||
    !(Number.isInteger(year) && year >= TRANSITIONAL_PERIOD_FIRST_YEAR && year <= LAST_PLAUSIBLE_YEAR) ||
    (benchmark !== undefined && !inRange(benchmark, 0, 100)) ||
    (paidPrice !== undefined && !inRange(paidPrice, 0, Infinity))
  ) {
    return undefined;
  }
  const see = scaled(line.specificEmbeddedEmissions);
  const quantity = scaled(line.quantity);
  const price = scaled(line.certificatePrice);
  const bm = benchmark === undefined ? undefined : scaled(benchmark);
  const paid = paidPrice === undefined ? undefined : scaled(paidPrice);
  if (!see || !quantity || !price || (benchmark !== undefined && !bm) || (paidPrice !== undefined && !paid)) {
    return undefined;
  }
  if (year < DEFINITIVE_PERIOD_FIRST_YEAR) return 0; // transitional period: nothing owed
  const factors = YEARS[year]!;
  const good = line.defaultValueOf ?? null;
  const seeUsed =
    good === null ? see : times(see, good === "fertilisers" ? factors.markedUpFertilisers : factors.markedUp);
  const priceQuantity = times(price, quantity);
  const gross = times(priceQuantity, seeUsed);
  const adjustment = bm ? times(times(priceQuantity, bm), factors.freeAllocation) : undefined;
  const deduction = paid ? times(times(paid, quantity), see) : undefined;
  const s = Math.max(gross.s, adjustment?.s ?? 0, deduction?.s ?? 0, 2);
  const g = at(gross, s);
  const a = adjustment ? at(adjustment, s) : 0n;
  const d = deduction ? at(deduction, s) : 0n;
  // The engine works to 40 significant digits: past 38 its figure may be rounded, so let it decide.
  if (g >= DIGITS_38 || a >= DIGITS_38 || d >= DIGITS_38) return undefined;
  const cost = g - a - d;
  if (cost <= 0n) return 0;
  const unit = BIG_POW10[s - 2]!; // one cent at scale s
  const cents = (2n * cost + unit) / (2n * unit); // half-up
  return cents <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(cents) / 100 : undefined;
}
