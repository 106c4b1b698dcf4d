/**
 * A number as people type it into a form field → the plain decimal text the engine's validators
 * read, without going through a float. Accepts full-width digits and punctuation (１２３, ．, ，),
 * thousands grouped in threes by commas ("1,000", "1，000") or by spaces, including the
 * no-break and thin spaces Excel and Word paste ("1 000", "1 000"). A lone comma as a decimal
 * mark ("1,5") is not read: it would silently be fifteen or one and a half depending on the
 * reader. The sheet reader's counterpart is parseNumberText in ../sheet/cellValue.ts.
 */
import { foldWidth } from "../sheet/normalizeText";

const GROUP_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^([+-]?)(\d{1,3}(?:([, ])\d{3})+)(\.\d*)?$/;

/** "1,000" → "1000", "１２.５" → "12.5"; null when the text is not one number. */
export function typedNumberText(typed: string): string | null {
  const text = foldWidth(typed).replace(GROUP_SPACES, " ").replaceAll("\u2212", "-").trim();
  if (PLAIN.test(text)) return text;
  const grouped = GROUPED.exec(text);
  if (!grouped) return null;
  const [, sign, whole, separator, fraction = ""] = grouped;
  // One separator throughout: "1,000 000" is more likely a typo than a number.
  if (whole!.split(separator!).some((group, i) => i > 0 && group.length !== 3)) return null;
  if (whole!.includes(separator === "," ? " " : ",")) return null;
  return `${sign}${whole!.replaceAll(separator!, "")}${fraction}`;
}

/** The typed text as the validators should see it: normalized when it reads as a number, else unchanged. */
export function numberForValidation(typed: string): string {
  return typedNumberText(typed) ?? typed;
}
