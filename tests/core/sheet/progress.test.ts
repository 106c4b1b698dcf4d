import { validateSheet, validateSheetAsync, validateSheetSteps } from "../../../src/core/sheet";
import { HEADER, table } from "./sheetFixtures";

const rows = (n: number) =>
  table(Array.from({ length: n }, (_, i) => ["用电量", 100, "MWh", 1900 + (i % 100)]));

describe("progress on big sheets", () => {
  it("calls onProgress every chunk of rows, increasing, ending at 1", () => {
    const seen: number[] = [];
    validateSheet(rows(10_000), { onProgress: (f) => seen.push(f), progressEveryRows: 2_500 });
    // 10,001 rows with the header; data starts at row 1: chunks end at 2,501 / 5,001 / 7,501 / 10,001
    expect(seen).toHaveLength(5);
    expect(seen.slice(0, 4).map((f) => Math.round(f * 10_001))).toEqual([2_501, 5_001, 7_501, 10_001]);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it("the async variant awaits yieldToUi between chunks and gives the same result", async () => {
    let yields = 0;
    const input = rows(6_000);
    const result = await validateSheetAsync(input, {
      progressEveryRows: 1_000,
      yieldToUi: async () => {
        yields++;
      },
    });
    expect(yields).toBe(6);
    expect(result).toEqual(validateSheet(input));
  });

  it("the generator can be driven by hand", () => {
    const steps = validateSheetSteps(rows(3), { progressEveryRows: 1 });
    const fractions: number[] = [];
    let step = steps.next();
    while (!step.done) {
      fractions.push(step.value);
      step = steps.next();
    }
    expect(fractions).toEqual([2 / 4, 3 / 4, 1]);
    expect(step.value.summary.dataRows).toBe(3);
  });

  it("validates 100,000 rows in one pass and reports the cells of the rows that matter", () => {
    const values = [HEADER, ["综合能源消费量", 350000, "tce", 2024]];
    for (let i = 0; i < 100_000; i++) values.push([`企业${i}用电`, i, "MWh", 2024]);
    values.push(["二氧化碳排放量", 105000, "tCO2", 2024]);
    const result = validateSheet({ sheetName: "Big", values });
    expect(result.summary.dataRows).toBe(100_002);
    expect(result.issues.filter((i) => i.code === "unknown-indicator")).toHaveLength(100_000);
    expect(result.issues[result.issues.length - 1]).toBeDefined();
    // 105,000 / 350,000 = 0.3 > 0.2; the CO2 row is the last one, sheet row 100,003
    const band = result.checks.find((c) => c.checkId === "notice-unit-energy-carbon-200k-1m");
    expect(band).toMatchObject({ status: "fail", cell: "Big!B100003" });
  });
});
