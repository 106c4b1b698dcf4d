/**
 * ISO 3166-1 countries with English and Chinese names, from the i18n-iso-countries package (a
 * build-time dependency only: the add-in ships the compact list this produces), and the
 * Commission tables' country names mapped to their codes.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";
import packageJson from "i18n-iso-countries/package.json";
import type { CountriesFile } from "../../core/eu/types";

countries.registerLocale(en);
countries.registerLocale(zh);

/** Names the Commission's tables use that the package does not know as such. */
const TABLE_NAMES: Record<string, string> = {
  "Myanmar/Burma": "MM",
  Brunei: "BN",
  Moldova: "MD",
  Türkiye: "TR",
  Taiwan: "TW",
  "North Korea": "KP",
  "South Korea": "KR",
  Laos: "LA",
  Russia: "RU",
  Iran: "IR",
  Syria: "SY",
  "Hong Kong": "HK",
  Congo: "CG",
  "Democratic Republic of the Congo": "CD",
  "Côte d'Ivoire": "CI",
  Curaçao: "CW",
};

export function isoCodeOfTable(name: string): string {
  const code = TABLE_NAMES[name] ?? countries.getAlpha2Code(name, "en");
  if (!code) throw new Error(`no ISO 3166 code for the Commission's table "${name}"`);
  return code;
}

/** Chinese names in common use that the package lists under another form. */
const EXTRA_ZH: Record<string, string[]> = {
  TW: ["台湾", "中国台湾"],
  HK: ["香港", "中国香港"],
  MO: ["澳门", "中国澳门"],
  KR: ["韩国"],
  KP: ["朝鲜"],
  US: ["美国"],
  GB: ["英国"],
};

/**
 * Annex III territories outside CBAM that have no ISO code of their own (their Chinese names are
 * the usual transliterations).
 */
const EXEMPT_TERRITORIES_ZH: Record<string, string[]> = {
  Büsingen: ["布辛根"],
  Heligoland: ["黑尔戈兰"],
  Livigno: ["利维尼奥"],
  Ceuta: ["休达"],
  Melilla: ["梅利利亚"],
};

const names = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export function countryList(tableNames: Record<string, string>, exemptTerritories: string[]): CountriesFile {
  const enNames = countries.getNames("en", { select: "all" });
  const zhNames = countries.getNames("zh", { select: "all" });
  const list = Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((code) => ({
      code,
      // The Commission's table name first: it is the name shown.
      en: [...new Set([...(tableNames[code] ? [tableNames[code]!] : []), ...names(enNames[code])])],
      zh: [...new Set([...names(zhNames[code]), ...(EXTRA_ZH[code] ?? [])])],
    }));
  return {
    source: { package: "i18n-iso-countries", version: packageJson.version, standard: "ISO 3166-1 alpha-2" },
    countries: list,
    exemptTerritories: exemptTerritories.map((name) => ({ en: name, zh: EXEMPT_TERRITORIES_ZH[name] ?? [] })),
  };
}
