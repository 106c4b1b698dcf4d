/** Argument specs that several functions share word for word (the argument help in Excel matches). */
import { text } from "../language";
import type { NumberSpec } from "./readers";

export const EU_PRICE: NumberSpec = {
  name: "eu_price",
  expects: text("EUR per certificate (tCO2e), above 0", "每张证书（tCO2e）欧元价，大于 0"),
};

export const YEAR: NumberSpec = {
  name: "year",
  expects: text("the import year, e.g. 2026", "进口年份，如 2026"),
};
