import type { SupplierEuData } from "./euData";
import type { SupplierProduct } from "./types";

const EIGHT_DIGITS = /^\d{8}$/;

/**
 * The SEE the CBAM prices (Regulation (EU) 2023/956 Art. 7 and Annex II, as amended by 2025/2083):
 * for Annex II goods (iron and steel, aluminium, hydrogen, electricity) direct emissions only, a
 * blank direct value meaning 0 (electrolytic hydrogen reports none); for cement and fertilisers the
 * total. Without the EU tables, or for a code that is no CBAM good, it stays unknown.
 */
export function deriveCbamFields(
  product: SupplierProduct,
  euData: SupplierEuData | undefined,
): SupplierProduct {
  if (!euData || product.cnCode === null || !EIGHT_DIGITS.test(product.cnCode)) return product;
  const good = euData.goodFor(product.cnCode);
  if (good === null) return { ...product, isCbamGood: false };
  const anySee = product.seeDirect !== null || product.seeIndirect !== null || product.seeTotal !== null;
  const seeCbam = good.directOnly ? (anySee ? (product.seeDirect ?? 0) : null) : product.seeTotal;
  return {
    ...product,
    isCbamGood: true,
    sector: good.sector,
    basis: good.directOnly ? "direct" : "total",
    seeCbam,
  };
}
