/**
 * CN codes on a quote line: a heading (4 digits), a subheading (6) or the full 8-digit code, and
 * the CBAM good the code implies. A customs declaration needs all 8 digits; a quote is often made
 * from the heading alone, so the shorter forms are accepted and the pane says so.
 */
import type { CbamGood } from "../cbam";
import { foldWidth } from "../sheet/normalizeText";
import { CN_CODE_GOOD_RULES } from "./cnCodeGoods";

/** "7208 51 20", "7208.51.20", "７２０８" → "72085120" / "7208"; null unless 4, 6 or 8 digits remain. */
export function normalizeCnCode(typed: string): string | null {
  const digits = foldWidth(typed).replace(/[\s.]/g, "");
  return /^(\d{4}|\d{6}|\d{8})$/.test(digits) ? digits : null;
}

/** True for a heading or subheading: the good can be named, the declaration still needs 8 digits. */
export function isShortCnCode(code: string): boolean {
  return code.length < 8;
}

/** "72085120" → "7208 51 20": the EU data's one formatter. */
export { formatCnCode } from "../eu/cnCode";

/**
 * The CBAM good a normalized CN code belongs to, or null when Annex I does not map it
 * unambiguously (not covered, or covered only in part): then the user picks the good. A heading
 * maps only when all of it is covered: 3105 does not (3105 60 00 is excluded), 2507 does not
 * (only 2507 00 80 is listed).
 */
export function cbamGoodForCnCode(code: string): CbamGood | null {
  const rule = CN_CODE_GOOD_RULES.find(
    (candidate) =>
      code.startsWith(candidate.prefix) &&
      !(candidate.except ?? []).some((prefix) => code.startsWith(prefix) || prefix.startsWith(code)),
  );
  return rule?.good ?? null;
}
