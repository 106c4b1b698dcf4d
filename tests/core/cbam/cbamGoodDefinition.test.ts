// Goods categories (shared/spec/cbam.md §1, §3, §6): scope, indirect emissions (Annex II, checked), de minimis.
import { CBAM_GOOD_IDS, cbamGoodDefinition, type CbamGood } from "../../../src/core/cbam";
import { expectInputError } from "./expectInputError";

describe("cbamGoodDefinition", () => {
  it("covers the six Annex I categories, each sourced and named in en and zh", () => {
    expect([...CBAM_GOOD_IDS].sort()).toEqual(
      ["aluminium", "cement", "electricity", "fertilisers", "hydrogen", "iron-and-steel"].sort(),
    );
    for (const id of CBAM_GOOD_IDS) {
      const good = cbamGoodDefinition(id);
      expect(good.source).toBe("Regulation (EU) 2023/956 Annex I");
      expect(good.name.zh.length).toBeGreaterThan(0);
      // Annex II of Regulation (EU) 2023/956 read in ../shared/eu-cbam/legal (spec §6: text checked).
      expect(good.indirectEmissionsVerified).toBe(true);
    }
  });

  it("counts indirect emissions for cement and fertilisers only (Annex II)", () => {
    const withIndirect = CBAM_GOOD_IDS.filter((id) => cbamGoodDefinition(id).indirectEmissionsCount);
    expect(withIndirect.sort()).toEqual(["cement", "fertilisers"]);
  });

  it("leaves electricity and hydrogen out of de minimis; electricity is in MWh", () => {
    const excluded = CBAM_GOOD_IDS.filter((id) => !cbamGoodDefinition(id).countsTowardDeMinimis);
    expect(excluded.sort()).toEqual(["electricity", "hydrogen"]);
    expect(cbamGoodDefinition("electricity").quantityUnit).toBe("MWh");
    expect(cbamGoodDefinition("cement").quantityUnit).toBe("t");
  });

  it("rejects an unknown good naming good", () => {
    expectInputError(() => cbamGoodDefinition("paper" as CbamGood), "good", "value");
  });
});
