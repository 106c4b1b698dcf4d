/**
 * Reads the default-value tables straight from the Official Journal text of Implementing
 * Regulation (EU) 2025/2621 (shared/eu-cbam/legal/IR-2025-2621-default-values.txt), so the tests
 * compare the add-in's data with the binding figures and not with its own output. Each table
 * starts with the country's name on a line followed by the "Product CN Code …" header (repeated
 * on every page); a row is a CN code line with its description, then six fields (direct,
 * indirect, total, 2026, 2027, 2028+) and an optional route mark, on the same or a later line.
 */
import * as fs from "fs";
import * as path from "path";

export const EU_CBAM_DIR = path.resolve(__dirname, "../../../../../shared/eu-cbam");
export const OJ_DEFAULT_VALUES = path.join(EU_CBAM_DIR, "legal/IR-2025-2621-default-values.txt");

export type OjField = number | "–" | "N/A" | "see below";

export interface OjRow {
  /** 1-based line number of the code in the OJ text, for messages. */
  line: number;
  digits: string;
  description: string;
  /** direct, indirect, total, 2026, 2027, 2028 and onwards. */
  fields: OjField[];
  route: string;
}

export interface OjTable {
  name: string;
  rows: OjRow[];
  /** Mark-up labels by sector row: "Cement" → [0.1, 0.2, 0.3]. */
  markups: Record<string, number[]>;
}

const FIELD = String.raw`(\d+(?:,\d+)?|–|-|_|N\/A|N\.A\.|N\/a|N\/\(A)`;
const FIGURES = new RegExp(
  String.raw`(?:^|\s)${FIELD} ${FIELD} ${FIELD} ${FIELD} ${FIELD} ${FIELD}(?:\s+(\([A-Z]\)(?:\s*\/\s*\([A-Z]\))?|N\/A))?\s*$`,
);
const SEE_BELOW = /see below/;
const CODE = /^(\d{4}(?: \d{2}){0,3})(?=\s|$)(.*)$/;
const SECTOR =
  /^(Cement|Fertilisers|Aluminium|Hydrogen|Iron and steel) (\d+)% mark-up (\d+)% mark-up (\d+)% mark-up/;

function field(text: string): OjField {
  if (/^[–\-_]$/.test(text)) return "–";
  if (/^N/.test(text)) return "N/A";
  return Number(text.replace(",", "."));
}

interface Line {
  /** 1-based line number in the file. */
  n: number;
  text: string;
}

let cache: Line[] | null = null;
/** The text's lines; a sector row glued to the previous row ("… (K)Hydrogen 10% mark-up …") is split off. */
const ojLines = (): Line[] =>
  (cache ??= fs
    .readFileSync(OJ_DEFAULT_VALUES, "utf8")
    .split(/\r?\n/)
    .flatMap((text, i) =>
      text
        .replace(/(\S)((?:Cement|Fertilisers|Aluminium|Hydrogen|Iron and steel) \d+% mark-up)/g, "$1\n$2")
        // A sector row without mark-ups glued to the next code: "Aluminium7601 Unwrought …".
        .replace(/^(Cement|Fertilisers|Aluminium|Hydrogen|Iron and steel)(\d{4} )/, "$1\n$2")
        .split("\n")
        .map((part) => ({ n: i + 1, text: part })),
    ));

/** Every row of one country's table ("China", "Other Countries and Territories"), in order. */
export function ojTable(name: string): OjTable {
  const lines = ojLines();
  const end = lines.findIndex((line) => /^ANNEX II\s*$/.test(line.text));
  const table: OjTable = { name, rows: [], markups: {} };
  let inTable = false;
  let inHeader = false;
  let open: OjRow | null = null;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!.text.trim();
    if (lines[i + 1]?.text.startsWith("Product CN Code")) {
      // Long names wrap: "Other Countries and" / "Territories", even "Per" / "u".
      const previous = lines[i - 1]?.text.trim() ?? "";
      inTable = [line, `${previous} ${line}`, `${previous}${line}`].includes(name);
      continue;
    }
    if (!inTable) continue;
    if (line.startsWith("Product CN Code")) {
      inHeader = !line.endsWith("BM");
      continue;
    }
    if (inHeader) {
      if (line.endsWith("BM")) inHeader = false;
      continue;
    }
    const sector = SECTOR.exec(line);
    if (sector) {
      table.markups[sector[1]!] = [sector[2], sector[3], sector[4]].map((p) => Number(p) / 100);
      open = null;
      continue;
    }
    const code = CODE.exec(line);
    if (code) {
      open = {
        line: lines[i]!.n,
        digits: code[1]!.replace(/ /g, ""),
        description: code[2]!.trim(),
        fields: [],
        route: "",
      };
      table.rows.push(open);
    }
    if (!open || open.fields.length > 0) continue;
    if (SEE_BELOW.test(line)) {
      open.fields = Array(6).fill("see below");
      continue;
    }
    const figures = FIGURES.exec(line);
    if (figures) {
      open.fields = figures.slice(1, 7).map((text) => field(text!));
      open.route = (figures[7] ?? "").replace(/N\/A|[()\s]/g, "");
    }
  }
  return table;
}
