/** CN codes on a quote line: the 8-digit format and the CBAM good the code implies. */
import type { CbamGood } from "../cbam";
import { CN_CODE_GOOD_RULES } from "./cnCodeGoods";

/** "7208 51 20", "7208.51.20" → "72085120"; null unless exactly 8 digits remain. */
export function normalizeCnCode(typed: string): string | null {
  const digits = typed.replace(/[\s.]/g, "");
  return /^\d{8}$/.test(digits) ? digits : null;
}

/** "72085120" → "7208 51 20", the way the tariff prints it. */
export function formatCnCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4, 6)} ${code.slice(6, 8)}`;
}

/**
 * The CBAM good a normalized CN code belongs to, or null when Annex I does not map it
 * unambiguously (not covered, or covered only in part): then the user picks the good.
 */
export function cbamGoodForCnCode(code: string): CbamGood | null {
  const rule = CN_CODE_GOOD_RULES.find(
    (candidate) =>
      code.startsWith(candidate.prefix) &&
      !(candidate.except ?? []).some((prefix) => code.startsWith(prefix)),
  );
  return rule?.good ?? null;
}
