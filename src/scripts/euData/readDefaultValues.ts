/**
 * The Commission's default-values workbook (IR (EU) 2025/2621 Annex I as a table): one sheet per
 * country plus "_Other Countries and Territorie"; row 1 the table's title, row 2 the headers,
 * then sector rows ("Cement" … "10% mark-up") and product rows: CN code (text "2523 10 00",
 * integer 28141000 or heading "7208"), description, direct, indirect, total, the three
 * mark-up columns (derived, not kept) and the route letter.
 */
import ExcelJS from "exceljs";
import type { CbamGood } from "../../core/cbam";
import type {
  DefaultField,
  DefaultValueProduct,
  DefaultValueRow,
  DefaultValuesFile,
} from "../../core/eu/types";
import { cnDigits, defaultField, plain, routeLetter } from "./cells";
import { isoCodeOfTable } from "./countryList";
import { sectorOf } from "./sectors";
import { workbookSource } from "./sourceInfo";

const OTHER = /^other countries and territories$/i;

function markupOf(value: ExcelJS.CellValue): number {
  const match = /^(\d+(?:[.,]\d+)?)\s*%\s*mark-up$/i.exec(String(plain(value) ?? "").trim());
  if (!match) throw new Error(`unexpected mark-up label "${String(plain(value))}"`);
  return Number(match[1]!.replace(",", ".")) / 100;
}

/** An "including mark-up" column as the OJ prints it (three decimals), or null. */
function printedValue(value: ExcelJS.CellValue): DefaultField {
  const printed = defaultField(value);
  return printed === "see below" ? null : printed;
}

export async function readDefaultValues(file: string): Promise<DefaultValuesFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const source = workbookSource(
    file,
    workbook,
    "European Commission, CBAM default values workbook",
    "Commission Implementing Regulation (EU) 2025/2621, Annex I",
  );
  const products: DefaultValueProduct[] = [];
  const productIndex = new Map<string, number>();
  const markups: Record<string, [number, number, number]> = {};
  const tables: DefaultValuesFile["tables"] = {};

  for (const sheet of workbook.worksheets) {
    const header = String(plain(sheet.getCell(2, 1).value) ?? "");
    if (!/CN Code/i.test(header)) continue;
    const name = String(plain(sheet.getCell(1, 1).value) ?? sheet.name).trim();
    const key = OTHER.test(name) ? "OTHER" : isoCodeOfTable(name);
    if (tables[key]) throw new Error(`two tables for ${key} (${name})`);
    const rows: DefaultValueRow[] = [];
    let sector: CbamGood | null = null;
    sheet.eachRow((row, number) => {
      if (number <= 2) return;
      const first = row.getCell(1).value;
      const banner = sectorOf(plain(first));
      if (banner) {
        sector = banner;
        // Some tables leave a sector row's mark-up labels blank; the others must all agree.
        if ([6, 7, 8].some((column) => plain(row.getCell(column).value) === null)) return;
        const labels: [number, number, number] = [
          markupOf(row.getCell(6).value),
          markupOf(row.getCell(7).value),
          markupOf(row.getCell(8).value),
        ];
        const known = markups[banner];
        if (known && known.join() !== labels.join()) {
          throw new Error(`${sheet.name}: ${banner} mark-ups ${labels.join()} differ from ${known.join()}`);
        }
        markups[banner] = labels;
        return;
      }
      const code = cnDigits(first);
      if (code === null) {
        if (plain(first) !== null && String(plain(first)).trim() !== "") {
          throw new Error(`${sheet.name} row ${number}: "${String(plain(first))}" is no CN code`);
        }
        return;
      }
      if (sector === null) throw new Error(`${sheet.name} row ${number}: product before any sector row`);
      const description = String(plain(row.getCell(2).value) ?? "").trim();
      const id = `${code}|${description}`;
      let index = productIndex.get(id);
      if (index === undefined) {
        index = products.length;
        products.push({ code, description, sector });
        productIndex.set(id, index);
      }
      const direct = defaultField(row.getCell(3).value);
      const indirect = defaultField(row.getCell(4).value);
      const total = defaultField(row.getCell(5).value);
      rows.push([
        index,
        direct === "see below" ? null : direct,
        indirect === "see below" ? null : indirect,
        total,
        routeLetter(row.getCell(9).value),
        printedValue(row.getCell(6).value),
        printedValue(row.getCell(7).value),
        printedValue(row.getCell(8).value),
      ]);
    });
    tables[key] = { name, rows };
  }
  for (const product of products) {
    if (!markups[product.sector]) throw new Error(`no mark-up row for ${product.sector}`);
  }
  if (!tables.OTHER) throw new Error(`${file}: no "Other countries and territories" table`);
  return { source, markups, products, tables };
}
