import { loadEuLookup } from "../core/eu";
import { supplierEuDataFrom, type SupplierEuData } from "../core/supplier";

/** The add-in's EU tables (CBAM goods, Annex II, default values) for the supplier check; loaded once. */
export async function supplierEuData(): Promise<SupplierEuData> {
  return supplierEuDataFrom(await loadEuLookup());
}
