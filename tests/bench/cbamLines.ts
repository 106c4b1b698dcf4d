/**
 * CBAM_COST inputs for the bench, their exact cost in integer cents (BigInt, no floating point),
 * and the plain floating-point version of the same formula:
 *
 *   cost = round½↑( max(0, Q × SEE′ − Q × BM × FA(year) − paid × Q × SEE / price) × price , cent)
 *   SEE′ = SEE × (1 + mark-up(year, good)) when SEE is a default value; 2023-2025 owe 0.
 *
 * Inputs are drawn in the units a spreadsheet holds them (tonnes to 3 decimals, tCO2e/t to 3
 * decimals, EUR to the cent), so the exact figure is an integer computation.
 */
import { DEFAULT_VALUE_MARKUP_TABLE, FREE_ALLOCATION_TABLE } from "../../src/core/cbam";
import { randomInt, seededRandom } from "./support/random";

export interface CbamLine {
  quantityMilli: number;
  seeMilli: number;
  benchmarkMilli: number | null;
  priceCents: number;
  paidCents: number | null;
  year: number;
  good: "cement" | "fertilisers" | "iron-and-steel" | null;
  /** Quantity typed as text with thousands separators ("1,234.5"), as users paste it. */
  quantityAsText: boolean;
}

/** Scaled integer of a decimal string from the data tables ("0.975" → 975 at 3 decimals). */
function thousandths(decimal: string): bigint {
  const [whole = "0", fraction = ""] = decimal.split(".");
  if (fraction.length > 3) throw new Error(`${decimal} has more than 3 decimals`);
  return BigInt(whole) * 1000n + BigInt(fraction.padEnd(3, "0"));
}

const LAST_FA = FREE_ALLOCATION_TABLE[FREE_ALLOCATION_TABLE.length - 1]!;
const LAST_MARKUP = DEFAULT_VALUE_MARKUP_TABLE[DEFAULT_VALUE_MARKUP_TABLE.length - 1]!;

function faRow(year: number) {
  return year >= LAST_FA.year ? LAST_FA : FREE_ALLOCATION_TABLE.find((row) => row.year === year);
}

function markupRow(year: number) {
  return year >= LAST_MARKUP.year ? LAST_MARKUP : DEFAULT_VALUE_MARKUP_TABLE.find((row) => row.year === year);
}

/**
 * `round`: figures as people round them (SEE in steps of 0.025 t, prices in quarter euros, whole
 * tonnes), which makes costs that end exactly in half a cent common: the cases rounding gets wrong.
 */
export function generateCbamLines(count: number, seed = 2026, round = false): CbamLine[] {
  const random = seededRandom(seed);
  const step = (min: number, max: number, by: number) => randomInt(random, min / by, max / by) * by;
  const goods: CbamLine["good"][] = ["cement", "fertilisers", "iron-and-steel"];
  const lines: CbamLine[] = [];
  for (let i = 0; i < count; i++) {
    const pick = random();
    const quantityMilli = round
      ? randomInt(random, 1, 5_000) * 1000
      : randomInt(random, 1, 50_000) * (random() < 0.3 ? 1 : 1000);
    lines.push({
      quantityMilli,
      seeMilli: round ? step(50, 4_000, 25) : randomInt(random, 50, 4_000),
      benchmarkMilli: random() < 0.9 ? (round ? step(0, 2_500, 25) : randomInt(random, 0, 2_500)) : null,
      priceCents: round ? step(4_000, 15_000, 25) : randomInt(random, 4_000, 15_000),
      paidCents:
        random() < (round ? 0.8 : 0.4) ? (round ? step(0, 6_000, 25) : randomInt(random, 0, 6_000)) : null,
      year: random() < 0.05 ? 2025 : randomInt(random, 2026, 2036),
      good: pick < 0.12 ? goods[randomInt(random, 0, goods.length - 1)]! : null,
      quantityAsText: random() < 0.1,
    });
  }
  return lines;
}

const cell = (value: unknown): unknown[][] => [[value]];

function quantityText(milli: number): string {
  return (milli / 1000).toLocaleString("en-US", { maximumFractionDigits: 3 });
}

/** The seven arguments as Excel passes them to CBAM_COST (one cell each; omitted optional = null). */
export function excelArguments(line: CbamLine): unknown[] {
  return [
    cell(line.seeMilli / 1000),
    cell(line.quantityAsText ? quantityText(line.quantityMilli) : line.quantityMilli / 1000),
    cell(line.priceCents / 100),
    cell(line.year),
    line.benchmarkMilli === null ? null : cell(line.benchmarkMilli / 1000),
    line.paidCents === null ? null : cell(line.paidCents / 100),
    line.good === null ? null : cell(line.good),
  ];
}

/** Exact cost in cents: every term an integer in units of 1e-11 EUR, rounded half-up once. */
export function exactCostCents(line: CbamLine): bigint {
  if (line.year < 2026) return 0n;
  const q = BigInt(line.quantityMilli); // 1e-3 t
  const see = BigInt(line.seeMilli); // 1e-3 tCO2e/t
  const price = BigInt(line.priceCents); // 1e-2 EUR
  const markup = line.good === null ? 0n : thousandths(markupFor(line));
  const seeUsed = see * (1000n + markup); // 1e-6
  const fa = thousandths(faRow(line.year)!.freeAllocationShare); // 1e-3
  const bm = BigInt(line.benchmarkMilli ?? 0); // 1e-3
  const paid = BigInt(line.paidCents ?? 0); // 1e-2
  // price × (Q × SEE′ − Q × BM × FA) − paid × Q × SEE, in 1e-11 EUR.
  const gross = price * q * seeUsed; // 1e-2 · 1e-3 · 1e-6
  const adjustment = price * q * bm * fa; // 1e-2 · 1e-3 · 1e-3 · 1e-3
  const deduction = paid * q * see * 1000n; // 1e-2 · 1e-3 · 1e-3 · 1e3
  const cost = gross - adjustment - deduction;
  if (cost <= 0n) return 0n;
  return (cost + 500_000_000n) / 1_000_000_000n;
}

function markupFor(line: CbamLine): string {
  const row = markupRow(line.year)!;
  return line.good === "fertilisers" ? row.fertilisersMarkup : row.markup;
}

// ---- the plain floating-point version ---------------------------------------------------------

const FA_BY_YEAR: number[] = [];
const MARKUP_BY_YEAR: number[] = [];
const FERTILISER_MARKUP_BY_YEAR: number[] = [];
for (let year = 2026; year <= 2100; year++) {
  FA_BY_YEAR[year] = Number(faRow(year)!.freeAllocationShare);
  const row = markupRow(year)!;
  MARKUP_BY_YEAR[year] = Number(row.markup);
  FERTILISER_MARKUP_BY_YEAR[year] = Number(row.fertilisersMarkup);
}

const toNumber = (value: unknown): number =>
  typeof value === "number" ? value : Number(String(value).replace(/,/g, ""));

const first = (value: unknown): unknown => (value === null ? null : (value as unknown[][])[0]![0]);

/** The same formula in doubles, same call shape as the custom function: no parsing rules, no checks. */
export function plainCbamCost(
  embedded: unknown,
  quantity: unknown,
  euPrice: unknown,
  year: unknown,
  benchmark: unknown,
  paidPrice: unknown,
  defaultValue: unknown,
): number[][] {
  const y = toNumber(first(year));
  if (y < 2026) return [[0]];
  const q = toNumber(first(quantity));
  const see = toNumber(first(embedded));
  const price = toNumber(first(euPrice));
  const bm = benchmark === null ? 0 : toNumber(first(benchmark));
  const paid = paidPrice === null ? 0 : toNumber(first(paidPrice));
  const good = first(defaultValue);
  const markup =
    good === null ? 0 : good === "fertilisers" ? FERTILISER_MARKUP_BY_YEAR[y]! : MARKUP_BY_YEAR[y]!;
  const certificates = q * see * (1 + markup) - q * bm * FA_BY_YEAR[y]! - (paid * q * see) / price;
  return [[Math.round(Math.max(0, certificates) * price * 100) / 100]];
}
