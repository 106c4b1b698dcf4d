/** The certificate price of one year from a single price or a price path. */
import Decimal from "decimal.js";
import { InputError } from "../shared/inputError";
import type { DecimalInput } from "./decimal";
import { validateCertificatePrice } from "./validateInputs";

/** Certificate price by year: a Map or a plain object keyed by year, EUR per tCO2e. */
export type CertificatePricePath = ReadonlyMap<number, DecimalInput> | Readonly<Record<number, DecimalInput>>;

function isSinglePrice(price: DecimalInput | CertificatePricePath): price is DecimalInput {
  return typeof price === "number" || typeof price === "string" || Decimal.isDecimal(price);
}

/**
 * The price for `year`: the single price for every year, or the path's entry.
 * @throws InputError "notAvailable" naming `certificatePrice[year]` (or `name[year]`) when the path has no entry for
 *   the year, and the usual price validation error (price > 0, finite) naming the same argument.
 */
export function certificatePriceForYear(
  price: DecimalInput | CertificatePricePath,
  year: number,
  name = "certificatePrice",
): Decimal {
  if (isSinglePrice(price)) return validateCertificatePrice(price, name);
  const argument = `${name}[${year}]`;
  const entry =
    price instanceof Map ? price.get(year) : (price as Readonly<Record<number, DecimalInput>>)[year];
  if (entry === undefined || entry === null) {
    throw new InputError("notAvailable", argument, {
      en: `${argument}: the certificate price path has no price for year ${year}; it must cover every projected year.`,
      zh: `${argument}：证书价格路径缺少 ${year} 年的价格，必须覆盖每个预测年份。`,
    });
  }
  return validateCertificatePrice(entry, argument);
}
