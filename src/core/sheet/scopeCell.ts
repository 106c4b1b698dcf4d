import type { ParsedCell } from "./cellValue";
import { normalizeLabel } from "./normalizeText";

export type ScopeNumber = 1 | 2 | 3;

const SCOPE_WORDS = /范围|scope|排放|emissions?|\s/g;
const CJK_DIGITS: Record<string, ScopeNumber> = { 一: 1, 二: 2, 三: 3, "1": 1, "2": 2, "3": 3 };

/** "范围1", "Scope 2", "S3", "范围三", 1 → the scope; anything else → null. */
export function parseScope(cell: ParsedCell): ScopeNumber | null {
  if (cell.kind === "number")
    return cell.value === 1 || cell.value === 2 || cell.value === 3 ? cell.value : null;
  if (cell.kind !== "text") return null;
  let rest = normalizeLabel(cell.text).replace(SCOPE_WORDS, "");
  if (rest.startsWith("s")) rest = rest.slice(1);
  return CJK_DIGITS[rest] ?? null;
}
