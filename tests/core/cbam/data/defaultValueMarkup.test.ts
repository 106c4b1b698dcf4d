// The default-value mark-up data as reported (shared/spec/cbam.md §4, §6), flagged unverified.
import { DEFAULT_VALUE_MARKUP_TABLE } from "../../../../src/core/cbam";

describe("DEFAULT_VALUE_MARKUP_TABLE (shared/spec/cbam.md §6)", () => {
  it("holds +10 % 2026, +20 % 2027, +30 % 2028 (onward), fertilisers +1 %", () => {
    expect(DEFAULT_VALUE_MARKUP_TABLE.map((row) => [row.year, row.markup, row.fertilisersMarkup])).toEqual([
      [2026, "0.1", "0.01"],
      [2027, "0.2", "0.01"],
      [2028, "0.3", "0.01"],
    ]);
  });

  it("cites Implementing Regulation (EU) 2025/2621 as reported, unverified, with a bilingual caveat", () => {
    for (const row of DEFAULT_VALUE_MARKUP_TABLE) {
      expect(row.source).toContain("Implementing Regulation (EU) 2025/2621");
      expect(row.source).toContain("as reported");
      expect(row.verified).toBe(false);
      expect(row.caveat.en).toMatch(/verify/i);
      expect(row.caveat.zh).toContain("核实");
    }
  });
});
