import type { SupplierEuData } from "../core/supplier";

/**
 * The EU tables (CBAM goods by CN code, Annex II, default values) for the supplier check. They
 * come from the add-in's EU data module (issue 12); until it is merged the check runs without
 * them and says so in a warning.
 */
export function supplierEuData(): SupplierEuData | undefined {
  return undefined;
}
