/** Correctness smoke of the bench's sheet generator (speed is measured by npm run bench only). */
import { validateSheet } from "../../src/core/sheet";
import { SAMPLE_HEADER_ROW, SAMPLE_NOTES } from "../../src/core/sheet/samplePark";
import { barePass, generateParkSheet } from "./sheetGenerator";

describe("generateParkSheet", () => {
  it("holds the header, N data rows and the notes, 5 cells wide", () => {
    const values = generateParkSheet(1_000);
    expect(values).toHaveLength(SAMPLE_HEADER_ROW + 1_000 + 1 + SAMPLE_NOTES.length);
    expect(values.every((row) => row.length === 5)).toBe(true);
    expect(barePass(values)).toBeGreaterThan(values.length * 5);
  });

  it("is a sheet the validator reads: the data rows scanned, unknown labels and units reported", () => {
    const result = validateSheet({ sheetName: "Bench", values: generateParkSheet(400), origin: "A1" });
    expect(result.table).not.toBeNull();
    expect(result.summary.dataRows).toBeGreaterThanOrEqual(390); // 400 less the blank row and a few unreadable ones
    const codes = new Set(result.issues.map((issue) => issue.code));
    expect(codes).toContain("unknown-indicator");
    expect(codes).toContain("unknown-unit");
    expect(result.readings.length).toBeGreaterThan(10);
  });
});
