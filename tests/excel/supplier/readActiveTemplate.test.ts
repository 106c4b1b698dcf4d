/**
 * The task pane's read of an open Communication template, against the in-memory Excel stand-in
 * holding the cells of the Commission's screws-and-nuts example (values as Office returns them).
 */
import { readActiveTemplate } from "../../../src/excel/supplier";
import { readSupplierTemplate, type TemplateWorkbook } from "../../../src/core/supplier";
import { installExcelFake, type ExcelFake } from "../../support/excelFake";
import { addTemplateSheets } from "../../support/supplier/fakeTemplate";
import { readTemplateFile, SCREWS_EXAMPLE } from "../../support/supplier/sharedTemplates";

let example: TemplateWorkbook;
let fake: ExcelFake;

beforeAll(async () => {
  example = await readTemplateFile(SCREWS_EXAMPLE);
}, 60_000);
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

describe("readActiveTemplate", () => {
  it("reads the three sheets in two syncs and gives the reader the file's products", async () => {
    fake.state.addSheet("Notes", [["x"]]);
    addTemplateSheets(fake, example);
    fake.state.syncCount = 0;
    const workbook = await readActiveTemplate();
    expect(fake.state.syncCount).toBe(2);
    const read = readSupplierTemplate(workbook!);
    expect(read.templateVersion).toBe("2.1"); // VersionDocumentation!B3 2024-06-05
    expect(read.installation.name).toBe("Example Screw Production Plant"); // Summary_Communication!G12
    expect(read.installation.periodStart).toBe("2023-01-01"); // G20, a date serial in Office
    expect(read.products.map((p) => [p.cnCode, p.seeDirect])).toEqual([
      ["73181542", 2.0069382352941174], // F26, I26
      ["73181535", 1.9524475609756098], // F27, I27
    ]);
  });

  it("a workbook without Summary_Communication is not a template: null after one sync", async () => {
    fake.state.addSheet("Sheet1", [["a"]]);
    fake.state.syncCount = 0;
    expect(await readActiveTemplate()).toBeNull();
    expect(fake.state.syncCount).toBe(1);
  });
});
