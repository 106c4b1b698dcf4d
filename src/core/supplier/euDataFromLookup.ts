import { defaultValueLabel, type EuLookup } from "../eu";
import { isInputError } from "../shared/inputError";
import type { SupplierEuData } from "./euData";

/**
 * The supplier check's view of the add-in's EU tables (src/core/eu): CBAM goods with their Annex
 * II flag, the Commission's default values (base figures, without the year's mark-up, to compare
 * with a supplier's actual SEE) and ISO country codes.
 */
export function supplierEuDataFrom(eu: EuLookup): SupplierEuData {
  return {
    goodFor(cnCode) {
      const good = eu.cbamGood(cnCode);
      return good.covered ? { sector: good.sector, directOnly: good.directEmissionsOnly } : null;
    },
    defaultSeeFor(cnCode, countryCode) {
      try {
        const found = eu.defaultValue(cnCode, countryCode);
        return {
          direct: typeof found.direct === "number" ? found.direct : null,
          total: found.total,
          source: defaultValueLabel(found.source),
        };
      } catch (error) {
        // Exempt origin, two lines for one code (white / grey clinker), no default value: nothing to compare.
        if (isInputError(error)) return null;
        throw error;
      }
    },
    isCountryCode(code) {
      try {
        return eu.origin(code).code === code;
      } catch (error) {
        if (isInputError(error)) return false;
        throw error;
      }
    },
  };
}
