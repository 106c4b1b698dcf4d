/**
 * zc-cbam supplier, run as users run it (the built bin), on the Commission's files and on broken
 * copies crafted here with exceljs. Expected figures are the files' cells (sheet!cell cited).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  CEMENT_EXAMPLE,
  craftCopy,
  dropResult,
  FERTILISER_EXAMPLE,
  insertColumn,
  makeTempDir,
  SCREWS_EXAMPLE,
  setResult,
} from "../support/supplier/sharedTemplates";
import { CBAM_CLI, ROOT, ensureCliBuilt } from "./buildCli";

let tmp: string;
let suppliers: string;

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CBAM_CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  ensureCliBuilt();
  tmp = makeTempDir("zc-cbam-");
  suppliers = path.join(tmp, "suppliers");
  fs.mkdirSync(suppliers);
  for (const file of [CEMENT_EXAMPLE, FERTILISER_EXAMPLE, SCREWS_EXAMPLE])
    fs.copyFileSync(file, path.join(suppliers, path.basename(file)));
}, 180_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("zc-cbam supplier: usage", () => {
  it("is a bin with a shebang; --help exits 0", () => {
    expect(fs.readFileSync(CBAM_CLI, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    const run = cli("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: zc-cbam supplier <file.xlsx|folder>...");
  });

  it("usage errors exit 2 with the reason", () => {
    expect(cli("supplier").stderr).toContain("Missing the template file(s)");
    const lang = cli("supplier", SCREWS_EXAMPLE, "--lang", "fr");
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain("--lang must be en or zh");
    expect(cli("quote", SCREWS_EXAMPLE).stderr).toContain('Unknown command "quote"');
    expect(cli("supplier", SCREWS_EXAMPLE, "--out", "x.csv").stderr).toContain(
      "--out must name an .xlsx file",
    );
    expect(cli("supplier", SCREWS_EXAMPLE, "--bogus").code).toBe(2);
  });

  it("a missing file, and a workbook that is not a template, exit 2", () => {
    const missing = cli("supplier", path.join(tmp, "missing.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("File not found");
    const park = cli("supplier", path.join(ROOT, "assets/sample-park.xlsx"));
    expect(park.code).toBe(2);
    expect(park.stderr).toContain(
      'not a CBAM Communication template: it has no sheet "Summary_Communication"',
    );
  });
});

describe("zc-cbam supplier: the Commission's examples", () => {
  it("one file --json: installation, products with the SEE CBAM prices, no finding, exit 0", () => {
    const run = cli("supplier", SCREWS_EXAMPLE, "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.templateVersion).toBe("2.1");
    expect(report.installation).toMatchObject({ name: "Example Screw Production Plant", country: "US" }); // G12, G16
    expect(report.products[0]).toMatchObject({
      cnCode: "73181542", // Summary_Communication!F26
      productName: "Screws and Nuts Art. C1", // H26
      seeDirect: 2.0069382352941174, // I26
      seeIndirect: 0.4066, // J26
      seeTotal: 2.4135382352941175, // K26
      seeCbam: 2.0069382352941174, // I26: heading 7318 is in Annex II
      basis: "direct",
      cell: "Summary_Communication!F26",
    });
    expect(report.findings).toEqual([]);
  });

  it("--lang zh prints the report in Chinese", () => {
    const run = cli("supplier", CEMENT_EXAMPLE, "--lang", "zh");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("设施: Example Cement Producer");
    expect(run.stdout).toContain("CBAM 计价 0.9074574910358565 (合计)"); // K26
    expect(run.stdout).toContain("可以发送：未发现问题。");
  });

  it("a folder of suppliers: every report, then a CSV of every product", () => {
    const run = cli("supplier", suppliers);
    expect(run.code).toBe(0);
    const csv = run.stdout.slice(run.stdout.indexOf("File,Installation,"));
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(5); // header + cement 1 + fertiliser 1 + screws 2
    expect(lines[1]).toContain(
      ",25232900,Portland Cement Art. Nr. 1,0.7852147410358565,0.12224275,0.9074574910358565,",
    );
    expect(lines[4]).toContain(",73181535,Screws and Nuts Art. A1,1.9524475609756098,");
  });

  it("--out writes the summary workbook; --json gives an array", async () => {
    const out = path.join(tmp, "summary.xlsx");
    const run = cli("supplier", suppliers, "--json", "--out", out);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(3);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const products = workbook.getWorksheet("Products")!;
    expect(products.rowCount).toBe(5);
    expect(products.getRow(3).getCell(7).value).toBe("31052010"); // fertiliser F26
    expect(products.getRow(3).getCell(11).value).toBe(0.363511812356); // fertiliser K26
    expect(products.getRow(3).getCell(12).value).toBe(0.363511812356); // total: fertilisers are not in Annex II
  });

  it("never overwrites an input with --out", () => {
    const target = path.join(suppliers, path.basename(SCREWS_EXAMPLE));
    const run = cli("supplier", suppliers, "--out", target);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("never overwritten");
  });

  it("a closed pipe ends quietly", () => {
    const run = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" "${CBAM_CLI}" supplier "${suppliers}" | head -c 20`],
      {
        encoding: "utf8",
      },
    );
    expect(run.stdout).toHaveLength(20);
    expect(run.stderr).not.toContain("EPIPE");
  });
});

describe("zc-cbam supplier: broken copies crafted with exceljs", () => {
  let screwsBroken: string;
  let cementShifted: string;

  beforeAll(async () => {
    screwsBroken = await craftCopy(SCREWS_EXAMPLE, path.join(tmp, "screws-broken.xlsx"), (workbook) => {
      const sheet = workbook.getWorksheet("Summary_Communication")!;
      setResult(sheet, "F26", "7318154"); // a digit lost
      // Product 2 never calculated into Summary_Communication (still in Summary_Products row 11).
      for (const column of ["D", "E", "F", "G", "H", "I", "J", "K", "L"]) dropResult(sheet, `${column}27`);
    });
    cementShifted = await craftCopy(CEMENT_EXAMPLE, path.join(tmp, "cement-shifted.xlsx"), (workbook) => {
      const sheet = workbook.getWorksheet("Summary_Communication")!;
      dropResult(sheet, "K26"); // a formula saved without its value
      insertColumn(sheet, 16); // the 2.1.1 column P, in a file that says 2.1
      sheet.getCell("P25").value = "Electricity EF (tCO2/MWh)";
    });
  }, 180_000);

  it("a wrong CN code and a missing product: exit 1, each finding names its cell", () => {
    const run = cli("supplier", screwsBroken, "--json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.products).toHaveLength(1);
    expect(report.findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toEqual([
      "product-missing-from-communication@F27",
      "cn-code-format@F26",
    ]);
    expect(report.findings[0].message).toContain("Summary_Products!F11");
  });

  it("the 2.1.1 column shift in a 2.1 file, and a formula without its value", () => {
    const run = cli("supplier", cementShifted, "--json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.products[0]).toMatchObject({
      seeDirect: 0.7852147410358565,
      seeTotal: null,
      seeCbam: null,
    });
    expect(report.products[0].cells.embeddedElectricity).toBe("O26");
    expect(report.products[0].cells.carbonPriceDue).toBe("AR26"); // AQ26 in the original 2.1 layout
    expect(
      report.findings.map(
        (f: { rule: string; sheet: string; cell: string }) => `${f.rule}@${f.sheet}!${f.cell}`,
      ),
    ).toEqual([
      "version-layout-mismatch@VersionDocumentation!B3",
      "not-calculated@Summary_Communication!K26",
      "see-missing@Summary_Communication!K26",
    ]);
  });
});
