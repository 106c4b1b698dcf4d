/**
 * Free allocation still given to EU producers of CBAM goods, by year (shared/spec/cbam.md §2).
 * The last row holds for every later year ("2034 onward": 0 %), which the lookup applies.
 */
import type { FreeAllocationRow } from "../types";

const SOURCE = "Directive 2003/87/EC Art. 10a(1a) as amended by Directive (EU) 2023/959";

export const FREE_ALLOCATION_TABLE: readonly FreeAllocationRow[] = [
  { year: 2026, freeAllocationShare: "0.975", phaseInShare: "0.025", source: SOURCE },
  { year: 2027, freeAllocationShare: "0.95", phaseInShare: "0.05", source: SOURCE },
  { year: 2028, freeAllocationShare: "0.9", phaseInShare: "0.1", source: SOURCE },
  { year: 2029, freeAllocationShare: "0.775", phaseInShare: "0.225", source: SOURCE },
  { year: 2030, freeAllocationShare: "0.515", phaseInShare: "0.485", source: SOURCE },
  { year: 2031, freeAllocationShare: "0.39", phaseInShare: "0.61", source: SOURCE },
  { year: 2032, freeAllocationShare: "0.265", phaseInShare: "0.735", source: SOURCE },
  { year: 2033, freeAllocationShare: "0.14", phaseInShare: "0.86", source: SOURCE },
  { year: 2034, freeAllocationShare: "0", phaseInShare: "1", source: SOURCE },
];
