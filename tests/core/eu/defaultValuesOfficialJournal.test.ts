/**
 * The add-in's default values against the binding text: every row of China's table, and every
 * table of every country, read from the Official Journal text of Implementing Regulation (EU)
 * 2025/2621 Annex I (support/officialJournal.ts), not from the add-in's own output.
 */
import { OTHER_TABLE, type EuLookup, type EuTables } from "../../../src/core/eu";
import { euLookup, euTables, inputErrorOf } from "./support/euTables";
import { ojTable, type OjRow } from "./support/officialJournal";

/** The OJ's sector rows ("Cement 10% mark-up 20% mark-up 30% mark-up") by goods id. */
const SECTOR_ROWS: Record<string, string> = {
  cement: "Cement",
  fertilisers: "Fertilisers",
  aluminium: "Aluminium",
  hydrogen: "Hydrogen",
  "iron-and-steel": "Iron and steel",
};

let eu: EuLookup;
let tables: EuTables;

beforeAll(async () => {
  eu = await euLookup();
  tables = await euTables();
});

/** The code as a user would type it, with the route mark where the table has two lines for it. */
function typed(row: OjRow, rows: readonly OjRow[]): string {
  const twice = rows.filter((other) => other.digits === row.digits).length > 1;
  return twice ? `${row.digits} (${row.route})` : row.digits;
}

describe("China, every row of the Official Journal table (IR 2025/2621 Annex I, OJ text lines 16125-16600)", () => {
  const china = ojTable("China");

  it("the OJ table was read (283 rows, five sector rows)", () => {
    expect(china.rows.length).toBe(283);
    expect(Object.keys(china.markups).sort()).toEqual([
      "Aluminium",
      "Cement",
      "Fertilisers",
      "Hydrogen",
      "Iron and steel",
    ]);
  });

  it("direct, indirect, total, route, the printed 2026, 2027 and 2028+ values and total × (1 + mark-up) match the OJ", () => {
    const mismatches: string[] = [];
    for (const row of china.rows) {
      const [direct, indirect, total, y2026, y2027, y2028] = row.fields;
      const code = typed(row, china.rows);
      if (total === "see below") {
        // Headings printed "see below": the user is asked for a longer code.
        expect(inputErrorOf(() => eu.defaultValue(code, "CN")).message).toMatch(/longer code|full code/);
        continue;
      }
      if (total === "–") {
        expect(eu.defaultValue(code, "CN").table).toBe(OTHER_TABLE);
        continue;
      }
      const found = eu.defaultValue(code, "CN");
      const sector = SECTOR_ROWS[found.sector]!;
      const years = [2026, 2027, 2028].map((year) => eu.defaultValue(code, "CN", year));
      const actual = [
        found.direct,
        found.indirect,
        found.total,
        found.route,
        ...years.map((y) => y.printedForYear),
        ...years.map((y) => y.valueForYear),
      ];
      // The year's value = OJ total × (1 + the sector row's mark-up), computed here from the OJ's
      // own figures (in thousandths, so the check does not depend on binary rounding).
      const expected = [
        direct,
        indirect,
        total,
        row.route,
        y2026,
        y2027,
        y2028,
        ...china.markups[sector]!.map(
          (markup) => (Math.round((total as number) * 1000) * Math.round((1 + markup) * 100)) / 100000,
        ),
      ];
      if (JSON.stringify(actual) !== JSON.stringify(expected) || found.table !== "CN") {
        mismatches.push(
          `line ${row.line} ${code}: OJ ${JSON.stringify(expected)}, add-in ${JSON.stringify(actual)}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe("every country's table against the OJ text", () => {
  it("every listed figure (direct, indirect, total, printed 2026/2027/2028+) and route of the generated tables is the OJ's", () => {
    const mismatches: string[] = [];
    for (const [key, table] of Object.entries(tables.defaultValues.tables)) {
      const oj = ojTable(table.name);
      if (oj.rows.length !== table.rows.length) {
        mismatches.push(`${table.name}: ${oj.rows.length} rows in the OJ, ${table.rows.length} generated`);
        continue;
      }
      table.rows.forEach((row, i) => {
        const ojRow = oj.rows[i]!;
        const product = tables.defaultValues.products[row[0]]!;
        // A row the OJ prints without figures, or with "–", is "–" (the Other table applies).
        const fields = ojRow.fields.length === 0 ? ["–", "–", "–"] : ojRow.fields;
        const total = fields[2];
        const generated =
          typeof total === "number"
            ? [
                product.code,
                row[1] ?? "–",
                row[2] ?? "–",
                row[3] ?? "–",
                row[4],
                ...row.slice(5).map((v) => v ?? "–"),
              ]
            : [product.code, row[3] ?? "–"];
        const expected =
          typeof total === "number"
            ? [ojRow.digits, ...fields.slice(0, 3), ojRow.route, ...fields.slice(3)]
            : [ojRow.digits, total];
        if (JSON.stringify(generated) !== JSON.stringify(expected)) {
          mismatches.push(
            `${key} line ${ojRow.line}: OJ ${JSON.stringify(expected)}, generated ${JSON.stringify(generated)}`,
          );
        }
      });
    }
    expect(mismatches).toEqual([]);
  });
});
