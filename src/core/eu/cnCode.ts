/**
 * CN codes as users type them: text or number, with spaces or dots, 4 to 10 digits ("7208",
 * 72085120, "7208 51 20", "7208.51.20.00"). A line the tables print twice (white and grey
 * clinker) is picked by a route mark after the code: "2523 10 00 (A)".
 */
import { InputError } from "../shared/inputError";

export interface CnCodeInput {
  /** The code's digits, 4 to 10. */
  digits: string;
  /** A route letter written after the code ("(A)"), to pick one of two lines; else null. */
  route: string | null;
}

function fail(argument: string, shown: string): InputError {
  return new InputError("value", argument, {
    en: `${argument}: "${shown}" is not a CN code; expected 4 to 10 digits, e.g. 7208 51 20 or 72085120.`,
    zh: `${argument}：“${shown}”不是CN编码；应为4至10位数字，如 7208 51 20 或 72085120。`,
  });
}

/** Parses a CN code (and an optional route mark) or throws InputError (#VALUE!) naming `argument`. */
export function parseCnCodeInput(value: unknown, argument = "cn_code"): CnCodeInput {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1000 && value < 1e10)
      return { digits: String(value), route: null };
    throw fail(argument, String(value));
  }
  if (typeof value !== "string" || value.trim() === "") {
    throw new InputError("value", argument, {
      en: `${argument} is empty; expected a CN code of 4 to 10 digits, e.g. 7208 51 20.`,
      zh: `${argument} 为空；应为4至10位数字的CN编码，如 7208 51 20。`,
    });
  }
  const typed = value.normalize("NFKC").trim();
  const match = /^([\d\s.]+?)\s*(?:\(([A-Za-z])\))?$/.exec(typed);
  const digits = match ? match[1]!.replace(/[\s.]/g, "") : "";
  if (!match || !/^\d{4,10}$/.test(digits)) throw fail(argument, value);
  return { digits, route: match[2] ? match[2].toUpperCase() : null };
}

/** The digits of a CN code (see parseCnCodeInput); a route mark is refused here. */
export function parseCnCode(value: unknown, argument = "cn_code"): string {
  const parsed = parseCnCodeInput(value, argument);
  if (parsed.route !== null) throw fail(argument, String(value));
  return parsed.digits;
}

/** "72085120" → "7208 51 20", "720851" → "7208 51", the way the tariff prints codes. */
export function formatCnCode(digits: string): string {
  return [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8), digits.slice(8, 10)]
    .filter((part) => part !== "")
    .join(" ");
}
