import { findHeader, headerLayoutOf } from "../../../src/core/sheet/findHeader";
import { headerRole, headerTokens } from "../../../src/core/sheet/headerWords";

describe("header words", () => {
  it.each([
    ["指标", "label"],
    ["指标名称", "label"],
    ["Indicator", "label"],
    ["项目", "label"],
    ["指标 Indicator", "label"],
    ["指标Indicator", "label"],
    ["数值", "value"],
    ["值", "value"],
    ["Value ", "value"],
    ["数值 Value（2024）", "value"],
    ["单位 Unit", "unit"],
    ["年份/Year", "year"],
    ["范围 Scope", "scope"],
    ["排放源 Source", "source"],
    ["排放量 Emissions", "emissions"],
    ["数据来源 Data source", "note"],
    ["ＵＮＩＴ", "unit"],
  ])("%s → %s", (cell, role) => {
    expect(headerRole(cell)).toBe(role);
  });

  it("does not read a title containing a header word as a header", () => {
    expect(headerRole("2024年园区碳排放数值表")).toBeNull();
    expect(headerRole(2024)).toBeNull();
  });

  it("splits at script changes", () => {
    expect(headerTokens("指标名称indicator name")).toEqual(["指标名称", "indicator", "name"]);
  });
});

describe("findHeader", () => {
  it("skips a merged title row and blank rows", () => {
    const values = [
      ["园区2024年度排放清单", "", "", ""],
      ["", "", "", ""],
      ["", "指标 Indicator", "数值 Value", "单位 Unit"],
    ];
    expect(findHeader(values)).toMatchObject({ row: 2, label: 1, value: 2, unit: 3 });
  });

  it("reads the Scope-table variant", () => {
    expect(headerLayoutOf(["范围", "排放源", "排放量", "单位"], 0)).toMatchObject({
      label: 1,
      value: 2,
      scope: 0,
      unit: 3,
    });
  });

  it("keeps the first of two value columns and lists the other", () => {
    const layout = headerLayoutOf(["指标", "数值", "值", "单位"], 0);
    expect(layout).toMatchObject({ value: 1, ignored: [{ role: "value", column: 2 }] });
  });

  it("needs both a label and a value column", () => {
    expect(findHeader([["指标", "单位", "年份"]])).toBeNull();
    expect(findHeader([])).toBeNull();
  });
});
