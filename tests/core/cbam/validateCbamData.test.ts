// Load-time validators of the regulatory tables: the shipped tables pass, broken ones are refused.
import {
  CBAM_GOODS,
  CbamDataError,
  DE_MINIMIS_RULE,
  DEFAULT_VALUE_MARKUP_TABLE,
  FREE_ALLOCATION_TABLE,
  validateDefaultValueMarkupTable,
  validateDeMinimisRule,
  validateFreeAllocationTable,
  validateGoodsTable,
  type DefaultValueMarkupRow,
  type FreeAllocationRow,
} from "../../../src/core/cbam";

const rejects = (check: () => void, message: RegExp) => {
  expect(check).toThrow(CbamDataError);
  expect(check).toThrow(message);
};

describe("shipped tables", () => {
  it("all pass their validators", () => {
    expect(() => validateFreeAllocationTable(FREE_ALLOCATION_TABLE)).not.toThrow();
    expect(() => validateDefaultValueMarkupTable(DEFAULT_VALUE_MARKUP_TABLE)).not.toThrow();
    expect(() => validateGoodsTable(CBAM_GOODS)).not.toThrow();
    expect(() => validateDeMinimisRule(DE_MINIMIS_RULE)).not.toThrow();
  });
});

describe("validateFreeAllocationTable", () => {
  const table = (...changes: [number, Partial<FreeAllocationRow>][]): FreeAllocationRow[] =>
    FREE_ALLOCATION_TABLE.map((row, i) =>
      Object.assign({}, row, ...changes.filter(([at]) => at === i).map(([, c]) => c)),
    );

  it.each<[string, FreeAllocationRow[], RegExp]>([
    ["an empty table", [], /empty/],
    ["a gap between years", FREE_ALLOCATION_TABLE.filter((row) => row.year !== 2029), /expected 2029/],
    ["a first year other than 2026", table([0, { year: 2025 }]), /expected 2026/],
    ["a share above 1", table([0, { freeAllocationShare: "1.1", phaseInShare: "-0.1" }]), /within \[0, 1\]/],
    ["a negative share", table([8, { phaseInShare: "-0.5" }]), /within \[0, 1\]/],
    ["a share that is not a number", table([3, { freeAllocationShare: "77.5%" }]), /not a finite number/],
    ["shares not adding up to 1", table([1, { phaseInShare: "0.5" }]), /must be 1/],
    [
      "free allocation increasing",
      table([2, { freeAllocationShare: "0.96", phaseInShare: "0.04" }]),
      /must not increase/,
    ],
    ["a last row above 0", FREE_ALLOCATION_TABLE.slice(0, 8), /last row must be 0/],
    ["a missing source", table([4, { source: " " }]), /missing source/],
  ])("rejects %s", (_label, rows, message) => {
    rejects(() => validateFreeAllocationTable(rows), message);
  });
});

describe("validateDefaultValueMarkupTable", () => {
  const withRow = (i: number, change: Partial<DefaultValueMarkupRow>): DefaultValueMarkupRow[] =>
    DEFAULT_VALUE_MARKUP_TABLE.map((row, at) => (at === i ? { ...row, ...change } : row));

  it.each<[string, DefaultValueMarkupRow[], RegExp]>([
    ["a decreasing mark-up", withRow(2, { markup: "0.15" }), /must not decrease/],
    ["a decreasing fertilisers mark-up", withRow(0, { fertilisersMarkup: "0.02" }), /must not decrease/],
    ["a mark-up above 100 %", withRow(2, { markup: "1.3" }), /within \[0, 1\]/],
    ["a year out of sequence", withRow(1, { year: 2028 }), /expected 2027/],
    ["a missing source", withRow(0, { source: "" }), /missing source/],
    ["a caveat without Chinese", withRow(1, { caveat: { en: "verify", zh: "" } }), /caveat/],
  ])("rejects %s", (_label, rows, message) => {
    rejects(() => validateDefaultValueMarkupTable(rows), message);
  });
});

describe("validateGoodsTable", () => {
  it("rejects a duplicate, a missing category and an unnamed good", () => {
    rejects(() => validateGoodsTable([...CBAM_GOODS, CBAM_GOODS[0]!]), /duplicate/);
    rejects(
      () => validateGoodsTable(CBAM_GOODS.filter((good) => good.id !== "hydrogen")),
      /missing "hydrogen"/,
    );
    rejects(
      () =>
        validateGoodsTable(
          CBAM_GOODS.map((good, i) => (i === 2 ? { ...good, name: { en: "Cement", zh: "" } } : good)),
        ),
      /en and zh/,
    );
    rejects(
      () =>
        validateGoodsTable(
          CBAM_GOODS.map((good, i) => (i === 0 ? { ...good, indirectEmissionsSource: "" } : good)),
        ),
      /missing source/,
    );
  });
});

describe("validateDeMinimisRule", () => {
  it.each([
    ["a zero threshold", { ...DE_MINIMIS_RULE, thresholdTonnes: "0" }, /> 0/],
    ["a non-numeric threshold", { ...DE_MINIMIS_RULE, thresholdTonnes: "fifty" }, /not a finite number/],
    ["a missing source", { ...DE_MINIMIS_RULE, source: "" }, /missing source/],
  ])("rejects %s", (_label, rule, message) => {
    rejects(() => validateDeMinimisRule(rule), message);
  });
});
