import type { LocalizedText } from "../shared/localizedText";
import { localAddress } from "./a1";
import { formatNumber, lt } from "./localized";
import type { CatalogPort } from "./readTableRows";
import { sameValue } from "./collectReadings";
import type { IndicatorReading, SheetIssue, UnusableIndicator } from "./types";

/**
 * What the sheet implies (emission-sheet.md step 4). Each rule lists its inputs in order of
 * preference; the first input the sheet has is used and the formula says which.
 *   gross emissions        = Scope 1 + Scope 2 (+ Scope 3 when reported)
 *   renewable electricity (domestic lens) = direct line / PPA + green certificates
 *   unit energy carbon     = CO2 (else gross emissions) ÷ energy consumption        tCO2/tce
 *   carbon per value added = gross emissions (else CO2) ÷ industrial value added    tCO2/万元
 *   offset dependency      = offsets retired ÷ gross GHG emissions (else ÷ CO2 emissions, noted)
 *   renewable share, domestic lens = renewable electricity incl. certificates ÷ electricity
 *   renewable share, CBAM lens     = direct line / PPA electricity ÷ electricity
 *   green-power-to-hydrogen        = green hydrogen ÷ hydrogen produced
 */
interface RatioRule {
  id: string;
  numerator: readonly string[];
  /** In order of preference: the first one the sheet gives is used. */
  denominator: readonly string[];
  /** Why this ratio, shown next to the value. */
  note?: LocalizedText;
  /** Said when a denominator other than the first is used. */
  fallbackNote?: LocalizedText;
}

const RATIO_RULES: readonly RatioRule[] = [
  {
    id: "unit_energy_carbon_emissions",
    numerator: ["co2_emissions", "gross_emissions"],
    denominator: ["energy_consumption"],
  },
  {
    id: "carbon_intensity_value_added",
    numerator: ["gross_emissions", "co2_emissions"],
    denominator: ["industrial_value_added"],
  },
  {
    id: "offset_dependency",
    numerator: ["offsets_retired"],
    denominator: ["gross_emissions", "co2_emissions"],
    fallbackNote: lt(
      "the sheet gives no gross GHG emissions: divided by CO2 emissions, which overstates the dependency when other gases are emitted",
      "表中没有温室气体排放总量：按二氧化碳排放量计算，若有其他温室气体排放则会高估依赖度",
    ),
  },
  {
    id: "renewable_energy_share",
    numerator: ["renewable_electricity_total"],
    denominator: ["electricity_consumption"],
    note: lt(
      "domestic lens: green certificates count; measured on electricity",
      "国内口径：绿证计入；按电量计算",
    ),
  },
  {
    id: "direct_renewable_power_share",
    numerator: ["renewable_electricity_direct"],
    denominator: ["electricity_consumption"],
    note: lt(
      "CBAM lens: only a direct line or a PPA with exclusive attributes counts",
      "CBAM口径：仅直连或具有排他性属性的购电协议计入",
    ),
  },
  { id: "green_power_hydrogen_coupling", numerator: ["hydrogen_green"], denominator: ["hydrogen_produced"] },
];

/** A reported value further than this from the derived one gets a warning. */
const DERIVED_TOLERANCE = 0.01;

type Lookup =
  | { kind: "value"; reading: IndicatorReading }
  | { kind: "unusable"; unusable: UnusableIndicator }
  | { kind: "absent" };

export interface DerivedOutcome {
  /** Derived readings, for indicators the sheet does not report itself. */
  derived: IndicatorReading[];
  /** Derived indicators whose inputs are unusable (or divide by zero). */
  unusable: UnusableIndicator[];
  issues: SheetIssue[];
  /** Inputs a derivable indicator would need, for "missing" messages. */
  needs: Map<string, readonly string[]>;
}

/** Adds derived values to `readings` (mutating the validator's own maps, never the input). */
export function deriveIndicators(
  readings: Map<string, IndicatorReading>,
  unusable: Map<string, UnusableIndicator>,
  catalog: CatalogPort,
): DerivedOutcome {
  const outcome: DerivedOutcome = { derived: [], unusable: [], issues: [], needs: new Map() };
  const lookup = (id: string): Lookup => {
    const reading = readings.get(id);
    if (reading) return { kind: "value", reading };
    const bad = unusable.get(id);
    return bad && bad.blocking ? { kind: "unusable", unusable: bad } : { kind: "absent" };
  };
  const accept = (reading: IndicatorReading): void => {
    const reported = readings.get(reading.indicatorId);
    if (reported) {
      compareWithReported(reported, reading, outcome.issues);
      return;
    }
    if (unusable.has(reading.indicatorId) && unusable.get(reading.indicatorId)!.blocking) return;
    readings.set(reading.indicatorId, reading);
    unusable.delete(reading.indicatorId);
    outcome.derived.push(reading);
  };
  const refuse = (id: string, cells: readonly string[], reason: LocalizedText): void => {
    if (readings.has(id) || unusable.get(id)?.blocking) return;
    const entry: UnusableIndicator = { indicatorId: id, cells, reason, blocking: true };
    unusable.set(id, entry);
    outcome.unusable.push(entry);
  };

  const context: DeriveContext = { lookup, catalog, accept, refuse, needs: outcome.needs };
  for (const rule of SUM_RULES) deriveSum(rule, context);
  for (const rule of RATIO_RULES) deriveRatio(rule, context);
  return outcome;
}

interface SumRule {
  id: string;
  /** All of these must be reported. */
  required: readonly string[];
  /** Added when reported; at least one input of the rule must be reported. */
  optional: readonly string[];
}

const SUM_RULES: readonly SumRule[] = [
  {
    id: "gross_emissions",
    required: ["scope1_emissions", "scope2_emissions"],
    optional: ["scope3_emissions"],
  },
  // Domestic lens: certificate-backed electricity counts as renewable.
  {
    id: "renewable_electricity_total",
    required: [],
    optional: ["renewable_electricity_direct", "green_certificates"],
  },
];

/** What each derivation rule reads from and reports to. */
interface DeriveContext {
  lookup: (id: string) => Lookup;
  catalog: CatalogPort;
  accept: (reading: IndicatorReading) => void;
  refuse: (id: string, cells: readonly string[], reason: LocalizedText) => void;
  needs: Map<string, readonly string[]>;
}

function deriveSum(rule: SumRule, { lookup, catalog, accept, refuse, needs }: DeriveContext): void {
  const indicator = catalog.indicatorById(rule.id);
  if (!indicator) return;
  const inputs = [...rule.required, ...rule.optional];
  needs.set(rule.id, rule.required.length > 0 ? rule.required : rule.optional);
  const parts = inputs.map(lookup);
  const broken = parts.find(
    (part): part is Extract<Lookup, { kind: "unusable" }> => part.kind === "unusable",
  );
  if (broken) {
    refuse(rule.id, broken.unusable.cells, inputUnusable(indicator.name, broken.unusable));
    return;
  }
  if (parts.slice(0, rule.required.length).some((part) => part.kind !== "value")) return;
  const used = parts.flatMap((part) => (part.kind === "value" ? [part.reading] : []));
  if (used.length === 0) return;
  const cells = used.map((reading) => reading.cell);
  const terms = cells.map(localAddress).join(" + ");
  accept({
    indicatorId: indicator.id,
    name: indicator.name,
    value: used.reduce((total, reading) => total + reading.value, 0),
    unit: indicator.canonicalUnit,
    cell: cells[0]!,
    cells,
    origin: "derived",
    formula: lt(
      `${terms} (${used.map((reading) => reading.name.en).join(" + ")})`,
      `${terms}（${used.map((reading) => reading.name.zh).join(" + ")}）`,
    ),
    hiddenRow: used.some((reading) => reading.hiddenRow),
    fromFormula: used.some((reading) => reading.fromFormula),
  });
}

function deriveRatio(rule: RatioRule, { lookup, catalog, accept, refuse, needs }: DeriveContext): void {
  const indicator = catalog.indicatorById(rule.id);
  if (!indicator) return;
  needs.set(rule.id, [rule.numerator[0]!, rule.denominator[0]!]);
  const numerator = firstReported(rule.numerator, lookup);
  if (numerator.kind === "unusable") {
    refuse(rule.id, numerator.unusable.cells, inputUnusable(indicator.name, numerator.unusable));
    return;
  }
  const denominator = firstReported(rule.denominator, lookup);
  if (denominator.kind === "unusable") {
    refuse(rule.id, denominator.unusable.cells, inputUnusable(indicator.name, denominator.unusable));
    return;
  }
  if (numerator.kind !== "value" || denominator.kind !== "value") return;
  const fallback = denominator.reading.indicatorId !== rule.denominator[0] ? rule.fallbackNote : undefined;
  deriveFrom(rule, indicator, numerator.reading, denominator.reading, fallback, accept, refuse);
}

/** The first of `ids` the sheet reports (or cannot use: then that is the answer). */
function firstReported(ids: readonly string[], lookup: (id: string) => Lookup): Lookup {
  for (const id of ids) {
    const found = lookup(id);
    if (found.kind !== "absent") return found;
  }
  return { kind: "absent" };
}

function deriveFrom(
  rule: RatioRule,
  indicator: NonNullable<ReturnType<CatalogPort["indicatorById"]>>,
  above: IndicatorReading,
  below: IndicatorReading,
  fallback: LocalizedText | undefined,
  accept: DeriveContext["accept"],
  refuse: DeriveContext["refuse"],
): void {
  const numerator = above;
  const cells = [numerator.cell, below.cell];
  if (below.value === 0) {
    refuse(
      rule.id,
      cells,
      lt(
        `${indicator.name.en} cannot be computed: ${below.name.en} in ${below.cell} is 0 (division by zero).`,
        `无法计算${indicator.name.zh}：${below.cell} 中的${below.name.zh}为 0（除数为零）。`,
      ),
    );
    return;
  }
  const value = numerator.value / below.value;
  if (indicator.kind === "share" && value > 1 + 1e-9) {
    refuse(
      rule.id,
      cells,
      lt(
        `${indicator.name.en} = ${numerator.cell} ÷ ${below.cell} = ${formatNumber(value * 100)}%, more than 100%: check both cells.`,
        `${indicator.name.zh} = ${numerator.cell} ÷ ${below.cell} = ${formatNumber(value * 100)}%，超过 100%：请核对这两个单元格。`,
      ),
    );
    return;
  }
  const formula = `${localAddress(numerator.cell)} ÷ ${localAddress(below.cell)}`;
  accept({
    indicatorId: indicator.id,
    name: indicator.name,
    value,
    unit: indicator.canonicalUnit,
    cell: numerator.cell,
    cells,
    origin: "derived",
    ratio: { numerator: numerator.indicatorId, denominator: below.indicatorId },
    formula: lt(
      `${formula} (${numerator.name.en} ÷ ${below.name.en})${rule.note ? ` — ${rule.note.en}` : ""}${fallback ? ` — ${fallback.en}` : ""}`,
      `${formula}（${numerator.name.zh} ÷ ${below.name.zh}）${rule.note ? `——${rule.note.zh}` : ""}${fallback ? `——${fallback.zh}` : ""}`,
    ),
    hiddenRow: numerator.hiddenRow || below.hiddenRow,
    fromFormula: numerator.fromFormula || below.fromFormula,
  });
}

function inputUnusable(name: LocalizedText, input: UnusableIndicator): LocalizedText {
  return lt(`${name.en} cannot be computed: ${input.reason.en}`, `无法计算${name.zh}：${input.reason.zh}`);
}

function compareWithReported(
  reported: IndicatorReading,
  derived: IndicatorReading,
  issues: SheetIssue[],
): void {
  const scale = Math.max(Math.abs(reported.value), Math.abs(derived.value));
  if (
    sameValue(reported.value, derived.value) ||
    Math.abs(reported.value - derived.value) <= DERIVED_TOLERANCE * scale
  )
    return;
  issues.push({
    code: "derived-differs",
    severity: "warning",
    cell: reported.cell,
    otherCells: derived.cells,
    indicatorId: reported.indicatorId,
    message: lt(
      `${reported.name.en} reported in ${reported.cell} (${formatNumber(reported.value)} ${reported.unit}) differs from ${derived.formula?.en ?? "the derived value"} = ${formatNumber(derived.value)}; the reported value is used.`,
      `${reported.cell} 填报的${reported.name.zh}（${formatNumber(reported.value)} ${reported.unit}）与推算值 ${derived.formula?.zh ?? ""} = ${formatNumber(derived.value)} 不一致；采用填报值。`,
    ),
  });
}
