import { specDraft, specLine } from "./quoteDrafts";
import { priced } from "./validQuote";

const steel = (quantity: string) => specLine({ quantity });

describe("de minimis over the quote's mass", () => {
  it("applies at exactly 50 t (30 t + 20 t), with the per-importer caveat", () => {
    const result = priced(specDraft({ lines: [steel("30"), steel("20")] }));
    expect(result.deMinimis.result.applies).toBe(true);
    expect(result.deMinimis.result.countedMassTonnes.toString()).toBe("50");
    expect(result.deMinimis.importerCaveat.en).toContain("per importer");
    expect(result.deMinimis.importerCaveat.zh).toContain("每个进口商");
  });

  it("does not apply above 50 t (50.001 t)", () => {
    const result = priced(specDraft({ lines: [steel("50.001")] }));
    expect(result.deMinimis.result.applies).toBe(false);
    expect(result.deMinimis.result.explanation.en).toContain("exceeds");
  });

  it("leaves hydrogen and electricity out of the counted mass", () => {
    const hydrogen = specLine({ cnCode: "2804 10 00", quantity: "100", benchmark: "" });
    const electricity = specLine({ cnCode: "2716 00 00", quantity: "5000", see: "0.5", benchmark: "" });
    const result = priced(specDraft({ lines: [steel("50"), hydrogen, electricity] }));
    expect(result.deMinimis.result.countedMassTonnes.toString()).toBe("50");
    expect(result.deMinimis.result.applies).toBe(true);
  });

  it("does not change the costs: the quote assumes CBAM applies", () => {
    expect(priced(specDraft({ lines: [steel("10")] })).delivery.base.costEur.toFixed(2)).toBe("531.40");
  });
});
