/**
 * CBAM goods from the Official Journal texts: Regulation (EU) 2023/956 Annex I (goods by CN code
 * and sector), Annex II (goods for which only direct emissions count) and Annex III (origins
 * outside CBAM), and Regulation (EU) 2025/2083, which adds electricity to Annex II.
 */
import * as fs from "node:fs";
import type { CbamGood } from "../../core/cbam";
import type { AnnexEntry, CbamGoodsFile } from "../../core/eu/types";
import { sectorOf } from "./sectors";
import { textSource } from "./sourceInfo";

const CODE_LINE = /^(\d{2}(?: ?\d{1,2}){0,3}) – (.*)$/;
const GAS = /\s*Carbon dioxide(?: and(?: nitrous oxide| perfluorocarbons)?)?\s*$/;
const NOISE =
  /^(CN code Greenhouse gas|L \d+\/\d+ EN Official Journal.*|\d+\.\d+\.\d+ EN Official Journal.*|perfluorocarbons)$/;

function between(lines: string[], start: RegExp, end: RegExp): string[] {
  const from = lines.findIndex((line) => start.test(line.trim()));
  if (from < 0) throw new Error(`no line matching ${start}`);
  const to = lines.findIndex((line, i) => i > from && end.test(line.trim()));
  return lines.slice(from + 1, to < 0 ? undefined : to).map((line) => line.trim());
}

/** Code lines of one Annex table, with their sector, description and "Except:" lists. */
function parseGoodsTable(
  lines: string[],
  source: string,
  initialSector: CbamGood | null = null,
): AnnexEntry[] {
  const entries: AnnexEntry[] = [];
  let sector = initialSector;
  let current: AnnexEntry | null = null;
  let excepting = false;
  let lastExcept = false;
  for (const raw of lines) {
    if (raw === "" || NOISE.test(raw)) continue;
    const heading = sectorOf(raw);
    if (heading) {
      sector = heading;
      current = null;
      excepting = false;
      continue;
    }
    let line = raw;
    if (/^Except:/.test(line)) {
      excepting = true;
      line = line.replace(/^Except:\s*/, "");
      if (line === "") continue;
    }
    const match = CODE_LINE.exec(line);
    if (match && sector) {
      const code = match[1]!.replace(/ /g, "");
      const description = match[2]!.replace(GAS, "").trim();
      if (excepting && current) {
        current.except.push(code);
        lastExcept = true;
      } else {
        current = { code, description, sector, except: [], source };
        entries.push(current);
        lastExcept = false;
      }
      if (GAS.test(match[2]!)) excepting = false;
      continue;
    }
    if (/^Carbon dioxide/.test(line)) {
      excepting = false;
      continue;
    }
    // A description running over several lines (the gas may close it).
    if (current && !lastExcept) {
      const closes = GAS.test(line);
      current.description = `${current.description} ${line.replace(GAS, "")}`.trim();
      if (closes) excepting = false;
    }
  }
  return entries;
}

/** Regulation (EU) 2025/2083 Art. 1(28): "in Annex I, the CN code ‘…’ is replaced by ‘…’". */
function applyAnnexIReplacements(annexI: AnnexEntry[], omnibus: string): void {
  const pattern = /in Annex I, the CN code ‘([^’]+)’ is replaced by ‘([^’]+)’/g;
  for (const match of omnibus.matchAll(pattern)) {
    const [, before, after] = match;
    const code = /^([\d ]+) –/.exec(before!.trim())?.[1]?.replace(/ /g, "");
    const entry = annexI.find((candidate) => candidate.code === code);
    const replaced = /^(?:ex )?[\d ]+ – (.*)$/.exec(after!.replace(/\s+/g, " ").trim());
    if (!entry || !replaced) throw new Error(`cannot apply the Annex I replacement of ${before}`);
    entry.description = replaced[1]!;
    entry.source = `${entry.source}, as amended by Regulation (EU) 2025/2083`;
  }
}

function dashedNames(lines: string[]): string[] {
  return lines.filter((line) => line.startsWith("— ")).map((line) => line.slice(2).trim());
}

export function readAnnexes(regulationFile: string, omnibusFile: string): CbamGoodsFile {
  const regulation = fs.readFileSync(regulationFile, "utf8").split(/\r?\n/);
  const omnibus = fs.readFileSync(omnibusFile, "utf8").split(/\r?\n/);
  const base = "Regulation (EU) 2023/956";
  const annexI = parseGoodsTable(between(regulation, /^ANNEX I$/, /^ANNEX II$/), `${base}, Annex I`);
  const annexII = parseGoodsTable(between(regulation, /^ANNEX II$/, /^ANNEX III$/), `${base}, Annex II`);
  const added = between(omnibus, /^\(\d+\) in Annex II, the following table is added:$/, /^\(\d+\)/)
    .map((line) => line.replace(/^[‘’']|[‘’']$/g, ""))
    .filter((line) => CODE_LINE.test(line));
  for (const row of parseGoodsTable(["Electricity", ...added], "Regulation (EU) 2025/2083, Article 1(29)"))
    annexII.push(row);
  applyAnnexIReplacements(annexI, omnibus.join(" "));
  const annexIII = between(regulation, /^ANNEX III$/, /^ANNEX IV$/);
  const territoriesAt = annexIII.findIndex((line) => /following territories/.test(line));
  const electricityAt = annexIII.findIndex((line) => /^2\./.test(line));
  const exemptCountries = dashedNames(annexIII.slice(0, territoriesAt));
  const exemptTerritories = dashedNames(annexIII.slice(territoriesAt, electricityAt));
  if (annexI.length < 30 || annexII.length < 20 || exemptCountries.length !== 4) {
    throw new Error(
      `Annexes read badly: ${annexI.length} Annex I, ${annexII.length} Annex II, ${exemptCountries.length} exempt countries`,
    );
  }
  return {
    sources: [textSource(regulationFile, base), textSource(omnibusFile, "Regulation (EU) 2025/2083")],
    annexI,
    annexII,
    exemptCountries,
    exemptTerritories,
  };
}
