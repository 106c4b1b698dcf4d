import {
  isReportSheetName,
  renderChecklist,
  reportRows,
  reportSheetName,
  sampleParkInput,
  validateSheet,
} from "../../../src/core/sheet";
import { displayValue } from "../../../src/core/sheet/reportValues";

const result = validateSheet(sampleParkInput());

describe("report rows", () => {
  it.each(["en", "zh"] as const)("are rectangular strings and numbers (%s)", (language) => {
    const rows = reportRows(result, language);
    const width = rows[0]!.length;
    expect(rows.every((row) => row.length === width)).toBe(true);
    expect(rows.flat().every((cell) => typeof cell === "string" || typeof cell === "number")).toBe(true);
  });

  it("list every check with status, value, limit, cell and source", () => {
    const rows = reportRows(result, "en");
    const notice = rows.find(
      (row) => row[0] === "National notice on zero-carbon parks (2025)" && row[2] === "FAIL",
    );
    // 0.3 tCO2/tce against 0.2 (hand-computed in samplePark.ts)
    expect(notice).toBeDefined();
    expect(notice![3]).toBeCloseTo(0.3, 10);
    expect(notice!.slice(4, 7)).toEqual(["tCO2/tce", 0.2, "'园区排放清单'!B5"]);
    const offsets = rows.find((row) => row[1] === "Carbon offset dependency");
    expect(offsets!.slice(2, 6)).toEqual(["FAIL", 15, "%", 10]);
  });

  it("are written in Chinese on request", () => {
    const rows = reportRows(result, "zh");
    expect(rows[0]![0]).toBe("零碳园区校验报告");
    expect(rows.some((row) => row[2] === "未通过")).toBe(true);
  });

  it("show an empty sheet's error without check sections", () => {
    const rows = reportRows(validateSheet({ sheetName: "空", values: [] }), "en");
    expect(rows.some((row) => row[1] === "'空'!A1" && row[0] === "error")).toBe(true);
  });
});

describe("checklist", () => {
  it("prints one line per check and the failing ones marked", () => {
    const text = renderChecklist(result, "en");
    expect(text).toMatch(
      /✗ FAIL +Carbon emissions per unit of energy used: 0\.3 tCO2\/tce > limit 0\.2 tCO2\/tce/,
    );
    expect(text).toMatch(/✗ FAIL +Carbon offset dependency: 15% > limit 10%/);
    expect(text).toContain("[used by 17/22]");
    // No targets given: the sample's 37 patents and its (unreported) CBAM reserve are left out, and it says so.
    expect(text).toContain("Target not set (left out): CBAM risk reserve, Low-carbon patents per year");
    expect(text.split("\n").filter((line) => /^ {2}[✓✗?!\-○△] /.test(line))).toHaveLength(
      result.checks.length,
    );
  });

  it("cuts long issue lists", () => {
    const many = validateSheet({
      sheetName: "S",
      values: [["指标", "数值", "单位"], ...Array.from({ length: 20 }, (_, i) => [`未知${i}`, i, "t"])],
    });
    // 20 unknown-indicator warnings + 1 "nothing to validate" error = 21 issues; 5 shown, 16 more.
    expect(renderChecklist(many, "zh", { maxIssues: 5 })).toContain("另有 16 条");
  });
});

describe("report helpers", () => {
  it("display fractions as percentages and flags as words", () => {
    expect(displayValue(0.15, "fraction", "en")).toEqual({ value: 15, unit: "%" });
    expect(displayValue(1, "flag", "zh")).toEqual({ value: "是", unit: "" });
    expect(displayValue(null, "tce", "en")).toEqual({ value: "", unit: "tce" });
  });

  it("name the report sheet so it cannot collide and stays within 31 characters", () => {
    expect(reportSheetName("园区排放清单")).toBe("ZC校验 园区排放清单");
    expect(reportSheetName("a/b[c]:d*e?f\\g")).toBe("ZC校验 a_b_c__d_e_f_g");
    expect(reportSheetName("x".repeat(40))).toHaveLength(31);
    expect(isReportSheetName(reportSheetName("Sheet1"))).toBe(true);
  });
});
