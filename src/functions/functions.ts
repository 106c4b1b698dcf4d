/*
 * Custom functions of the add-in (namespace ZC). This file holds only the entry points: the
 * metadata plugin reads their JSDoc to write functions.json and appends CustomFunctions.associate
 * calls for them. Each entry point delegates to an adapter (src/functions/adapters) that parses
 * the Excel arguments, calls the core and maps results and errors.
 *
 * Argument rules shared by all functions (src/functions/arguments/readers.ts):
 * - blank cell / omitted optional argument: the optional argument's default; a required one is
 *   #VALUE! "<name> is empty";
 * - numbers as text are numbers ("1,234.5", " 12 "); "12%" only where the argument is a share;
 * - TRUE/FALSE: #VALUE! except for TRUE/FALSE arguments;
 * - an error value in an input is passed on;
 * - a range instead of a single value computes element-wise and spills (single cells, single rows
 *   and single columns broadcast); mismatched shapes are #VALUE! naming the argument.
 */
import {
  cbamCertificatesFormula,
  cbamCostFormula,
  costPathFormula,
  deMinimisFormula,
  freeAllocationFormula,
  phaseInFormula,
} from "./adapters/cbam";
import { benchmarkFormula, costDefaultFormula, defaultSeeFormula, goodFormula } from "./adapters/eu";
import { offsetRatioFormula, parkIntensityFormula } from "./adapters/ratios";
import { tediScoreFormula } from "./adapters/tedi";
import { userLanguage } from "./language";

/**
 * EU CBAM cost of an import, EUR rounded half-up to the cent: max(0, quantity × embedded − quantity × benchmark × free allocation share of the year − carbon price paid abroad converted to certificates) × EU price (Regulation (EU) 2023/956). 2023-2025 (transitional period): 0.
 * @customfunction CBAM_COST
 * @helpurl taskpane.html?help=CBAM_COST
 * @param embedded Specific embedded emissions of the good, tCO2e per tonne (0 to 100). A range computes one cost per cell and spills.
 * @param quantity Quantity imported, tonnes (MWh for electricity), 0 or more.
 * @param eu_price CBAM certificate price, EUR per tCO2e (above 0): the EU ETS auction average of the import period. Never built in.
 * @param year Import year, e.g. 2026: it fixes the free allocation share, so the figure does not change next year.
 * @param [benchmark] CBAM benchmark of the good and production route, tCO2e per tonne. Blank = 0 (no free allocation adjustment).
 * @param [paid_price] Carbon price effectively paid in the country of origin, EUR per tCO2e of embedded emissions, net of rebates (e.g. China's ETS). Blank = 0.
 * @param [default_value] Blank or FALSE = embedded is an actual, verified value. A goods category (iron-and-steel, aluminium, cement, fertilisers, hydrogen, electricity) = it is the Commission default value for that good: the year's mark-up is added. The official default value by CN code and country: CBAM_DEFAULT_SEE; the whole default-path cost: CBAM_COST_DEFAULT.
 * @returns Cost in EUR.
 */
export function cbamCost(
  embedded: unknown[][],
  quantity: unknown[][],
  eu_price: unknown[][],
  year: unknown[][],
  benchmark?: unknown[][],
  paid_price?: unknown[][],
  default_value?: unknown[][],
): unknown[][] {
  return cbamCostFormula(
    [embedded, quantity, eu_price, year, benchmark, paid_price, default_value],
    userLanguage(),
  );
}

/**
 * CBAM certificates to surrender for an import (tCO2e, unrounded): max(0, quantity × embedded − free allocation adjustment − deduction for the carbon price paid abroad). 2023-2025: 0.
 * @customfunction CBAM_CERTIFICATES
 * @helpurl taskpane.html?help=CBAM_CERTIFICATES
 * @param embedded Specific embedded emissions of the good, tCO2e per tonne (0 to 100). A range computes one result per cell and spills.
 * @param quantity Quantity imported, tonnes (MWh for electricity), 0 or more.
 * @param eu_price CBAM certificate price, EUR per tCO2e (above 0): the price paid abroad is converted into certificates through it.
 * @param year Import year, e.g. 2026 (fixes the free allocation share).
 * @param [benchmark] CBAM benchmark of the good and production route, tCO2e per tonne. Blank = 0.
 * @param [paid_price] Carbon price effectively paid in the country of origin, EUR per tCO2e of embedded emissions. Blank = 0.
 * @param [default_value] Blank or FALSE = actual value; a goods category (e.g. cement, fertilisers) = Commission default value of that good, the year's mark-up is added.
 * @returns Number of certificates.
 */
export function cbamCertificates(
  embedded: unknown[][],
  quantity: unknown[][],
  eu_price: unknown[][],
  year: unknown[][],
  benchmark?: unknown[][],
  paid_price?: unknown[][],
  default_value?: unknown[][],
): unknown[][] {
  return cbamCertificatesFormula(
    [embedded, quantity, eu_price, year, benchmark, paid_price, default_value],
    userLanguage(),
  );
}

/**
 * Share of free allocation EU producers of CBAM goods still receive in a year, as a fraction (2026: 0.975 … 2034 onward: 0). ETS Directive 2003/87/EC Art. 10a(1a). Before 2026 → #N/A.
 * @customfunction CBAM_FREE_ALLOCATION
 * @helpurl taskpane.html?help=CBAM_FREE_ALLOCATION
 * @param year Calendar year, 2026 or later; a range spills one share per cell.
 * @returns Free allocation share (fraction).
 */
export function cbamFreeAllocation(year: unknown[][]): unknown[][] {
  return freeAllocationFormula(year, userLanguage());
}

/**
 * CBAM phase-in share of a year, 1 − free allocation share, as a fraction (2026: 0.025 … 2034 onward: 1). Before 2026 → #N/A.
 * @customfunction CBAM_PHASE_IN
 * @helpurl taskpane.html?help=CBAM_PHASE_IN
 * @param year Calendar year, 2026 or later; a range spills one share per cell.
 * @returns Phase-in share (fraction).
 */
export function cbamPhaseIn(year: unknown[][]): unknown[][] {
  return phaseInFormula(year, userLanguage());
}

/**
 * TRUE when the importer's net mass of CBAM goods in the calendar year (iron and steel, aluminium, cement, fertilisers; not electricity or hydrogen) is at or below 50 t, so nothing is owed (Regulation (EU) 2023/956 Art. 2a as inserted by Regulation (EU) 2025/2083).
 * @customfunction CBAM_DEMINIMIS
 * @helpurl taskpane.html?help=CBAM_DEMINIMIS
 * @param annual_mass The importer's total net mass of those goods in the calendar year, tonnes (0 or more); a range spills one answer per cell.
 * @returns TRUE if exempt.
 */
export function cbamDeMinimis(annual_mass: unknown[][]): unknown[][] {
  return deMinimisFormula(annual_mass, userLanguage());
}

/**
 * CBAM cost per tonne of good year by year as free allocation is phased out, for quotes: a spilled table with a header row and one row per year (year, free allocation share, EUR per tonne).
 * @customfunction CBAM_COST_PATH
 * @helpurl taskpane.html?help=CBAM_COST_PATH
 * @param embedded Specific embedded emissions of the good, tCO2e per tonne (0 to 100).
 * @param eu_price CBAM certificate price assumed for every year, EUR per tCO2e (above 0).
 * @param [benchmark] CBAM benchmark, tCO2e per tonne. Blank = 0.
 * @param [paid_price] Carbon price paid in the country of origin, EUR per tCO2e of embedded emissions. Blank = 0.
 * @param [from_year] First year shown, 2026-2034. Blank = 2026.
 * @param [to_year] Last year shown, 2026-2034 (from 2034 on nothing changes). Blank = 2034.
 * @returns Table: year, free allocation share, EUR per tonne.
 */
export function cbamCostPath(
  embedded: unknown,
  eu_price: unknown,
  benchmark?: unknown,
  paid_price?: unknown,
  from_year?: unknown,
  to_year?: unknown,
): unknown[][] {
  return costPathFormula([embedded, eu_price, benchmark, paid_price, from_year, to_year], userLanguage());
}

/**
 * Offset dependency: offsets retired ÷ gross emissions, as a fraction (0.1 = 10 %). Ranges are summed; blank cells count as 0.
 * @customfunction OFFSET_RATIO
 * @helpurl taskpane.html?help=OFFSET_RATIO
 * @param offsets Carbon offsets retired (CCER, VER, ...), tCO2e: a number or a range to sum. Negative → #NUM!.
 * @param emissions Gross emissions before offsets, tCO2e: a number or a range to sum. Total 0 → #DIV/0!.
 * @returns Offsets as a fraction of gross emissions.
 */
export function offsetRatio(offsets: unknown[][], emissions: unknown[][]): number {
  return offsetRatioFormula(offsets, emissions, userLanguage());
}

/**
 * Unit energy carbon emissions, the national zero-carbon park notice's core indicator: CO2 ÷ comprehensive energy consumption.
 * @customfunction PARK_INTENSITY
 * @helpurl taskpane.html?help=PARK_INTENSITY
 * @param co2 Carbon dioxide emitted by the park in the year, tCO2 (0 or more); a range spills one result per cell.
 * @param energy_tce Comprehensive energy consumption in the same year, tce (above 0; 0 → #DIV/0!).
 * @returns tCO2 per tce.
 */
export function parkIntensity(co2: unknown[][], energy_tce: unknown[][]): unknown[][] {
  return parkIntensityFormula(co2, energy_tce, userLanguage());
}

/**
 * TEDI coupling coordination score (0-100) of a park from its indicators: Technology, Energy, Data, Institution subsystems combined with the coupling coordination degree model. The paper gives no formula: the method and its targets are the project's own.
 * @customfunction TEDI_SCORE
 * @helpurl taskpane.html?help=TEDI_SCORE
 * @param indicators Column of indicator names (Chinese, English or id), e.g. 碳抵消依赖度. Unknown or ambiguous name → #N/A.
 * @param values Column of values, one per name (shares as 0.12 or "12%", yes/no as 是/否 or TRUE/FALSE). Blank = not disclosed, scores 0. Different count → #VALUE!.
 * @param [component] Blank = the score; "T", "E", "D", "I" = that subsystem's score (0-100); "C" = coupling degree (0-1); "GRADE" = grade text; "ALL" = a spilled two-column breakdown. Fewer than 6 of the 12 indicators reported → #N/A "insufficient data".
 * @param [patents_target] Target number of low-carbon patents per year (above 0). Blank = patents are left out of the score, reported or not.
 * @param [cbam_annual_cost] Estimated annual CBAM cost, 10,000 CNY (万元, above 0): the need the CBAM risk reserve is measured against. Blank = the reserve is left out of the score.
 * @returns The score, the chosen component, or the breakdown.
 */
export function tediScore(
  indicators: unknown[][],
  values: unknown[][],
  component?: unknown,
  patents_target?: unknown,
  cbam_annual_cost?: unknown,
): unknown[][] {
  return tediScoreFormula(indicators, values, component, userLanguage(), {
    patentsTarget: patents_target,
    cbamAnnualCost: cbam_annual_cost,
  });
}

/**
 * Default value of a CBAM good from a country, tCO2e per tonne (total emissions column): the Official Journal figure of Implementing Regulation (EU) 2025/2621 Annex I; with a year, including that year's mark-up (total × (1 + mark-up)). A country without a value takes "Other countries and territories". Origin outside CBAM or not a CBAM good → #N/A.
 * @customfunction CBAM_DEFAULT_SEE
 * @helpurl taskpane.html?help=CBAM_DEFAULT_SEE
 * @param cn_code CN code, 4 to 10 digits, text or number (7208 51 20 or 72085120); a longer code without its own line takes its heading's. Where the table has two lines (white and grey clinker) add the route: "2523 10 00 (A)". A range spills.
 * @param country Country of origin: ISO code (CN), English name (China) or Chinese name (中国).
 * @param [year] Import year, 2026 or later: adds the year's mark-up (+10 % 2026, +20 % 2027, +30 % from 2028; fertilisers +1 %). Blank = the value without mark-up.
 * @returns tCO2e per tonne of good.
 */
export function cbamDefaultSee(
  cn_code: unknown[][],
  country: unknown[][],
  year?: unknown[][],
): Promise<unknown[][]> {
  return defaultSeeFormula([cn_code, country, year], userLanguage());
}

/**
 * CBAM benchmark of a good, tCO2e per tonne (Implementing Regulation (EU) 2025/2620, as the Commission's benchmark workbook lists it): Column B (with default values) unless column is "A" (with actual data). Several routes and no route → #VALUE! listing them. Not a CBAM good or electricity → #N/A.
 * @customfunction CBAM_BENCHMARK
 * @helpurl taskpane.html?help=CBAM_BENCHMARK
 * @param cn_code CN code, 8 digits for one line (7208 51 20), text or number. A range spills.
 * @param [route] Production route letter where the code has several: C, D, E (carbon steel BF/BOF, DRI/EAF, scrap/EAF), F, G, H, J (alloy steel), K, L (primary, secondary aluminium), A, B (grey, white clinker). Blank = the only value.
 * @param [column] "B" (default values; blank) or "A" (actual data).
 * @param [year] Import year where the benchmark changes by period: up to 2027 period (1), from 2028 period (2). Blank = no period chosen.
 * @returns tCO2e per tonne of good.
 */
export function cbamBenchmark(
  cn_code: unknown[][],
  route?: unknown[][],
  column?: unknown[][],
  year?: unknown[][],
): Promise<unknown[][]> {
  return benchmarkFormula([cn_code, route, column, year], userLanguage());
}

/**
 * CBAM cost in EUR on the default path, rounded half-up to the cent: the default value with the year's mark-up, minus the Column B benchmark of the route the default-values table gives for the country (the highest where several grades share the code) times the year's free allocation share, times quantity and EU price (CSCF 1, nothing paid abroad). Origin outside CBAM → 0; 2023-2025 → 0.
 * @customfunction CBAM_COST_DEFAULT
 * @helpurl taskpane.html?help=CBAM_COST_DEFAULT
 * @param cn_code CN code, 4 to 10 digits, text or number. A range computes one cost per cell and spills.
 * @param country Country of origin: ISO code (CN), English name (China) or Chinese name (中国).
 * @param quantity Quantity imported, tonnes, 0 or more.
 * @param eu_price CBAM certificate price, EUR per tCO2e (above 0). Never built in.
 * @param year Import year, e.g. 2026: fixes the mark-up, the free allocation share and the benchmark period.
 * @returns Cost in EUR.
 */
export function cbamCostDefault(
  cn_code: unknown[][],
  country: unknown[][],
  quantity: unknown[][],
  eu_price: unknown[][],
  year: unknown[][],
): Promise<unknown[][]> {
  return costDefaultFormula([cn_code, country, quantity, eu_price, year], userLanguage());
}

/**
 * What Regulation (EU) 2023/956 says about a CN code: its CBAM sector (Annex I) in Excel's language, its goods id, the Annex I line, or whether only direct emissions count (Annex II). Not a CBAM good → #N/A with the reason.
 * @customfunction CBAM_GOOD
 * @helpurl taskpane.html?help=CBAM_GOOD
 * @param cn_code CN code, 4 to 10 digits, text or number. A range spills.
 * @param [field] Blank or "SECTOR" = sector name; "ID" = goods id (as CBAM_COST's default_value takes it); "DESCRIPTION" = the Annex I line (English, as published); "DIRECT_ONLY" = TRUE when only direct emissions count.
 * @returns The field asked for.
 */
export function cbamGood(cn_code: unknown[][], field?: unknown[][]): Promise<unknown[][]> {
  return goodFormula([cn_code, field], userLanguage());
}
