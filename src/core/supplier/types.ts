import type { LocalizedText } from "../shared/localizedText";
import type { FindingSeverity, SupplierRuleId } from "./data/checkRules";
import type { InstallationField, ProductField } from "./data/templateLayout";

/** The installation block of Summary_Communication (G12:G21), as the file holds it. */
export interface SupplierInstallation {
  name: string | null;
  street: string | null;
  economicActivity: string | null;
  city: string | null;
  /** ISO code as typed (G16). */
  country: string | null;
  unlocode: string | null;
  latitude: string | null;
  longitude: string | null;
  /** ISO dates (yyyy-mm-dd) of the reporting period, or the text typed when it is no date. */
  periodStart: string | null;
  periodEnd: string | null;
  /** Cell address of every field on Summary_Communication, e.g. { country: "G16" }. */
  cells: Record<InstallationField, string>;
}

export interface SupplierProduct {
  /** 1–100, the template's product number (column C). */
  number: number;
  /** Summary_Communication row. */
  row: number;
  /** "Summary_Communication!F26": the product's CN-code cell. */
  cell: string;
  productionProcess: string | null;
  aggregatedGoodsCategory: string | null;
  /** Digits as the file holds them (spaces removed), not checked. */
  cnCode: string | null;
  cnName: string | null;
  productName: string | null;
  /** tCO2e per tonne (per MWh for electricity), exactly as the file holds them. */
  seeDirect: number | null;
  seeIndirect: number | null;
  seeTotal: number | null;
  unit: string | null;
  /** Share of emissions by default value, 0–1. */
  defaultValueShare: number | null;
  electricityEfSource: string | null;
  /** Embedded electricity, MWh per tonne. */
  embeddedElectricity: number | null;
  /** tCO2 per MWh; template 2.1.1 and later only. */
  electricityEmissionFactor: number | null;
  carbonPriceInstrument: string | null;
  currency: string | null;
  /** Carbon price due per produced tonne (or MWh), with its unit as written (e.g. "USD/t"). */
  carbonPriceDue: number | null;
  carbonPriceDueUnit: string | null;
  effectiveCarbonPriceDue: number | null;
  effectiveCarbonPriceDueUnit: string | null;
  /** The SEE the CBAM prices: direct only for Annex II goods (blank direct = 0), total otherwise; null when unknown. */
  seeCbam: number | null;
  basis: "direct" | "total" | null;
  /** Whether the CN code is a CBAM good; null when the EU tables were not available. */
  isCbamGood: boolean | null;
  sector: string | null;
  /** Cell address (on Summary_Communication) of every field the file has. */
  cells: Partial<Record<ProductField, string>>;
}

export interface SupplierFinding {
  rule: SupplierRuleId;
  severity: FindingSeverity;
  sheet: string;
  /** A1 address on that sheet. */
  cell: string;
  /** Product number when the finding is about one product. */
  product?: number;
  message: LocalizedText;
  source: LocalizedText;
}

export interface SupplierTemplate {
  /** "2.1", "2.1.1", or null when VersionDocumentation names no known release. */
  templateVersion: string | null;
  /** Whether Summary_Communication has the 2.1.1 "Electricity EF" column (found by header). */
  hasElectricityEfColumn: boolean;
  installation: SupplierInstallation;
  products: SupplierProduct[];
  /** What reading found (uncalculated formulas, products missing, version/layout mismatch). */
  readFindings: SupplierFinding[];
}

export interface SupplierReport extends SupplierTemplate {
  findings: SupplierFinding[];
}
