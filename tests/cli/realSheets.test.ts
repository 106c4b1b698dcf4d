/**
 * zc-validate on workbooks shaped like the ones users keep (tests/support/workbooks): several parks
 * in one sheet, years as columns, merged labels, dates and uncalculated formulas in value cells,
 * and hostile files. Expected figures are worked by hand in each test.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { ValidationJson } from "../../src/core/sheet";
import * as crafted from "../support/workbooks/craftedWorkbooks";
import { CLI, ROOT, ensureCliBuilt } from "./buildCli";

let tmp: string;

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json(...args: string[]): { code: number | null; result: ValidationJson } {
  const run = cli(...args, "--json");
  return { code: run.code, result: JSON.parse(run.stdout) as ValidationJson };
}

const parkNamed = (result: ValidationJson, name: string) => result.parks.find((park) => park.park === name)!;
const reading = (park: ValidationJson["parks"][number], id: string) =>
  park.readings.find((r) => r.indicatorId === id)?.value;
const noticeStatus = (park: ValidationJson["parks"][number]) =>
  park.checks.find((c) => c.indicatorId === "unit_energy_carbon_emissions" && c.status !== "not-applicable")
    ?.status;

beforeAll(() => {
  ensureCliBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zc-real-"));
}, 180_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("several parks in one sheet", () => {
  it("a park database (park | indicator | value | unit): each park validated, ranked by tCO2/tce", async () => {
    const file = await crafted.parkDatabase(tmp);
    const { code, result } = json(file);
    // 甲: 9 万tCO2 = 90,000 t over 50 万tce = 500,000 tce → 0.18 tCO2/tce, band 200k-1M (≤ 0.2): pass.
    // 乙: 420,000 t / 1,200,000 tce = 0.35, band ≥ 1M (≤ 0.3): fail.
    // 丙: 30,000 t / 300,000 tce = 0.1, band 200k-1M: pass.
    // 丁: two rows, neither an indicator of the catalog: nothing to validate, no TEDI score.
    expect(result.parks.map((park) => park.park)).toEqual(["甲园区", "乙园区", "丙园区", "丁园区"]);
    expect(reading(parkNamed(result, "甲园区"), "unit_energy_carbon_emissions")).toBeCloseTo(0.18, 12);
    expect(noticeStatus(parkNamed(result, "甲园区"))).toBe("pass");
    expect(reading(parkNamed(result, "乙园区"), "unit_energy_carbon_emissions")).toBeCloseTo(0.35, 12);
    expect(noticeStatus(parkNamed(result, "乙园区"))).toBe("fail");
    expect(noticeStatus(parkNamed(result, "丙园区"))).toBe("pass");
    const ding = parkNamed(result, "丁园区");
    expect(ding.summary.nothingToValidate).toBe(true);
    expect(ding.tedi).toBeNull();
    expect(ding.issues.map((issue) => issue.code)).toContain("nothing-to-validate");
    // No "listed with different values": each park's rows are its own.
    expect(result.parks.flatMap((park) => park.issues).some((issue) => issue.code === "conflict")).toBe(
      false,
    );
    expect(code).toBe(1);
  });

  it("the text report compares the parks, ranked by the core indicator (丙 0.1, 甲 0.18, 乙 0.35)", async () => {
    const file = await crafted.parkDatabase(tmp);
    const run = cli(file);
    const table = run.stdout.slice(run.stdout.indexOf("Parks compared"));
    const order = ["丙园区", "甲园区", "乙园区", "丁园区"].map((name) => table.indexOf(name));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(run.stdout).toContain("=== Park: 乙园区 ===");
  });

  it("--park picks one park: 丙 alone passes (exit 0); an unknown name exits 2 listing the parks", async () => {
    const file = await crafted.parkDatabase(tmp);
    const one = json(file, "--park", "丙园区");
    expect(one.result.parks.map((park) => park.park)).toEqual(["丙园区"]);
    expect(one.code).toBe(0);
    const unknown = cli(file, "--park", "戊园区");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"甲园区"');
  });

  it("a wide table (one row per park, units in headers)", async () => {
    const file = await crafted.wideParks(tmp);
    const { result } = json(file);
    // A: 8 万tCO2 = 80,000 t; 40 万tce = 400,000 tce → 0.2 (≤ 0.2 passes, band 200k-1M).
    //    50 亿元 = 500,000 万元 → 80,000 / 500,000 = 0.16 tCO2/万元.
    // B: 300,000 t / 1,000,000 tce = 0.3 (≥ 1M band, ≤ 0.3 passes); 300,000 / 1,000,000 万元 = 0.3.
    expect(result.table?.layout).toBe("wide");
    const a = parkNamed(result, "A园区");
    expect(reading(a, "co2_emissions")).toBe(80000);
    expect(reading(a, "unit_energy_carbon_emissions")).toBeCloseTo(0.2, 12);
    expect(reading(a, "carbon_intensity_value_added")).toBeCloseTo(0.16, 12);
    expect(noticeStatus(a)).toBe("pass");
    const b = parkNamed(result, "B园区");
    expect(reading(b, "unit_energy_carbon_emissions")).toBeCloseTo(0.3, 12);
    expect(reading(b, "carbon_intensity_value_added")).toBeCloseTo(0.3, 12);
    expect(noticeStatus(b)).toBe("pass");
  });
});

describe("layouts", () => {
  it("years as columns: the latest year with data (2024) unless --year says otherwise", async () => {
    const file = await crafted.yearsAsColumns(tmp);
    // 2024: 81,000 t / 450,000 tce = 0.18 → pass. 2023: 100,000 / 400,000 = 0.25 → fail.
    // The 2025年 column is blank: it is not "the latest year".
    const latest = json(file);
    const park = latest.result.parks[0]!;
    expect(park.summary).toMatchObject({ assessedYear: 2024, yearChosen: "latest-with-data" });
    expect(reading(park, "unit_energy_carbon_emissions")).toBeCloseTo(0.18, 12);
    expect(latest.code).toBe(0);
    const earlier = json(file, "--year", "2023");
    expect(earlier.result.parks[0]!.summary).toMatchObject({ assessedYear: 2023, yearChosen: "requested" });
    expect(noticeStatus(earlier.result.parks[0]!)).toBe("fail");
    expect(earlier.code).toBe(1);
    expect(cli(file).stdout).toContain("Assessed year: 2024 (latest year with data)");
  });

  it("a label merged over two year rows applies to both; the value header's unit applies", async () => {
    const file = await crafted.mergedLabel(tmp);
    // A2:A3 merged "二氧化碳排放量": C3 (2024) = 8 万tCO2 = 80,000 t (unit from 数值（万tCO2）).
    // D4 says 万tce for energy: 50 万tce = 500,000 tce, overriding the header (a finding).
    // 80,000 / 500,000 = 0.16 → pass.
    const { result } = json(file);
    const park = result.parks[0]!;
    expect(park.summary.assessedYear).toBe(2024);
    expect(park.readings.find((r) => r.indicatorId === "co2_emissions")).toMatchObject({
      value: 80000,
      cell: "'排放'!C3",
    });
    expect(reading(park, "unit_energy_carbon_emissions")).toBeCloseTo(0.16, 12);
    expect(park.issues.find((issue) => issue.code === "unit-header-differs")?.cell).toBe("'排放'!D4");
  });

  it("a date in a value cell is an error naming the cell (the park no longer passes)", async () => {
    const { date } = await crafted.dateAndFormulas(tmp);
    // 2024-03-01 is serial 45352: read as 45,352 tCO2 it gave 0.09 tCO2/tce, a pass.
    const { code, result } = json(date);
    const issue = result.parks[0]!.issues.find((i) => i.code === "date-value");
    expect(issue?.cell).toBe("'清单'!B3");
    expect(issue?.message.en).toContain("2024-03-01");
    expect(noticeStatus(result.parks[0]!)).toBe("error");
    expect(code).toBe(1);
  });

  it("formulas saved without results: not calculated, counted as missing, nothing to validate", async () => {
    const { formulas } = await crafted.dateAndFormulas(tmp);
    const { code, result } = json(formulas);
    const park = result.parks[0]!;
    expect(park.issues.filter((i) => i.code === "formula-not-calculated").map((i) => i.cell)).toEqual([
      "'清单'!B2",
      "'清单'!B3",
    ]);
    expect(park.issues[0]!.message.en).toContain("not calculated — open and save");
    expect(park.summary.nothingToValidate).toBe(true);
    expect(park.tedi).toBeNull();
    expect(code).toBe(1);
  });
});

describe("hostile files", () => {
  it("a stray cell at XFD1048576 costs nothing: validated, no huge allocation", async () => {
    const file = await crafted.strayFarCell(tmp);
    // 90,000 / 500,000 = 0.18 → pass. A dense read would be 1,048,576 × 16,384 cells (dies at 4 GB);
    // a 200 MB heap cap proves the reader never allocates the used range.
    const run = spawnSync(process.execPath, ["--max-old-space-size=200", CLI, file, "--json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ValidationJson;
    expect(reading(result.parks[0]!, "unit_energy_carbon_emissions")).toBeCloseTo(0.18, 12);
  });

  it("a broken sheet XML exits 2 with a plain message, no internal text", async () => {
    const run = cli(await crafted.brokenSheetXml(tmp));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a readable .xlsx");
    expect(run.stderr).not.toMatch(/Cannot set properties|undefined|at .*\.js:\d+/);
  });

  it("the default sheet is the active visible worksheet: a hidden active tab and a chart sheet are skipped", async () => {
    for (const file of [await crafted.hiddenActiveSheet(tmp), await crafted.chartSheetFirst(tmp)]) {
      const { code, result } = json(file);
      expect(result.sheetName).toBe("清单");
      expect(code).toBe(0);
    }
  });

  it("a closed pipe (| head) ends quietly", async () => {
    // 300 parks print about 12,000 lines, far more than a pipe holds: head closes it mid-write.
    const file = await crafted.manyParks(tmp, 300);
    const run = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" "${file}" | head -c 10`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
  });
});
