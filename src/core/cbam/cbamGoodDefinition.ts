/** The data entry of one CBAM goods category. */
import { CBAM_GOODS } from "./data/goods";
import type { CbamGood, CbamGoodDefinition } from "./types";
import { validateGoodsTable } from "./validateCbamData";
import { validateGood } from "./validateInputs";

validateGoodsTable(CBAM_GOODS);

/**
 * Name, unit, indirect-emissions scope (to verify) and de minimis treatment of a good.
 * @throws InputError naming `good` for an unknown category.
 */
export function cbamGoodDefinition(good: CbamGood): CbamGoodDefinition {
  const id = validateGood(good);
  // validateGoodsTable guarantees every id has an entry.
  return CBAM_GOODS.find((entry) => entry.id === id) as CbamGoodDefinition;
}
