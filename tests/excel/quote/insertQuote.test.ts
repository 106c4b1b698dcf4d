import { insertQuote, readQuote } from "../../../src/excel/quote";
import { quoteStrings } from "../../../src/i18n/quote";
import { type ExcelFake, installExcelFake } from "../../support/excelFake";
import { specDraft, specLine } from "../../core/quote/quoteDrafts";
import { validQuote } from "../../core/quote/validQuote";

const labels = quoteStrings("en").sheet;
let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
  fake.state.addSheet("Sheet1", [["user data", 1]]);
});
afterEach(() => fake.uninstall());

const SPEC_COST =
  '=ZC.CBAM_COST([@[SEE (tCO2e/t)]],[@[Quantity (t)]],$B$4,$B$3,[@[Benchmark (tCO2e/t)]],$B$5,IF(ISNUMBER(MATCH(TRIM([@[Value type]]),{"default","Default value","默认值"},0)),[@[Good]],FALSE))';

describe("insertQuote", () => {
  it("writes the quote table on a new sheet: inputs as values, outputs as ZC formulas", async () => {
    const quote = validQuote(
      specDraft({
        lines: [
          specLine(),
          specLine({ cnCode: "7601 10 00", valueType: "default", benchmark: "", basePrice: "2400" }),
        ],
      }),
    );
    const inserted = await insertQuote(quote, labels);
    expect(inserted).toEqual({ sheetName: "ZC Quote", tableName: "ZCQuote1", tableAddress: "A21:P23" });

    const sheet = fake.state.sheet("ZC Quote");
    expect(sheet.tables).toEqual([expect.objectContaining({ name: "ZCQuote1", hasHeaders: true })]);
    const table = sheet.formulasOf({ top: 20, left: 0, rows: 3, columns: 16 });
    expect(table[0]).toEqual([
      "Description",
      "CN code",
      "Country of origin",
      "Good",
      "Quantity (t)",
      "SEE (tCO2e/t)",
      "Value type",
      "Benchmark (tCO2e/t)",
      "Base price (EUR/t)",
      "Alternative SEE (tCO2e/t)",
      "CBAM cost (EUR)",
      "Cost per t (EUR)",
      "Surcharge (%)",
      "Cost with alternative SEE (EUR)",
      "Saving (EUR)",
      "CBAM cost (CNY)",
    ]);
    expect(table[1]).toEqual([
      "Hot-rolled coil",
      "7208 51 20",
      "",
      "iron-and-steel",
      1000,
      2,
      "actual",
      1.37,
      600,
      2,
      SPEC_COST,
      '=ZC.CBAM_COST([@[SEE (tCO2e/t)]],1,$B$4,$B$3,[@[Benchmark (tCO2e/t)]],$B$5,IF(ISNUMBER(MATCH(TRIM([@[Value type]]),{"default","Default value","默认值"},0)),[@[Good]],FALSE))',
      "=[@[Cost per t (EUR)]]/[@[Base price (EUR/t)]]",
      '=ZC.CBAM_COST([@[Alternative SEE (tCO2e/t)]],[@[Quantity (t)]],$B$4,$B$3,[@[Benchmark (tCO2e/t)]],$B$5,IF(ISNUMBER(MATCH(TRIM([@[Value type]]),{"default","Default value","默认值"},0)),[@[Good]],FALSE))',
      "=[@[CBAM cost (EUR)]]-[@[Cost with alternative SEE (EUR)]]",
      '=IF($B$6="","",ROUND([@[CBAM cost (EUR)]]*$B$6,2))',
    ]);
    expect(table[2]!.slice(0, 10)).toEqual([
      "Hot-rolled coil",
      "7601 10 00",
      "",
      "aluminium",
      1000,
      2,
      "default",
      "",
      2400,
      2,
    ]);
    expect(table[2]![10]).toBe(SPEC_COST);
    expect(sheet.cell(21, 10)?.numberFormat).toBe("#,##0.00");
    expect(sheet.cell(21, 12)?.numberFormat).toBe("0.00%");
  });

  it("writes the parameter block, the delivery-year summary and the 2026-2034 path", async () => {
    await insertQuote(validQuote(specDraft({ paidPrice: "10", exchangeRate: "7.8" })), labels);
    const sheet = fake.state.sheet("ZC Quote");
    const block = sheet.formulasOf({ top: 0, left: 0, rows: 19, columns: 10 });
    expect(block[0]![0]).toBe(labels.title);
    expect(block.slice(2, 7).map((row) => row.slice(0, 2))).toEqual([
      ["Delivery year", 2026],
      ["EU certificate price, delivery year (EUR/tCO2e)", 80],
      ["Carbon price paid at home (EUR/tCO2e)", 10],
      ["Exchange rate (CNY per EUR)", 7.8],
      ["Scenario: SEE reduction (%)", ""],
    ]);
    expect(block.slice(2, 10).map((row) => row[4])).toEqual([
      "=SUM(ZCQuote1[[CBAM cost (EUR)]])",
      "=SUMPRODUCT(ZCQuote1[[Quantity (t)]],ZCQuote1[[Base price (EUR/t)]])",
      "=E3/E4",
      "=SUM(ZCQuote1[[Cost with alternative SEE (EUR)]])",
      "=E3-E6",
      '=IF($B$6="","",SUM(ZCQuote1[[CBAM cost (CNY)]]))',
      "=SUMIFS(ZCQuote1[[Quantity (t)]]," +
        'ZCQuote1[[Good]],"<>hydrogen",ZCQuote1[[Good]],"<>Hydrogen",ZCQuote1[[Good]],"<>氢",' +
        'ZCQuote1[[Good]],"<>electricity",ZCQuote1[[Good]],"<>Electricity",ZCQuote1[[Good]],"<>电力")',
      "=ZC.CBAM_DEMINIMIS(E9)",
    ]);
    const path = block.slice(11, 19);
    expect(path[0]).toEqual(["Year", 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    expect(path[1]!.slice(1)).toEqual(Array(9).fill("=$B$4"));
    expect(path[2]![1]).toBe("=ZC.CBAM_FREE_ALLOCATION(B$12)");
    expect(path[3]![9]).toBe(
      '=SUM(ZC.CBAM_COST(ZCQuote1[[SEE (tCO2e/t)]],ZCQuote1[[Quantity (t)]],J$13,J$12,ZCQuote1[[Benchmark (tCO2e/t)]],$B$5,IF(ISNUMBER(MATCH(TRIM(ZCQuote1[[Value type]]),{"default","Default value","默认值"},0)),ZCQuote1[[Good]],FALSE)))',
    );
    expect(path[4]![1]).toBe("=ROUND(B15/SUM(ZCQuote1[[Quantity (t)]]),2)");
    expect(path[5]![1]).toBe("=B15/$E$4");
    expect(path[6]![1]).toContain("ZC.CBAM_COST(ZCQuote1[[Alternative SEE (tCO2e/t)]],");
    expect(path[7]![1]).toBe("=B15-B18");
  });

  it("adds a line chart of the surcharge row against the years", async () => {
    await insertQuote(validQuote(specDraft()), labels);
    expect(fake.state.sheet("ZC Quote").charts).toEqual([
      expect.objectContaining({
        type: "Line",
        source: "A17:J17",
        seriesBy: "Rows",
        xAxisValues: "B12:J12",
        title: labels.chartTitle,
        position: { from: "L1", to: "S19" },
      }),
    ]);
  });

  it("links a price path: the path row holds the prices, the delivery price looks them up", async () => {
    const byYear = {
      2026: "70",
      2027: "75",
      2028: "80",
      2029: "85",
      2030: "90",
      2031: "95",
      2032: "100",
      2033: "105",
      2034: "110",
    };
    await insertQuote(
      validQuote(specDraft({ price: { kind: "path", byYear }, deliveryYear: "2028" })),
      labels,
    );
    const sheet = fake.state.sheet("ZC Quote");
    expect(sheet.cell(3, 1)?.formula).toBe("=HLOOKUP($B$3,$B$12:$J$13,2,FALSE)");
    expect(sheet.valuesOf({ top: 12, left: 1, rows: 1, columns: 9 })[0]).toEqual([
      70, 75, 80, 85, 90, 95, 100, 105, 110,
    ]);
  });

  it("writes the % scenario as a formula on every line", async () => {
    await insertQuote(
      validQuote(specDraft({ scenario: { kind: "percent", reductionPercent: "25" } })),
      labels,
    );
    const sheet = fake.state.sheet("ZC Quote");
    expect(sheet.cell(6, 1)?.value).toBe(25);
    expect(sheet.cell(21, 9)?.formula).toBe("=[@[SEE (tCO2e/t)]]*(1-$B$7/100)");
  });

  it("uses two syncs for 1 line and for 50 lines", async () => {
    fake.state.syncCount = 0;
    await insertQuote(validQuote(specDraft()), labels);
    expect(fake.state.syncCount).toBe(2);
    fake.state.syncCount = 0;
    const fifty = Array.from({ length: 50 }, (_, i) => specLine({ description: `Coil ${i + 1}` }));
    const inserted = await insertQuote(validQuote(specDraft({ lines: fifty })), labels);
    expect(fake.state.syncCount).toBe(2);
    expect(inserted.tableAddress).toBe("A21:P71");
  });

  it("never touches existing sheets and never collides with their names or tables", async () => {
    fake.state.addSheet("ZC Quote", [["mine"]]);
    const userTable = {
      id: "t",
      name: "ZCQuote1",
      area: { top: 5, left: 0, rows: 2, columns: 1 },
      hasHeaders: true,
    };
    fake.state.sheet("Sheet1").tables.push(userTable);
    const before = fake.state.sheets.map((sheet) => [sheet.name, structuredClone([...sheet.cells])] as const);
    const inserted = await insertQuote(validQuote(specDraft()), labels);
    expect(inserted).toMatchObject({ sheetName: "ZC Quote (2)", tableName: "ZCQuote2" });
    for (const [name, cells] of before) expect([...fake.state.sheet(name).cells]).toEqual(cells);
    expect(fake.state.activeSheet.name).toBe("ZC Quote (2)");
  });

  it("names the sheet in the user's language", async () => {
    const inserted = await insertQuote(validQuote(specDraft()), quoteStrings("zh").sheet);
    expect(inserted.sheetName).toBe("ZC报价");
    expect(fake.state.sheet("ZC报价").cell(2, 0)?.value).toBe("交货年份");
  });
});

describe("readQuote", () => {
  it("reads an inserted quote back into the same draft (round trip) in two syncs", async () => {
    const draft = specDraft({
      lines: [
        specLine(),
        specLine({
          description: "Foil",
          cnCode: "7607 11 19",
          country: "CN", // the country of origin is written and read back
          see: "1.6",
          benchmark: "",
          valueType: "default",
          basePrice: "2400",
          alternativeSee: "1.2",
        }),
      ],
      paidPrice: "10",
      exchangeRate: "7.8",
    });
    await insertQuote(validQuote(draft), labels);
    fake.state.syncCount = 0;
    const read = await readQuote();
    expect(fake.state.syncCount).toBe(2);
    expect(read).toMatchObject({
      sheetName: "ZC Quote",
      tableName: "ZCQuote1",
      cellIssues: [],
      lineRows: [22, 23],
    });
    expect(read.draft).toEqual({
      ...draft,
      lines: [
        { ...draft.lines[0], see: "2", alternativeSee: "2", good: "iron-and-steel" },
        { ...draft.lines[1], good: "aluminium" },
      ],
    });
  });

  it("reads a price path and a % scenario back", async () => {
    const byYear = {
      2026: "70",
      2027: "75",
      2028: "80",
      2029: "85",
      2030: "90",
      2031: "95",
      2032: "100",
      2033: "105",
      2034: "110",
    };
    await insertQuote(
      validQuote(
        specDraft({ price: { kind: "path", byYear }, scenario: { kind: "percent", reductionPercent: "25" } }),
      ),
      labels,
    );
    const read = await readQuote();
    expect(read.draft.price).toEqual({ kind: "path", byYear });
    expect(read.draft.scenario).toEqual({ kind: "percent", reductionPercent: "25" });
  });

  it("tolerates user edits: moved columns, blank rows, Chinese good names", async () => {
    fake.state.addSheet("Edited");
    const sheet = fake.state.sheet("Edited");
    const quote = validQuote(specDraft());
    await insertQuote(quote, labels);
    // Re-create the quote sheet's table by hand with reordered columns and a blank row.
    const original = fake.state.sheet("ZC Quote");
    sheet.setValues(
      { top: 0, left: 0, rows: 19, columns: 10 },
      original.valuesOf({ top: 0, left: 0, rows: 19, columns: 10 }),
    );
    sheet.setValues({ top: 29, left: 2, rows: 4, columns: 8 }, [
      [
        "Good",
        "Quantity (t)",
        "SEE (tCO2e/t)",
        "Value type",
        "Benchmark (tCO2e/t)",
        "Base price (EUR/t)",
        "CN code",
        "Notes",
      ],
      ["钢铁", 500, 2.1, "默认值", 1.37, 650, "7208 51 20", "x"],
      ["", "", "", "", "", "", "", ""],
      ["Aluminium", 20, 1.5, "", "", 2500, "", ""],
    ]);
    sheet.tables.push({
      id: "t9",
      name: "ZCQuote9",
      area: { top: 29, left: 2, rows: 4, columns: 8 },
      hasHeaders: true,
    });
    fake.state.activate("Edited");
    const read = await readQuote();
    expect(read.tableName).toBe("ZCQuote9");
    expect(read.lineRows).toEqual([31, 33]);
    expect(read.draft.lines.map((line) => [line.good, line.quantity, line.valueType, line.cnCode])).toEqual([
      ["iron-and-steel", "500", "default", "7208 51 20"],
      ["aluminium", "20", "actual", ""],
    ]);
    expect(read.fieldColumns.see).toBe("E");
  });

  it("names the cell of a value it cannot understand", async () => {
    await insertQuote(validQuote(specDraft()), labels);
    const sheet = fake.state.sheet("ZC Quote");
    sheet.cellForWrite(21, 3).value = "steel";
    sheet.cellForWrite(21, 6).value = "guess";
    const read = await readQuote();
    expect(read.cellIssues.map((issue) => issue.cell)).toEqual(["'ZC Quote'!D22", "'ZC Quote'!G22"]);
    expect(read.cellIssues[0]!.message.en).toBe(
      "'ZC Quote'!D22: “steel” is not a CBAM good (iron-and-steel, aluminium, cement, fertilisers, hydrogen, electricity).",
    );
    expect(read.cellIssues[1]!.message.zh).toContain("'ZC Quote'!G22");
  });

  it("explains a missing table or a missing column", async () => {
    await expect(readQuote()).rejects.toThrow(
      "No quote table (ZCQuote…) in this workbook: insert a quote first.",
    );
    await insertQuote(validQuote(specDraft()), labels);
    fake.state.sheet("ZC Quote").cellForWrite(20, 5).value = "Emissions";
    await expect(readQuote()).rejects.toThrow(
      "Table ZCQuote1 has no column “SEE (tCO2e/t)” (header row 'ZC Quote'!A21:P21): restore the header.",
    );
  });
});
