/**
 * Countries of origin as users write them: ISO 3166-1 alpha-2 code ("CN"), an English name (the
 * Commission's table name or the ISO names: "China", "Türkiye", "Turkey"), or a Chinese name
 * ("中国"). Annex III origins (Iceland, Liechtenstein, Norway, Switzerland and five territories)
 * are outside CBAM. Map look-ups only.
 */
import { InputError } from "../shared/inputError";
import type { CountriesFile } from "./types";

export interface CountryOrigin {
  exempt: false;
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: { en: string; zh: string };
}

export interface ExemptOrigin {
  exempt: true;
  /** ISO code, or null for an Annex III territory without one (Büsingen, Ceuta, …). */
  code: string | null;
  name: { en: string; zh: string };
}

export type Origin = CountryOrigin | ExemptOrigin;

/** Case, accents, apostrophes and spacing do not matter: "cote d’ivoire" = "Côte d'Ivoire". */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u3000]+/g, " ")
    .trim()
    .toLowerCase();
}

export function createCountryIndex(
  file: CountriesFile,
  exemptCountries: readonly string[],
): (value: unknown, argument?: string) => Origin {
  const byName = new Map<string, Origin>();
  const exemptNames = new Set(exemptCountries.map(foldName));
  const origins = file.countries.map((country): [Origin, string[]] => {
    const name = { en: country.en[0] ?? country.code, zh: country.zh[0] ?? country.en[0] ?? country.code };
    const exempt = country.en.some((en) => exemptNames.has(foldName(en)));
    const origin: Origin = exempt
      ? { exempt: true, code: country.code, name }
      : { exempt: false, code: country.code, name };
    return [origin, [...country.en, ...country.zh]];
  });
  // Codes and first names before other aliases: "Congo" is the Commission's table for CG,
  // although the ISO package also lists it as an alias of CD.
  for (const [origin, names] of origins) {
    byName.set(origin.code!.toLowerCase(), origin);
    byName.set(foldName(names[0] ?? origin.code!), origin);
  }
  for (const [origin, names] of origins) {
    for (const alias of names) {
      if (!byName.has(foldName(alias))) byName.set(foldName(alias), origin);
    }
  }
  for (const territory of file.exemptTerritories) {
    const origin: Origin = {
      exempt: true,
      code: null,
      name: { en: territory.en, zh: territory.zh[0] ?? territory.en },
    };
    for (const alias of [territory.en, ...territory.zh]) byName.set(foldName(alias), origin);
  }
  return (value, argument = "country") => {
    const typed = typeof value === "string" ? value : "";
    const origin = typed.trim() === "" ? undefined : byName.get(foldName(typed.normalize("NFKC")));
    if (origin) return origin;
    const shown = typeof value === "string" ? value : String(value ?? "");
    throw new InputError("value", argument, {
      en: `${argument}: "${shown}" is not a country; expected an ISO 3166 code (e.g. CN), an English name (China) or a Chinese name (中国).`,
      zh: `${argument}：“${shown}”不是国家或地区；应为ISO 3166代码（如 CN）、英文名（China）或中文名（中国）。`,
    });
  };
}
