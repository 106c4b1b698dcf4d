/** A quote total from its lines, as an invoice shows it. */
import type Decimal from "decimal.js";
import { coerceDecimal } from "./coerceDecimal";
import { roundToCent, ZERO, type DecimalInput } from "./decimal";
import type { CbamBreakdown } from "./types";

/**
 * Total EUR cost of a quote: the sum of the lines' costs each rounded half-up to the cent, so the
 * total always equals the line-by-line sum printed on the quote (never a re-rounded grand total).
 * Lines are breakdowns (their `costEur`) or amounts in EUR. Exact: Decimal addition of cents.
 * @throws InputError naming `lines[i]` for a non-numeric amount.
 */
export function sumCosts(lines: readonly (CbamBreakdown | DecimalInput)[]): Decimal {
  return lines.reduce<Decimal>((total, line, i) => {
    const amount =
      typeof line === "object" && "costEur" in line ? line.costEur : coerceDecimal(line, `lines[${i}]`);
    return total.plus(roundToCent(amount));
  }, ZERO);
}
