/**
 * Unit energy carbon emissions, the national notice's core indicator.
 * @customfunction PARK_INTENSITY
 * @helpurl https://localhost:3000/taskpane.html?help=PARK_INTENSITY
 * @param co2 Carbon dioxide emitted by the park in the year, tCO2.
 * @param energy_tce Comprehensive energy consumption in the same year, tce.
 * @returns tCO2 per tce.
 */
export function parkIntensity(co2: number, energy_tce: number): number {
  if (energy_tce === 0)
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero, "energy_tce is 0");
  return co2 / energy_tce;
}
