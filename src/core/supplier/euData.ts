import type { LocalizedText } from "../shared/localizedText";

/**
 * The official EU tables the supplier check needs, injected so the reader stays independent of
 * where they come from (the add-in's EU data module, or nothing at all: then the CBAM-specific
 * fields stay unknown and the check says what it could not verify).
 */

/** A CN code the CBAM covers: its Annex I sector and whether Annex II counts only direct emissions. */
export interface CbamGoodInfo {
  /** Sector id, e.g. "iron-and-steel", "cement". */
  sector: string;
  /** Regulation (EU) 2023/956 Annex II (as amended by 2025/2083): only direct emissions count. */
  directOnly: boolean;
}

/** The Commission's default SEE for a code and country of origin, as its table prints it. */
export interface DefaultSeeInfo {
  direct: number | null;
  total: number | null;
  /** Public name and version of the table, for messages. */
  source: LocalizedText;
}

export interface SupplierEuData {
  /** null when the code is not a CBAM good. */
  goodFor(cnCode: string): CbamGoodInfo | null;
  /** null when the table has no value for that code and country. */
  defaultSeeFor(cnCode: string, countryCode: string): DefaultSeeInfo | null;
  /** ISO 3166-1 alpha-2 code of a real country or territory. */
  isCountryCode(code: string): boolean;
}
