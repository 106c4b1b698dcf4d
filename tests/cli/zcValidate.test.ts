import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { CLI, ROOT, ensureCliBuilt } from "./buildCli";

const SAMPLE = path.join(ROOT, "assets/sample-park.xlsx");
let tmp: string;

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  ensureCliBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zc-validate-"));
}, 180_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("zc-validate", () => {
  it("starts with a shebang so npm can link it as a bin", () => {
    expect(fs.readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });

  it("--help prints usage and exits 0", () => {
    const run = cli("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: zc-validate <file.xlsx>");
    expect(run.stdout).toContain("national-notice-2025");
  });

  it("usage errors exit 2", () => {
    expect(cli().code).toBe(2);
    expect(cli(SAMPLE, "--lang", "fr").stderr).toContain("--lang must be en or zh");
    expect(cli(SAMPLE, "--bogus").code).toBe(2);
    const profile = cli(SAMPLE, "--profile", "nope");
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('Unknown profile "nope"');
  });

  it("a missing file exits 2 with a message", () => {
    const run = cli(path.join(tmp, "missing.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("File not found");
  });

  it("a corrupt file exits 2: not a readable .xlsx", () => {
    const file = path.join(tmp, "random.xlsx");
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)));
    const run = cli(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("not a readable .xlsx (corrupt or password-protected)");
  });

  it("a broken zip and an encrypted (OLE) file exit 2 with the same message", () => {
    const zip = path.join(tmp, "broken.xlsx");
    fs.writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(500, 7)]));
    const ole = path.join(tmp, "encrypted.xlsx");
    fs.writeFileSync(
      ole,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500)]),
    );
    for (const file of [zip, ole]) {
      const run = cli(file);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("not a readable .xlsx (corrupt or password-protected)");
    }
    expect(cli(ole).stderr).toContain("encrypted");
  });

  it("a missing sheet exits 2 and lists the sheets", () => {
    const run = cli(SAMPLE, "--sheet", "Nope");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No sheet named "Nope"');
    expect(run.stderr).toContain('"园区排放清单"');
    expect(run.stderr).toContain('"范围排放 Scope"');
  });

  it("the sample workbook exits 1 and lists the failing checks", () => {
    const run = cli(SAMPLE);
    expect(run.code).toBe(1);
    // 105,000 tCO2 / 350,000 tce = 0.3 > 0.2; offsets 16,500 / 110,000 = 15 % > 10 %
    expect(run.stdout).toMatch(
      /✗ FAIL +Carbon emissions per unit of energy used: 0\.3 tCO2\/tce > limit 0\.2/,
    );
    expect(run.stdout).toMatch(/✗ FAIL +Carbon offset dependency: 15% > limit 10%/);
    expect(run.stdout).toMatch(/\? MISSING Scope 3 accounting coverage/);
  });

  it("--lang zh prints the checklist in Chinese", () => {
    const run = cli(SAMPLE, "--lang", "zh");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("零碳园区校验报告");
    expect(run.stdout).toContain("未通过");
  });

  it("--json prints the whole result", () => {
    const run = cli(SAMPLE, "--json");
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.sheetName).toBe("园区排放清单");
    // failing: notice band 0.2, offsets 10 %, Jiangsu 0.1, embodied carbon "否" in TEDI and CBAM profiles
    expect(result.parks).toHaveLength(1);
    expect(result.parks[0].park).toBeNull();
    expect(result.parks[0].summary.checks.fail).toBe(5);
    const formula = result.issues.find((i: { code: string }) => i.code === "formula-cells");
    expect(formula.cell).toBe("'园区排放清单'!B8");
  });

  it("--profile limits the checks; a sheet with no failing check exits 0", () => {
    // The sample's main sheet against the 10 high-frequency indicators: 6 reported, 4 missing, none fails.
    const passing = cli(SAMPLE, "--profile", "standards-22-high-frequency", "--json");
    expect(passing.code).toBe(0);
    expect(JSON.parse(passing.stdout).parks[0].summary.checks).toMatchObject({
      pass: 6,
      missing: 4,
      fail: 0,
    });
    const run = cli(SAMPLE, "--sheet", "范围排放 Scope", "--profile", "jiangsu-intensity", "--json");
    const park = JSON.parse(run.stdout).parks[0];
    expect(park.checks.map((c: { profileId: string }) => c.profileId)).toEqual([
      "jiangsu-intensity",
      "jiangsu-intensity",
    ]);
    // 41,000 + 21,000 and 43,000 + 5,000
    const gross = park.readings.find((r: { indicatorId: string }) => r.indicatorId === "gross_emissions");
    expect(gross.value).toBe(110_000);
    // The Scope table has no value added: both checks are missing, so there is nothing to validate.
    expect(park.summary.nothingToValidate).toBe(true);
    expect(run.code).toBe(1);
  });

  it("reads exceljs cells as Excel shows them: formula results, shared formulas, rich text, dates, errors", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Park 'A' 排放");
    sheet.addRow(["指标", "数值", "单位", "年份"]);
    sheet.addRow([{ richText: [{ text: "综合能源" }, { text: "消费量" }] }, 350000, "tce", 2024]);
    sheet.addRow([
      "二氧化碳排放量",
      { formula: "B2*0.1", result: 35000 },
      "tCO2",
      new Date(Date.UTC(2024, 0, 1)),
    ]);
    sheet.addRow(["用电量", { formula: "100*2", result: 200 }, "MWh", 2024]);
    sheet.getCell("B5").value = { sharedFormula: "B4", result: 20 } as unknown as ExcelJS.CellValue;
    sheet.getCell("A5").value = "直连绿电电量";
    sheet.getCell("C5").value = "MWh";
    sheet.addRow(["碳抵消量", { error: "#N/A" }, "tCO2e", 2024]);
    sheet.getRow(4).hidden = true;
    const file = path.join(tmp, "cells.xlsx");
    await workbook.xlsx.writeFile(file);

    const run = cli(file, "--json", "--profile", "national-notice-2025");
    const json = JSON.parse(run.stdout);
    const result = json.parks[0];
    const codes = [...json.issues, ...result.issues].map(
      (i: { code: string; cell: string }) => `${i.code} ${i.cell}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        "year-date-serial 'Park ''A'' 排放'!D3",
        "hidden-row 'Park ''A'' 排放'!B4",
        "excel-error 'Park ''A'' 排放'!B6",
        "formula-cells 'Park ''A'' 排放'!B3",
      ]),
    );
    const reading = (id: string) =>
      result.readings.find((r: { indicatorId: string }) => r.indicatorId === id);
    expect(reading("energy_consumption").value).toBe(350000);
    expect(reading("renewable_electricity_direct").value).toBe(20);
    // 35,000 / 350,000 = 0.1 ≤ 0.2 passes; the excel error makes the sheet exit 1
    expect(result.checks[0].status).toBe("pass");
    expect(run.code).toBe(1);
  });

  it("reports progress on stderr for large sheets only with --progress when stderr is not a terminal", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Big");
    sheet.addRow(["指标", "数值", "单位", "年份"]);
    for (let i = 0; i < 6_000; i++) sheet.addRow(["用电量", 100, "MWh", 1900 + (i % 100)]);
    const file = path.join(tmp, "big.xlsx");
    await workbook.xlsx.writeFile(file);
    const quiet = cli(file);
    expect(quiet.stderr).toBe("");
    const loud = cli(file, "--progress");
    expect(loud.stderr).toContain("Validating Big: 100%");
    // Electricity alone answers no check: nothing to validate, exit 1.
    expect(loud.code).toBe(1);
  });
});
