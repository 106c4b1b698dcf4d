/**
 * A validated quote priced for the delivery year and for every year 2026-2034, next to the
 * lower-SEE scenario. Every cost comes from the CBAM engine; this file only arranges and sums.
 */
import type Decimal from "decimal.js";
import { COST_PATH_YEARS, certificatePriceForYear, freeAllocationShareFor, type CbamWarning } from "../cbam";
import { priceLine } from "./priceLine";
import { quoteDeMinimis } from "./quoteDeMinimis";
import { quoteTotals } from "./quoteTotals";
import type { LineFigures, Quote, QuoteResult, ScenarioComparison } from "./types";

function compare<T extends { costEur: Decimal }>(base: T, alternative: T): ScenarioComparison<T> {
  return { base, alternative, savingEur: base.costEur.minus(alternative.costEur) };
}

function priceYear(quote: Quote, year: number): ScenarioComparison<LineFigures>[] {
  const price = certificatePriceForYear(quote.certificatePrice, year);
  return quote.lines.map((line) =>
    compare(
      priceLine(quote, line, line.see, year, price),
      priceLine(quote, line, line.alternativeSee, year, price),
    ),
  );
}

function totalsOf(quote: Quote, perLine: readonly ScenarioComparison<LineFigures>[]) {
  const withCny = quote.exchangeRate !== null;
  return compare(
    quoteTotals(
      quote.lines,
      perLine.map((line) => line.base),
      withCny,
    ),
    quoteTotals(
      quote.lines,
      perLine.map((line) => line.alternative),
      withCny,
    ),
  );
}

/** Each warning of the delivery year once, with the line numbers it concerns. */
function collectWarnings(quote: Quote, delivery: readonly ScenarioComparison<LineFigures>[]) {
  const byText = new Map<string, { warning: CbamWarning; lines: number[] }>();
  delivery.forEach((line, i) => {
    for (const warning of line.base.breakdown.warnings) {
      const entry = byText.get(warning.message.en) ?? { warning, lines: [] };
      entry.lines.push(quote.lines[i]!.number);
      byText.set(warning.message.en, entry);
    }
  });
  return [...byText.values()];
}

export function computeQuote(quote: Quote): QuoteResult {
  const delivery = priceYear(quote, quote.deliveryYear);
  const paths = COST_PATH_YEARS.map((year) => ({ year, perLine: priceYear(quote, year) }));
  return {
    quote,
    lines: quote.lines.map((line, i) => ({
      line,
      delivery: delivery[i]!,
      path: paths.map((year) => year.perLine[i]!),
    })),
    delivery: { year: quote.deliveryYear, ...totalsOf(quote, delivery) },
    path: paths.map(({ year, perLine }) => ({
      year,
      certificatePrice: certificatePriceForYear(quote.certificatePrice, year),
      freeAllocationShare: freeAllocationShareFor(year).freeAllocationShare,
      ...totalsOf(quote, perLine),
    })),
    deMinimis: quoteDeMinimis(quote.lines),
    warnings: collectWarnings(quote, delivery),
  };
}
