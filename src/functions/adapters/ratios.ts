/** OFFSET_RATIO and PARK_INTENSITY: Excel arguments → ratios.ts → Excel results. */
import type { UiLanguage } from "../../core/shared/localizedText";
import { readNumber, type NumberSpec } from "../arguments/readers";
import { text } from "../language";
import { offsetRatio, parkIntensity } from "../../core/park/ratios";
import { finish, guard, mapElements, toMatrix, type Matrix } from "../spill";

const OFFSETS: NumberSpec = {
  name: "offsets",
  expects: text("tCO2e, 0 or more", "tCO2e，不小于 0"),
  default: 0,
};
const EMISSIONS: NumberSpec = {
  name: "emissions",
  expects: text("tCO2e, 0 or more", "tCO2e，不小于 0"),
  default: 0,
};
const CO2: NumberSpec = { name: "co2", expects: text("tCO2, 0 or more", "tCO2，不小于 0") };
const ENERGY: NumberSpec = { name: "energy_tce", expects: text("tce, above 0", "tce，大于 0") };

/**
 * Every cell of a summed range as a number: blank = 0; text numbers read; a word or TRUE/FALSE is
 * #VALUE! naming the cell (row, column within the range); an error value is passed on.
 */
export function readSummedRange(value: unknown, spec: NumberSpec): number[] {
  const matrix = toMatrix(value);
  const single = matrix.length === 1 && matrix[0]!.length === 1;
  return matrix.flatMap((row, r) =>
    row.map((cell, c) =>
      readNumber(cell, single ? spec : { ...spec, name: `${spec.name} (row ${r + 1}, column ${c + 1})` }),
    ),
  );
}

export function offsetRatioFormula(offsets: unknown, emissions: unknown, language: UiLanguage): number {
  return guard(language, () =>
    offsetRatio(readSummedRange(offsets, OFFSETS), readSummedRange(emissions, EMISSIONS)),
  );
}

export function parkIntensityFormula(
  co2: unknown,
  energyTce: unknown,
  language: UiLanguage,
): Matrix<unknown> {
  return guard(language, () =>
    finish(
      mapElements(
        [
          { name: CO2.name, value: co2 },
          { name: ENERGY.name, value: energyTce },
        ],
        ([c, e]) => parkIntensity(readNumber(c, CO2), readNumber(e, ENERGY)),
        language,
      ),
    ),
  );
}
