/** Quote lines from a supplier's template: the SEE the CBAM prices, as an actual value, the source named. */
import {
  checkSupplierTemplate,
  quoteLinesFromSupplier,
  readSupplierTemplate,
  type SupplierEuData,
  type TemplateWorkbook,
} from "../../../src/core/supplier";
import { loadSupplierEuData } from "../../support/supplier/euData";
import { calculated, patchWorkbook } from "../../support/supplier/patchedWorkbook";
import { FERTILISER_EXAMPLE, readTemplateFile, SCREWS_EXAMPLE } from "../../support/supplier/sharedTemplates";

let screws: TemplateWorkbook;
let fertiliser: TemplateWorkbook;
let euData: SupplierEuData;

beforeAll(async () => {
  [screws, fertiliser] = await Promise.all([SCREWS_EXAMPLE, FERTILISER_EXAMPLE].map(readTemplateFile));
  euData = await loadSupplierEuData();
}, 60_000);

const report = (workbook: TemplateWorkbook) =>
  checkSupplierTemplate(readSupplierTemplate(workbook, euData), { today: "2026-11-27", euData });

describe("quoteLinesFromSupplier", () => {
  it("steel: direct SEE (Annex II) as an actual value, exactly as the file holds it", () => {
    expect(quoteLinesFromSupplier(report(screws), "screws.xlsx")).toEqual([
      {
        description: "Screws and Nuts Art. C1 — Example Screw Production Plant (screws.xlsx)", // H26, G12
        cnCode: "73181542", // F26
        country: "US", // G16: the installation's country is the origin
        good: "",
        quantity: "",
        see: "2.0069382352941174", // I26
        valueType: "actual",
        benchmark: "",
        basePrice: "",
        alternativeSee: "",
      },
      expect.objectContaining({ cnCode: "73181535", see: "1.9524475609756098" }), // F27, I27
    ]);
  });

  it("fertiliser: total SEE", () => {
    const [line] = quoteLinesFromSupplier(report(fertiliser), "npk.xlsx");
    expect(line).toMatchObject({ cnCode: "31052010", see: "0.363511812356" }); // F26, K26
  });

  it("leaves out a product that is no CBAM good", () => {
    const notCbam = patchWorkbook(screws, { Summary_Communication: { F27: calculated("84501100") } });
    expect(quoteLinesFromSupplier(report(notCbam), "x.xlsx").map((line) => line.cnCode)).toEqual([
      "73181542",
    ]);
  });
});
