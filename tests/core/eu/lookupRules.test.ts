/**
 * The lookup rules of issue 12 (CN codes, countries, fallbacks, two-line codes, exempt origins,
 * goods outside CBAM, years). Expected figures come from the Official Journal text of
 * Implementing Regulation (EU) 2025/2621 (shared/eu-cbam/legal/IR-2025-2621-default-values.txt,
 * "OJ line n") and the Commission's default-values workbook (sheet!cell).
 */
import { OTHER_TABLE, parseCnCode, parseCnCodeInput, type EuLookup } from "../../../src/core/eu";
import { euLookup, euTables, inputErrorOf } from "./support/euTables";

let eu: EuLookup;
beforeAll(async () => {
  eu = await euLookup();
});

describe("CN codes", () => {
  it.each([
    ["7208 51 20", "72085120"],
    [72085120, "72085120"],
    ["7208.51.20", "72085120"],
    ["  7208  51 20 ", "72085120"],
    ["７２０８５１２０", "72085120"],
    ["7208", "7208"],
    [7208, "7208"],
    ["7208 51 20 00", "7208512000"],
  ])("%p → %p", (typed, digits) => {
    expect(parseCnCode(typed)).toBe(digits);
  });

  it.each([["720"], [720], ["72085120001"], ["abc"], [""], [null], [7208.5], [true]])(
    "%p is refused (#VALUE!) naming the argument",
    (typed) => {
      const error = inputErrorOf(() => parseCnCode(typed, "cn_code"));
      expect(error.kind).toBe("value");
      expect(error.message).toMatch(/^cn_code/);
    },
  );

  it("a route mark after the code picks one of two lines", () => {
    expect(parseCnCodeInput("2523 10 00 (a)")).toEqual({ digits: "25231000", route: "A" });
  });
});

describe("default values by CN code and country", () => {
  it("China 7208: the OJ's 3,187 (OJ line 16562), not the workbook's unrounded 3.186892655 (China!E101)", () => {
    const found = eu.defaultValue("7208", "CN");
    expect(found.total).toBe(3.187);
    expect(found.route).toBe("C");
    expect(found.table).toBe("CN");
    expect(found.source.file).toBe("default-values-v1-2026-02-04.xlsx");
    expect(found.source.version).toBe("1");
  });

  it("a year adds that year's mark-up to the OJ total: 7208 in 2026 = 3.187 × 1.1 = 3.5057 (printed 3,506)", () => {
    const found = eu.defaultValue("7208", "CN", 2026);
    expect(found.markup).toBe(0.1);
    expect(found.valueForYear).toBe(3.5057);
    expect(found.printedForYear).toBe(3.506);
    // From 2028 on: +30 % (OJ line 16408 ff.: "Iron and steel 10% mark-up 20% mark-up 30% mark-up").
    expect(eu.defaultValue("7208", "CN", 2031).valueForYear).toBe(4.1431);
  });

  it("fertilisers take +1 % every year: China 2814 10 00 4,360 → 4,4036 (OJ line 16149: 4,404)", () => {
    expect(eu.defaultValue("2814 10 00", "CN", 2027).valueForYear).toBe(4.4036);
  });

  it("spec §6 figures: China 7601 3.000 × 1.10 and grey Portland cement 1.420 × 1.20 in 2027", () => {
    expect(eu.defaultValue("7601", "China", 2026).valueForYear).toBe(3.3);
    expect(eu.defaultValue("2523 29 00", "中国", 2027).valueForYear).toBe(1.704);
  });

  it("a longer code without its own line takes its heading's line: 8, then 6, then 4 digits", () => {
    // 7208 51 20 and 7208 51 20 00 → 7208 (OJ line 16560-16562, 3,187).
    expect(eu.defaultValue("7208 51 20", "CN").lineCode).toBe("7208");
    expect(eu.defaultValue("7208512000", "CN").total).toBe(3.187);
    // 7217 10 10 → 7217 10 (OJ line 16714-16716, 3,169).
    const wire = eu.defaultValue("7217 10 10", "CN");
    expect([wire.lineCode, wire.total]).toEqual(["721710", 3.169]);
  });

  it("the same line by ISO code, English name, Chinese name, text or number", () => {
    const totals = [
      eu.defaultValue("7208 51 20", "CN"),
      eu.defaultValue(72085120, "cn"),
      eu.defaultValue("7208 51 20", "China"),
      eu.defaultValue("7208 51 20", " 中国 "),
      eu.defaultValue("7208 51 20", "People's Republic of China"),
    ].map((found) => [found.total, found.country.code]);
    expect(new Set(totals.map((t) => JSON.stringify(t)))).toEqual(new Set([JSON.stringify([3.187, "CN"])]));
  });

  it("every country with a table is found by its table name, its ISO code and a Chinese name", async () => {
    const tables = await euTables();
    const unresolved: string[] = [];
    for (const [code, table] of Object.entries(tables.defaultValues.tables)) {
      if (code === OTHER_TABLE) continue;
      const byName = eu.origin(table.name);
      const byCode = eu.origin(code);
      const zh = byCode.name.zh;
      if (byName.code !== code || !/[\u4e00-\u9fff]/.test(zh) || eu.origin(zh).code !== code) {
        unresolved.push(`${code} ${table.name} ${zh}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it('a listed country whose field is "–" takes "Other countries and territories": China 7203 → 1,325 (OJ lines 16436 and 71471)', () => {
    const found = eu.defaultValue("7203", "CN");
    expect([found.table, found.tableName, found.total]).toEqual([
      OTHER_TABLE,
      "Other Countries and Territories",
      1.325,
    ]);
    expect(found.country.code).toBe("CN");
  });

  it("a listed country without the line (Laos lists only hydrogen, sheet Laos!A4) takes the Other table: 7601 → 2,203 (OJ line 71387)", () => {
    const found = eu.defaultValue("7601", "Laos");
    expect([found.table, found.total, found.route]).toEqual([OTHER_TABLE, 2.203, "K"]);
    // Its own hydrogen line: 10,82 (Laos!E4).
    expect(eu.defaultValue("2804 10 00", "LA").total).toBe(10.82);
  });

  it("a real country not listed (any ISO 3166 code) takes the Other table: Chad 2804 10 00 → 17,740 (OJ line 71443)", () => {
    for (const chad of ["TD", "Chad", "乍得"]) {
      const found = eu.defaultValue("2804 10 00", chad);
      expect([found.table, found.total, found.country.code]).toEqual([OTHER_TABLE, 17.74, "TD"]);
    }
  });

  it("a name that is no country is #VALUE! naming the argument", () => {
    const error = inputErrorOf(() => eu.defaultValue("7208", "Narnia"));
    expect(error.kind).toBe("value");
    expect(error.message).toMatch(/^country: "Narnia" is not a country/);
  });

  it.each([
    "NO",
    "Norway",
    "挪威",
    "Iceland",
    "LI",
    "Switzerland",
    "瑞士",
    "Büsingen",
    "busingen",
    "Heligoland",
    "Livigno",
    "Ceuta",
    "Melilla",
  ])("Annex III origin %p is outside CBAM (#N/A with the reason)", (origin) => {
    expect(eu.origin(origin).exempt).toBe(true);
    const error = inputErrorOf(() => eu.defaultValue("7208", origin));
    expect(error.kind).toBe("notAvailable");
    expect(error.message).toMatch(/Annex III/);
  });

  it("one CN code with two lines (white and grey clinker) is #VALUE! naming the choices and how to pick one", () => {
    const error = inputErrorOf(() => eu.defaultValue("2523 10 00", "CN"));
    expect(error.kind).toBe("value");
    expect(error.message).toContain('"2523 10 00 (B)" for White clinker');
    expect(error.message).toContain('"2523 10 00 (A)" for Grey clinker');
    // OJ lines 16134-16135: white clinker 1,300 (B), grey clinker 1,390 (A).
    expect(eu.defaultValue("2523 10 00 (A)", "CN").total).toBe(1.39);
    expect(eu.defaultValue("2523 10 00 (B)", "CN").total).toBe(1.3);
  });

  it("a heading printed 'see below' asks for a longer code", () => {
    const error = inputErrorOf(() => eu.defaultValue("7207", "CN"));
    expect(error.kind).toBe("value");
    expect(error.message).toContain("7207 11 11");
  });

  it.each([
    ["7204 10 00", /Annex I excludes 7204/],
    ["7202 21 00", /Annex I excludes 7202 2/],
    ["3105 60 00", /Annex I excludes 3105 60 00/],
    ["8501 10 00", /not a CBAM good/],
  ])("%p is not a CBAM good: #N/A with the reason", (code, reason) => {
    const error = inputErrorOf(() => eu.defaultValue(code, "CN"));
    expect(error.kind).toBe("notAvailable");
    expect(error.message).toMatch(reason);
  });

  it("electricity has no Annex I default value (#N/A)", () => {
    expect(inputErrorOf(() => eu.defaultValue("2716 00 00", "CN")).kind).toBe("notAvailable");
  });

  it("years: before 2026 no mark-up (#N/A); not a year (#VALUE!)", () => {
    expect(inputErrorOf(() => eu.defaultValue("7208", "CN", 2025)).kind).toBe("notAvailable");
    expect(inputErrorOf(() => eu.defaultValue("7208", "CN", 2026.5)).kind).toBe("value");
    expect(inputErrorOf(() => eu.defaultValue("7208", "CN", 99999)).kind).toBe("value");
  });
});
