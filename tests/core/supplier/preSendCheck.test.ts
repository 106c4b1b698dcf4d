/**
 * The pre-send check on the Commission's examples (which should pass) and on copies broken one
 * cell at a time. Every finding must name its sheet and cell.
 */
import {
  checkSupplierTemplate,
  readSupplierTemplate,
  type SupplierCheckOptions,
  type SupplierReport,
  type SupplierEuData,
  type TemplateWorkbook,
} from "../../../src/core/supplier";
import { loadSupplierEuData } from "../../support/supplier/euData";
import { calculated, patchWorkbook, type CellPatch } from "../../support/supplier/patchedWorkbook";
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

function check(workbook: TemplateWorkbook, options: Partial<SupplierCheckOptions> = {}): SupplierReport {
  const merged: SupplierCheckOptions = { today: "2026-11-27", euData, ...options };
  return checkSupplierTemplate(readSupplierTemplate(workbook, merged.euData), merged);
}

/** The cement example with some Summary_Communication cells replaced by calculated values. */
function cementWith(cells: CellPatch, options: Partial<SupplierCheckOptions> = {}): SupplierReport {
  return check(patchWorkbook(cement, { [SC]: cells }), options);
}

const ruleCells = (report: SupplierReport): string[] =>
  report.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const serial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH) / 86_400_000;

describe("the Commission's examples pass", () => {
  it.each([
    ["cement", () => cement],
    ["screws and nuts", () => screws],
    ["fertiliser", () => fertiliser],
  ])("%s: no finding", (_name, workbook) => {
    expect(check(workbook()).findings).toEqual([]);
  });

  it("without the EU tables the check says what it could not verify (a warning, not an error)", () => {
    const report = check(screws, { euData: undefined });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: "eu-data-unavailable", severity: "warning" });
  });
});

describe("the blank template", () => {
  it("lacks the installation, the period and any product", () => {
    expect(ruleCells(check(blank))).toEqual([
      `installation-name-missing@${SC}!G12`,
      `country-missing@${SC}!G16`,
      `period-missing@${SC}!G20`,
      `no-products@${SC}!F26`,
    ]);
  });
});

describe("products", () => {
  it("a CN code that is not 8 digits", () => {
    const report = cementWith({ F26: calculated("2523290") });
    expect(ruleCells(report)).toEqual([`cn-code-format@${SC}!F26`]);
    expect(report.findings[0]!.message.en).toContain('"2523290"');
    expect(report.findings[0]!.severity).toBe("error");
  });

  it("a CN code that is not a CBAM good (8450 11 washing machines is in no Annex I heading)", () => {
    expect(ruleCells(cementWith({ F26: calculated("84501100") }))).toEqual([`cn-code-not-cbam@${SC}!F26`]);
  });

  it("a negative SEE, and an SEE that is text", () => {
    expect(ruleCells(cementWith({ I26: calculated(-0.1) }))).toEqual([`see-negative@${SC}!I26`]);
    expect(ruleCells(cementWith({ K26: calculated("n/a") }))).toEqual([`see-not-number@${SC}!K26`]);
  });

  it("a total that is not direct + indirect beyond rounding; within 2·10⁻⁵ passes", () => {
    // I26 + J26 = 0.9074574910358565 (K26 as filed)
    const off = cementWith({ K26: calculated(0.95) });
    expect(ruleCells(off)).toEqual([`see-total-mismatch@${SC}!K26`]);
    expect(cementWith({ K26: calculated(0.90746) }).findings).toEqual([]);
  });

  it("a missing total", () => {
    expect(ruleCells(cementWith({ K26: calculated("") }))).toEqual([`see-missing@${SC}!K26`]);
  });

  it("a unit other than tCO2e/t", () => {
    const report = cementWith({ L26: calculated("kgCO2e/t") });
    expect(ruleCells(report)).toEqual([`unit@${SC}!L26`]);
    expect(report.findings[0]!.message.zh).toContain("tCO2e/t");
  });

  it("the share of default values: out of 0–100 %, and above the importer's own limit", () => {
    expect(ruleCells(cementWith({ M26: calculated(1.5) }))).toEqual([`default-share-range@${SC}!M26`]);
    expect(cementWith({ M26: calculated(0.35) }).findings).toEqual([]);
    const limited = cementWith({ M26: calculated(0.35) }, { maxDefaultValueShare: 0.2 });
    expect(ruleCells(limited)).toEqual([`default-share-above-limit@${SC}!M26`]);
    expect(limited.findings[0]!.message.en).toContain("35 %");
  });

  it("no products at all", () => {
    const emptied = Object.fromEntries(
      ["D26", "E26", "F26", "H26", "I26", "J26", "K26"].map((a) => [a, calculated("")]),
    );
    expect(ruleCells(cementWith(emptied))).toEqual([`no-products@${SC}!F26`]);
  });
});

describe("installation", () => {
  it("a reporting period that is not a calendar year, or not over yet", () => {
    const april = cementWith({
      G20: calculated(serial("2023-04-01")),
      G21: calculated(serial("2024-03-31")),
    });
    expect(ruleCells(april)).toEqual([`period-not-calendar-year@${SC}!G20`]);
    const future = cementWith({
      G20: calculated(serial("2027-01-01")),
      G21: calculated(serial("2027-12-31")),
    });
    expect(ruleCells(future)).toEqual([`period-in-future@${SC}!G21`]);
    expect(ruleCells(cementWith({ G21: calculated("") }))).toEqual([`period-missing@${SC}!G21`]);
  });

  it("a country that is missing, a name, or no ISO code", () => {
    expect(ruleCells(cementWith({ G16: calculated("") }))).toEqual([`country-missing@${SC}!G16`]);
    expect(ruleCells(cementWith({ G16: calculated("Turkey") }))).toEqual([`country-not-iso@${SC}!G16`]);
    expect(ruleCells(cementWith({ G16: calculated("XX") }))).toEqual([`country-not-iso@${SC}!G16`]);
  });
});

describe("plausibility against the Commission's default value (a flag, not an error)", () => {
  // China, 2523 29 00 Grey Portland cement: default total 1,420 (Implementing Regulation (EU) 2025/2621,
  // ../shared/eu-cbam/legal/IR-2025-2621-default-values.txt line 16142), as the EU tables hold it.
  it("64 % of the default passes", () => {
    // K26 0.9074574910358565 / 1.42
    expect(cementWith({ G16: calculated("CN") }).findings).toEqual([]);
  });

  it.each([
    [0.2, 0.05, 0.25, "18 %"],
    [4.4, 0.1, 4.5, "317 %"],
  ])("direct %p + indirect %p = %p is flagged (%s of the default)", (direct, indirect, total, share) => {
    const report = cementWith({
      G16: calculated("CN"),
      I26: calculated(direct),
      J26: calculated(indirect),
      K26: calculated(total),
    });
    expect(ruleCells(report)).toEqual([`see-implausible@${SC}!K26`]);
    expect(report.findings[0]!.severity).toBe("warning");
    expect(report.findings[0]!.message.en).toContain(share);
    expect(report.findings[0]!.message.en).toContain("1.42");
  });
});
