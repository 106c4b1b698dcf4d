/**
 * Where the Commission's "CBAM Communication template for installations" keeps what an importer
 * needs. Read from the Commission's files (blank template 2.1.1 of 2024-12-13 and its filled
 * examples, template 2.1 of 2024-06-05): sheet Summary_Communication (always English) has the
 * installation in G12:G21 and the products below a header row 25; Summary_Products, where the
 * operator types them, has the same product columns below a header row 8.
 * Columns are found by header text, never by letter: 2.1.1 inserted "Electricity EF (tCO2/MWh)"
 * at column P, shifting every later column one to the right.
 */

export const COMMUNICATION_SHEET = "Summary_Communication";
export const PRODUCTS_SHEET = "Summary_Products";
export const VERSION_SHEET = "VersionDocumentation";

/** Sheets the reader asks for; adapters may skip loading the others. */
export const TEMPLATE_SHEETS_READ = [COMMUNICATION_SHEET, PRODUCTS_SHEET, VERSION_SHEET] as const;

export const COMMUNICATION_HEADER_ROW = 25;
/** Rows 26–125 hold products 1–100 (their number in column C). */
export const COMMUNICATION_FIRST_PRODUCT_ROW = 26;
export const PRODUCTS_HEADER_ROW = 8;
/** Summary_Products row 9 is the Commission's worked example ("Ex."); products 1–100 start at row 10. */
export const PRODUCTS_FIRST_PRODUCT_ROW = 10;
export const MAX_PRODUCTS = 100;
/** Header rows are searched up to this column (the 2.1.1 header ends at BA). */
export const LAST_HEADER_COLUMN = 60;
export const PRODUCT_NUMBER_COLUMN = 3; // C

export type ProductField =
  | "productionProcess"
  | "aggregatedGoodsCategory"
  | "cnCode"
  | "cnName"
  | "productName"
  | "seeDirect"
  | "seeIndirect"
  | "seeTotal"
  | "unit"
  | "defaultValueShare"
  | "electricityEfSource"
  | "embeddedElectricity"
  | "electricityEmissionFactor"
  | "carbonPriceInstrument"
  | "currency"
  | "carbonPriceDue"
  | "carbonPriceDueUnit"
  | "effectiveCarbonPriceDue"
  | "effectiveCarbonPriceDueUnit";

export interface ProductColumnRule {
  field: ProductField;
  /** Start of the header text, compared case-insensitively with whitespace collapsed. */
  header: string;
  /**
   * The column this many places right of the header's first column: value and unit share one
   * merged header cell (only its first column holds the text), the unit is the next column.
   */
  offset?: number;
  /** Without it the file is not read as a template. */
  required?: boolean;
}

export const PRODUCT_COLUMNS: readonly ProductColumnRule[] = [
  { field: "productionProcess", header: "Production process from which the products arise" },
  { field: "aggregatedGoodsCategory", header: "Type of aggregated good or precursor" },
  { field: "cnCode", header: "CN Codes", required: true },
  { field: "cnName", header: "CN Name" },
  { field: "productName", header: "Product name", required: true },
  { field: "seeDirect", header: "SEE (direct)", required: true },
  { field: "seeIndirect", header: "SEE (indirect)", required: true },
  { field: "seeTotal", header: "SEE (total)", required: true },
  { field: "unit", header: "Unit" },
  { field: "defaultValueShare", header: "Share of emissions by default value" },
  { field: "electricityEfSource", header: "Source for electricity EF" },
  { field: "embeddedElectricity", header: "Embedded electricity (MWh/t)" },
  // Only in 2.1.1 and later.
  { field: "electricityEmissionFactor", header: "Electricity EF (tCO2/MWh)" },
  { field: "carbonPriceInstrument", header: "Type of instrument (carbon pricing)" },
  { field: "currency", header: "Currency" },
  { field: "carbonPriceDue", header: "Carbon price (CP) due" },
  { field: "carbonPriceDueUnit", header: "Carbon price (CP) due", offset: 1 },
  { field: "effectiveCarbonPriceDue", header: "Result: Effective CP due" },
  { field: "effectiveCarbonPriceDueUnit", header: "Result: Effective CP due", offset: 1 },
];

export type InstallationField =
  | "name"
  | "street"
  | "economicActivity"
  | "city"
  | "country"
  | "unlocode"
  | "latitude"
  | "longitude"
  | "periodStart"
  | "periodEnd";

export interface InstallationCellRule {
  field: InstallationField;
  /** Row on Summary_Communication; the value sits in column G, its label in column D. */
  row: number;
  /** Starts of the label in column D that confirm the row (the template labels the city row "Country:" too). */
  labels: readonly string[];
}

export const INSTALLATION_VALUE_COLUMN = 7; // G
export const INSTALLATION_LABEL_COLUMN = 4; // D

export const INSTALLATION_CELLS: readonly InstallationCellRule[] = [
  { field: "name", row: 12, labels: ["Name of the installation"] },
  { field: "street", row: 13, labels: ["Street"] },
  { field: "economicActivity", row: 14, labels: ["Economic activity"] },
  // Labelled "Country:" in the Commission's files although it holds the city.
  { field: "city", row: 15, labels: ["City", "Country"] },
  { field: "country", row: 16, labels: ["Country"] },
  { field: "unlocode", row: 17, labels: ["UNLOCODE", "UN/LOCODE"] },
  { field: "latitude", row: 18, labels: ["Coordinates of the main emission source (latitude)"] },
  { field: "longitude", row: 19, labels: ["Coordinates of the main emission source (longitude)"] },
  { field: "periodStart", row: 20, labels: ["Reporting period start"] },
  { field: "periodEnd", row: 21, labels: ["Reporting period end"] },
];

/** VersionDocumentation!B3 holds the release date; 0_Versions lists what each release changed. */
export const VERSION_DATE_CELL = { row: 3, column: 2, address: "B3" } as const;

export interface TemplateRelease {
  version: string;
  /** ISO date as in VersionDocumentation!B3. */
  date: string;
  /** Whether Summary_Communication has the "Electricity EF" column (inserted in 2.1.1). */
  hasElectricityEfColumn: boolean;
}

export const TEMPLATE_RELEASES: readonly TemplateRelease[] = [
  // 0_Versions!E36:F36 of the Commission's files.
  { version: "2.1", date: "2024-06-05", hasElectricityEfColumn: false },
  // 0_Versions!E38:G38: "Addition automatic calculation of Electricity EF in Summary_Communication".
  { version: "2.1.1", date: "2024-12-13", hasElectricityEfColumn: true },
];
