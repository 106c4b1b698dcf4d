import { validateQuote, type QuoteDraft, type QuoteIssue } from "../../../src/core/quote";
import { specDraft, specLine } from "./quoteDrafts";

function issuesOf(draft: QuoteDraft): QuoteIssue[] {
  const validation = validateQuote(draft);
  if (validation.ok) throw new Error("expected issues");
  return validation.issues;
}

describe("validateQuote", () => {
  it("accepts the spec line and takes the good from the CN code", () => {
    const validation = validateQuote(specDraft());
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    expect(validation.quote.lines[0]).toMatchObject({
      number: 1,
      cnCode: "72085120",
      good: "iron-and-steel",
    });
    expect(validation.quote.lines[0]!.see.toString()).toBe("2");
    expect(validation.quote.lines[0]!.alternativeSee.toString()).toBe("2");
  });

  it("names the line and the field in both languages", () => {
    const issues = issuesOf(specDraft({ lines: [specLine(), specLine({ see: "abc" })] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, field: "see" });
    expect(issues[0]!.message.en).toMatch(/^Line 2, SEE \(tCO2e\/t\): SEE must be a number/);
    expect(issues[0]!.message.zh).toMatch(/^第 2 行，单位隐含排放 SEE（tCO2e\/吨）：/);
  });

  it("collects every problem, not just the first", () => {
    const bad = specLine({ quantity: "0", basePrice: "", benchmark: "-1", cnCode: "72085" });
    const issues = issuesOf(
      specDraft({ lines: [bad], deliveryYear: "", price: { kind: "single", price: "0" } }),
    );
    expect(issues.map((issue) => [issue.line, issue.field])).toEqual([
      [null, "certificatePrice"],
      [null, "deliveryYear"],
      [1, "cnCode"],
      [1, "quantity"],
      [1, "benchmark"],
      [1, "basePrice"],
    ]);
    expect(issues[2]!.message.en).toBe(
      'Line 1, CN code: "72085" is not a CN code: enter 8 digits (e.g. 7208 51 20), or the 4- or 6-digit heading.',
    );
    expect(issues[3]!.message.en).toBe("Line 1, quantity (t): quantity must be > 0 t (got 0).");
    expect(issues[5]!.message.zh).toBe("第 1 行，基础价格（欧元/吨）：请填写。");
  });

  it("refuses a good that contradicts the CN code", () => {
    const issues = issuesOf(
      specDraft({ lines: [specLine({ cnCode: "7601 10 00", good: "iron-and-steel" })] }),
    );
    expect(issues[0]).toMatchObject({ line: 1, field: "good" });
    expect(issues[0]!.message.en).toContain("CN code 7601 10 00 is Aluminium");
  });

  it("asks for the good when the CN code does not map to one", () => {
    const issues = issuesOf(specDraft({ lines: [specLine({ cnCode: "7202 11 20" })] }));
    expect(issues[0]).toMatchObject({ line: 1, field: "good" });
    expect(issues[0]!.message.en).toContain("pick the good");
    const picked = validateQuote(
      specDraft({ lines: [specLine({ cnCode: "7202 11 20", good: "iron-and-steel" })] }),
    );
    expect(picked.ok).toBe(true);
  });

  it("names the missing year of a price path and the delivery year outside it", () => {
    const byYear = {
      2026: "80",
      2027: "80",
      2028: "80",
      2029: "80",
      2031: "80",
      2032: "80",
      2033: "80",
      2034: "80",
    };
    const issues = issuesOf(specDraft({ price: { kind: "path", byYear }, deliveryYear: "2035" }));
    expect(issues.map((issue) => [issue.field, issue.year])).toEqual([
      ["certificatePrice", 2030],
      ["deliveryYear", undefined],
    ]);
    expect(issues[0]!.message.en).toBe(
      "EU certificate price (EUR/tCO2e), 2030: enter the price for this year.",
    );
  });

  it("checks the scenario reduction and the exchange rate", () => {
    const issues = issuesOf(
      specDraft({ scenario: { kind: "percent", reductionPercent: "120" }, exchangeRate: "0" }),
    );
    expect(issues.map((issue) => issue.field)).toEqual(["exchangeRate", "reductionPercent"]);
    expect(issues[1]!.message.en).toContain("reduction must be ≥ 0 and ≤ 100 %");
  });

  it("needs at least one line", () => {
    expect(issuesOf(specDraft({ lines: [] }))[0]).toMatchObject({ line: null, field: "lines" });
  });
});

describe("validateQuote, blank required fields", () => {
  it("marks a blank required field as missing and a bad one not", () => {
    const issues = issuesOf(specDraft({ lines: [specLine({ quantity: "", see: "abc" })], deliveryYear: "" }));
    expect(issues.map((issue) => [issue.field, issue.kind ?? null])).toEqual([
      ["deliveryYear", "missing"],
      ["quantity", "missing"],
      ["see", null],
    ]);
  });
});
