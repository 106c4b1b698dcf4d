// The free-allocation data against the table of shared/spec/cbam.md §2.
import { FREE_ALLOCATION_TABLE } from "../../../../src/core/cbam";

describe("FREE_ALLOCATION_TABLE (shared/spec/cbam.md §2)", () => {
  it("holds the spec's shares for 2026-2034", () => {
    expect(FREE_ALLOCATION_TABLE.map((row) => [row.year, row.freeAllocationShare, row.phaseInShare])).toEqual(
      [
        [2026, "0.975", "0.025"],
        [2027, "0.95", "0.05"],
        [2028, "0.9", "0.1"],
        [2029, "0.775", "0.225"],
        [2030, "0.515", "0.485"],
        [2031, "0.39", "0.61"],
        [2032, "0.265", "0.735"],
        [2033, "0.14", "0.86"],
        [2034, "0", "1"],
      ],
    );
  });

  it("cites the ETS Directive article on every row", () => {
    for (const row of FREE_ALLOCATION_TABLE) {
      expect(row.source).toBe("Directive 2003/87/EC Art. 10a(1a) as amended by Directive (EU) 2023/959");
    }
  });
});
