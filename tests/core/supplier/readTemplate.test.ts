/**
 * The reader against the Commission's own files (../shared/eu-cbam). Expected figures are the
 * files' cells as read with exceljs, cited sheet!cell; broken copies patch those cells.
 */
import {
  readSupplierTemplate,
  TemplateError,
  type SupplierEuData,
  type TemplateWorkbook,
} from "../../../src/core/supplier";
import { loadSupplierEuData } from "../../support/supplier/euData";
import { calculated, patchWorkbook, typed, uncalculated } from "../../support/supplier/patchedWorkbook";
import { readCommissionFiles } from "../../support/supplier/sharedTemplates";

const SC = "Summary_Communication";
let cement: TemplateWorkbook;
let screws: TemplateWorkbook;
let fertiliser: TemplateWorkbook;
let blank: TemplateWorkbook;

let euData: SupplierEuData;

beforeAll(async () => {
  ({ cement, screws, fertiliser, blank } = await readCommissionFiles());
  euData = await loadSupplierEuData();
}, 120_000);

describe("the Commission's filled examples (template 2.1)", () => {
  it("cement (Türkiye): installation and its one product, total SEE priced", () => {
    const read = readSupplierTemplate(cement, euData);
    // VersionDocumentation!B3 = 2024-06-05 (0_Versions!E36: release 2.1)
    expect(read.templateVersion).toBe("2.1");
    expect(read.hasElectricityEfColumn).toBe(false);
    expect(read.installation).toMatchObject({
      name: "Example Cement Producer", // Summary_Communication!G12
      street: "Cement street 2023", // G13
      economicActivity: "Clinker and cement", // G14
      city: "Example City", // G15
      country: "TR", // G16
      unlocode: "TR ABC", // G17
      periodStart: "2023-01-01", // G20
      periodEnd: "2023-12-31", // G21
    });
    expect(read.products).toHaveLength(1);
    expect(read.products[0]).toMatchObject({
      number: 1, // C26
      row: 26,
      cell: "Summary_Communication!F26",
      productionProcess: "Cement Bubble", // D26
      aggregatedGoodsCategory: "Cement", // E26
      cnCode: "25232900", // F26
      cnName: "Portland cement (excl. white, whether or not artificially coloured)", // G26
      productName: "Portland Cement Art. Nr. 1", // H26
      seeDirect: 0.7852147410358565, // I26
      seeIndirect: 0.12224275, // J26
      seeTotal: 0.9074574910358565, // K26
      unit: "tCO2e/t", // L26
      defaultValueShare: null, // M26: formula saved without a result
      electricityEfSource: "D.4(b)", // N26
      embeddedElectricity: 0.14675, // O26
      electricityEmissionFactor: null, // no such column in 2.1
      isCbamGood: true,
      sector: "cement",
      basis: "total",
      seeCbam: 0.9074574910358565, // K26: cement is not in Annex II
    });
    expect(read.products[0]!.cells).toMatchObject({
      seeTotal: "K26",
      carbonPriceDue: "AQ26",
      carbonPriceDueUnit: "AR26",
    });
    expect(read.readFindings).toEqual([]);
  });

  it("screws and nuts (United States): two iron and steel products, direct SEE priced (Annex II)", () => {
    const read = readSupplierTemplate(screws, euData);
    expect(read.installation.name).toBe("Example Screw Production Plant"); // G12
    expect(read.installation.country).toBe("US"); // G16
    expect(
      read.products.map((p) => [p.cnCode, p.productName, p.seeDirect, p.seeIndirect, p.seeTotal]),
    ).toEqual([
      // Summary_Communication!F26, H26, I26, J26, K26
      ["73181542", "Screws and Nuts Art. C1", 2.0069382352941174, 0.4066, 2.4135382352941175],
      // F27, H27, I27, J27, K27
      ["73181535", "Screws and Nuts Art. A1", 1.9524475609756098, 2.2787951219512195, 4.23124268292683],
    ]);
    expect(read.products.map((p) => [p.basis, p.seeCbam, p.sector])).toEqual([
      ["direct", 2.0069382352941174, "iron-and-steel"], // I26
      ["direct", 1.9524475609756098, "iron-and-steel"], // I27
    ]);
  });

  it("fertiliser (Viet Nam): NPK, total SEE priced", () => {
    const read = readSupplierTemplate(fertiliser, euData);
    expect(read.installation.country).toBe("VN"); // G16
    expect(read.products).toHaveLength(1);
    expect(read.products[0]).toMatchObject({
      cnCode: "31052010", // F26
      productName: "NPK 15-15-15", // H26
      seeDirect: 0.309635112356, // I26
      seeIndirect: 0.0538767, // J26
      seeTotal: 0.363511812356, // K26
      embeddedElectricity: 0.126585, // O26
      basis: "total",
      seeCbam: 0.363511812356,
    });
  });

  it("without the EU tables the CBAM fields stay unknown", () => {
    const product = readSupplierTemplate(screws).products[0]!;
    expect(product).toMatchObject({ seeCbam: null, basis: null, isCbamGood: null, sector: null });
    expect(product.seeDirect).toBe(2.0069382352941174); // I26
  });
});

describe("the blank template 2.1.1", () => {
  it("is recognised, with the Electricity EF column and no products", () => {
    const read = readSupplierTemplate(blank, euData);
    // VersionDocumentation!B3 = 2024-12-13; Summary_Communication!P25 = "Electricity EF (tCO2/MWh)"
    expect(read.templateVersion).toBe("2.1.1");
    expect(read.hasElectricityEfColumn).toBe(true);
    expect(read.products).toEqual([]);
    expect(read.installation.name).toBeNull();
  });

  it("reads columns after P one to the right: carbon price due in AR/AS, not AQ/AR", () => {
    // 2.1.1 headers: AR25/AS25 "Carbon price (CP) due (per produced t or MWh)", AQ25 "Currency".
    const filled = patchWorkbook(blank, {
      [SC]: {
        F26: calculated("73181542"),
        H26: calculated("Bolts"),
        I26: calculated(1.9),
        J26: calculated(0.4),
        K26: calculated(2.3),
        L26: calculated("tCO2e/t"),
        P26: calculated(0.581),
        AQ26: calculated("CNY"),
        AR26: calculated(52.5),
        AS26: calculated("CNY/t"),
      },
    });
    const product = readSupplierTemplate(filled, euData).products[0]!;
    expect(product).toMatchObject({
      electricityEmissionFactor: 0.581,
      currency: "CNY",
      carbonPriceDue: 52.5,
      carbonPriceDueUnit: "CNY/t",
      seeCbam: 1.9,
    });
    expect(product.cells).toMatchObject({ electricityEmissionFactor: "P26", carbonPriceDue: "AR26" });
  });
});

describe("broken copies", () => {
  it("a 2.1 file with the 2.1.1 column inserted at P reads the same figures and flags the version mismatch", () => {
    const shifted = patchWorkbook(
      cement,
      { [SC]: { P25: typed("Electricity EF (tCO2/MWh)") } },
      { sheet: SC, column: 16 },
    );
    const read = readSupplierTemplate(shifted, euData);
    expect(read.hasElectricityEfColumn).toBe(true);
    expect(read.products[0]).toMatchObject({ seeTotal: 0.9074574910358565, embeddedElectricity: 0.14675 });
    expect(read.products[0]!.cells.carbonPriceDue).toBe("AR26");
    expect(read.readFindings).toEqual([
      expect.objectContaining({ rule: "version-layout-mismatch", sheet: "VersionDocumentation", cell: "B3" }),
    ]);
  });

  it("a product filled in Summary_Products but not calculated into Summary_Communication is reported missing", () => {
    const row27 = Object.fromEntries(
      ["D", "E", "F", "G", "H", "I", "J", "K", "L"].map((column) => [`${column}27`, uncalculated]),
    );
    const read = readSupplierTemplate(patchWorkbook(screws, { [SC]: row27 }), euData);
    expect(read.products.map((p) => p.cnCode)).toEqual(["73181542"]);
    expect(read.readFindings).toHaveLength(1);
    expect(read.readFindings[0]).toMatchObject({
      rule: "product-missing-from-communication",
      severity: "error",
      sheet: SC,
      cell: "F27",
      product: 2,
    });
    // Summary_Products!F11 holds "73181535"
    expect(read.readFindings[0]!.message.en).toContain("Summary_Products!F11");
  });

  it("a formula saved without a value reads blank and is reported", () => {
    const read = readSupplierTemplate(patchWorkbook(cement, { [SC]: { K26: uncalculated } }), euData);
    expect(read.products[0]!.seeTotal).toBeNull();
    expect(read.products[0]!.seeCbam).toBeNull();
    expect(read.readFindings).toEqual([
      expect.objectContaining({ rule: "not-calculated", cell: "K26", product: 1 }),
    ]);
    // Summary_Products!K10 holds the value the copy lacks
    expect(read.readFindings[0]!.message.en).toContain("Summary_Products!K10");
  });

  it("a blank direct SEE of an Annex II good prices as 0 (electrolytic hydrogen)", () => {
    // The README's hydrogen case: direct blank, indirect 8.39.
    const hydrogen = patchWorkbook(cement, {
      [SC]: { F26: calculated("28041000"), I26: uncalculated, J26: calculated(8.39), K26: calculated(8.39) },
    });
    const product = readSupplierTemplate(hydrogen, euData).products[0]!;
    expect(product).toMatchObject({ seeDirect: null, basis: "direct", seeCbam: 0, sector: "hydrogen" });
  });

  it("an installation row whose label in column D is not the template's is not read (rows inserted by hand)", () => {
    const moved = patchWorkbook(cement, { [SC]: { D16: typed("Phone:"), D15: typed("City:") } });
    const { installation } = readSupplierTemplate(moved, euData);
    expect(installation.country).toBeNull(); // G16 "TR" is no longer under a "Country:" label
    expect(installation.city).toBe("Example City"); // G15, under a "City:" label
  });

  it("a workbook without Summary_Communication, or without its headers, is no template", () => {
    const other: TemplateWorkbook = { sheetNames: ["Sheet1"], sheet: () => undefined };
    expect(() => readSupplierTemplate(other)).toThrow(TemplateError);
    expect(() => readSupplierTemplate(other)).toThrow(/no sheet "Summary_Communication"/);
    const noHeaders = patchWorkbook(cement, { [SC]: { F25: undefined, I25: typed("Direct") } });
    expect(() => readSupplierTemplate(noHeaders)).toThrow(/lacks the headers "CN Codes", "SEE \(direct\)"/);
  });
});
