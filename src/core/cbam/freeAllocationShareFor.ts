/** FA(year): the free-allocation share EU producers of CBAM goods still receive. */
import { FREE_ALLOCATION_TABLE } from "./data/freeAllocation";
import { CbamDecimal } from "./decimal";
import { rowForYear } from "./rowForYear";
import { transitionalYearError } from "./transitionalYearError";
import type { FreeAllocationShare } from "./types";
import { validateFreeAllocationTable } from "./validateCbamData";
import { validateYear } from "./validateInputs";

validateFreeAllocationTable(FREE_ALLOCATION_TABLE);

/**
 * The free-allocation share and the CBAM phase-in share (1 − FA) of a year, with their source.
 * Years after 2034 keep 0 % free allocation.
 *
 * @throws InputError "notAvailable" naming `year` for 2023-2025: the transitional period has no
 *   payment and therefore no free allocation adjustment (the spec's table reads "n/a").
 * @throws InputError naming `year` unless it is a whole year within [2023, 2100].
 */
export function freeAllocationShareFor(year: number): FreeAllocationShare {
  const checkedYear = validateYear(year);
  const row = rowForYear(FREE_ALLOCATION_TABLE, checkedYear);
  if (row === undefined) {
    throw transitionalYearError(checkedYear, { en: "free allocation share", zh: "免费配额比例" });
  }
  return {
    year: checkedYear,
    freeAllocationShare: new CbamDecimal(row.freeAllocationShare),
    phaseInShare: new CbamDecimal(row.phaseInShare),
    source: row.source,
  };
}
