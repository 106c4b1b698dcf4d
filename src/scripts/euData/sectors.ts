/** Sector names as the Commission's files and the Annexes print them → the add-in's goods ids. */
import type { CbamGood } from "../../core/cbam";

const SECTORS: Record<string, CbamGood> = {
  cement: "cement",
  fertilisers: "fertilisers",
  aluminium: "aluminium",
  hydrogen: "hydrogen",
  chemicals: "hydrogen",
  "iron and steel": "iron-and-steel",
  "iron & steel": "iron-and-steel",
  electricity: "electricity",
};

export function sectorOf(name: unknown): CbamGood | null {
  return typeof name === "string" ? (SECTORS[name.trim().toLowerCase()] ?? null) : null;
}
