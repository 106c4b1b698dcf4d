/** The add-in's own EU tables (src/core/eu, generated from the Commission's files) as the supplier check sees them. */
import { loadEuLookup } from "../../../src/core/eu";
import { supplierEuDataFrom, type SupplierEuData } from "../../../src/core/supplier";

export async function loadSupplierEuData(): Promise<SupplierEuData> {
  return supplierEuDataFrom(await loadEuLookup());
}
