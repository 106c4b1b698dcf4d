/**
 * Official default values on quote lines (issue 12): a line with a CN code and a country of origin
 * but no actual SEE takes the default value of Implementing Regulation (EU) 2025/2621 and the
 * Column B benchmark of the route that table gives (the highest where several grades share the
 * code, the period of the delivery year), labelled with the data version. A line with an actual
 * SEE is compared with the default path: what verified data saves per tonne.
 */
import type Decimal from "decimal.js";
import { CbamDecimal } from "../cbam";
import { defaultValueLabel, type EuLookup } from "../eu";
import { isInputError } from "../shared/inputError";
import type { LocalizedText } from "../shared/localizedText";
import { priceLine } from "./priceLine";
import type { QuoteDraft, QuoteResult } from "./types";

export interface LineDefault {
  /** Default value as printed (total, tCO2e/t, before the year's mark-up, which pricing adds). */
  see: number;
  /** Column B benchmark of the table's route, tCO2e/t. */
  benchmark: number;
  route: string;
  /** 'default value (Regulation 2025/2621, data version 1 of 2026-02-04)'. */
  label: LocalizedText;
}

export type LineDefaultLookup =
  { ok: true; value: LineDefault } | { ok: false; message: LocalizedText } | null;

/** The line's default value and benchmark, an explanation why there is none, or null (no country). */
export function lineDefault(
  eu: EuLookup,
  cnCode: string,
  country: string,
  year: number | null,
): LineDefaultLookup {
  if (country.trim() === "" || cnCode.trim() === "") return null;
  try {
    const found = eu.defaultValue(cnCode, country);
    const benchmark = eu.benchmark(cnCode, { column: "B", route: found.route || null, year, highest: true });
    return {
      ok: true,
      value: {
        see: found.total,
        benchmark: benchmark.value,
        route: found.route,
        label: defaultValueLabel(found.source),
      },
    };
  } catch (error) {
    if (isInputError(error)) return { ok: false, message: error.localized };
    throw error;
  }
}

const deliveryYearOf = (draft: QuoteDraft): number | null => {
  const year = Number(draft.deliveryYear.trim());
  return Number.isInteger(year) && year >= 2026 ? year : null;
};

/**
 * The draft with every line that names a country and has no SEE filled from the tables: SEE =
 * default value, value type "default", benchmark = Column B (unless the user typed one). The
 * lookups per line (1-based) say what was found or why nothing was.
 */
export function fillLineDefaults(
  draft: QuoteDraft,
  eu: EuLookup,
): { draft: QuoteDraft; defaults: Map<number, LineDefaultLookup> } {
  const year = deliveryYearOf(draft);
  const defaults = new Map<number, LineDefaultLookup>();
  const lines = draft.lines.map((line, i) => {
    const found = lineDefault(eu, line.cnCode, line.country, year);
    defaults.set(i + 1, found);
    if (!found?.ok || line.see.trim() !== "") return line;
    return {
      ...line,
      see: String(found.value.see),
      valueType: "default" as const,
      benchmark: line.benchmark.trim() === "" ? String(found.value.benchmark) : line.benchmark,
    };
  });
  return { draft: { ...draft, lines }, defaults };
}

export interface ActualVersusDefault {
  /** EUR per tonne on the default path (default value with the year's mark-up, Column B benchmark). */
  defaultCostPerTonneEur: Decimal;
  /** EUR per tonne with the line's own SEE. */
  actualCostPerTonneEur: Decimal;
  /** What verified actual data saves per tonne (may be negative). */
  savingPerTonneEur: Decimal;
}

/** For each line priced with an actual SEE and a default found: the default path beside it. */
export function actualVersusDefault(
  result: QuoteResult,
  defaults: ReadonlyMap<number, LineDefaultLookup>,
): Map<number, ActualVersusDefault> {
  const compared = new Map<number, ActualVersusDefault>();
  const year = result.delivery.year;
  for (const { line, delivery } of result.lines) {
    const found = defaults.get(line.number);
    if (!found?.ok || line.seeIsDefaultValue) continue;
    const onDefault = priceLine(
      result.quote,
      { ...line, seeIsDefaultValue: true, benchmark: new CbamDecimal(found.value.benchmark) },
      new CbamDecimal(found.value.see),
      year,
      delivery.base.breakdown.certificatePrice,
    );
    compared.set(line.number, {
      defaultCostPerTonneEur: onDefault.costPerTonneEur,
      actualCostPerTonneEur: delivery.base.costPerTonneEur,
      savingPerTonneEur: onDefault.costPerTonneEur.minus(delivery.base.costPerTonneEur),
    });
  }
  return compared;
}
