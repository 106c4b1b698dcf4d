/**
 * Park ratios over whole ranges, for formulas (the sheet validator derives the same ratios row by
 * row with cell provenance, see ../sheet/deriveIndicators.ts):
 * - offset dependency = offsets retired ÷ gross emissions (TEDI indicator "offset_dependency");
 * - unit energy carbon emissions = CO2 ÷ comprehensive energy consumption, tCO2/tce (the national
 *   notice's core indicator "unit_energy_carbon_emissions").
 * Sums and quotients in decimal so that 0.1 + 0.2 of a range is 0.3.
 */
import Decimal from "decimal.js";
import { InputError } from "../shared/inputError";
import type { LocalizedText } from "../shared/localizedText";

const text = (en: string, zh: string): LocalizedText => ({ en, zh });

function nonNegative(name: string, value: number, unit: string): void {
  if (value < 0 || !Number.isFinite(value)) {
    throw new InputError(
      "number",
      name,
      text(
        `${name} is ${value}; expected ${unit}, 0 or more.`,
        `${name} 为 ${value}；应为${unit}，不小于 0。`,
      ),
    );
  }
}

function sum(name: string, values: readonly number[], unit: string): Decimal {
  let total = new Decimal(0);
  for (const value of values) {
    nonNegative(name, value, unit);
    total = total.plus(value);
  }
  return total;
}

/** Σ offsets ÷ Σ gross emissions, as a fraction (0.1 = 10 %). */
export function offsetRatio(offsets: readonly number[], emissions: readonly number[]): number {
  const offsetTotal = sum("offsets", offsets, "tCO2e");
  const emissionTotal = sum("emissions", emissions, "tCO2e");
  if (emissionTotal.isZero()) {
    throw new InputError(
      "divisionByZero",
      "emissions",
      text(
        "emissions total 0; the ratio needs gross emissions above 0 tCO2e.",
        "emissions 合计为 0；需大于 0 tCO2e 的排放总量。",
      ),
    );
  }
  return offsetTotal.div(emissionTotal).toNumber();
}

/** tCO2 ÷ tce. */
export function parkIntensity(co2: number, energyTce: number): number {
  nonNegative("co2", co2, "tCO2");
  nonNegative("energy_tce", energyTce, "tce");
  if (energyTce === 0) {
    throw new InputError(
      "divisionByZero",
      "energy_tce",
      text(
        "energy_tce is 0; expected energy consumption above 0 tce.",
        "energy_tce 为 0；能源消费量应大于 0 tce。",
      ),
    );
  }
  return new Decimal(co2).div(energyTce).toNumber();
}
