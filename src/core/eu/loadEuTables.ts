/**
 * Loads the generated EU tables on first use. In the add-in each file is a separate webpack chunk
 * served from the add-in's own origin (the functions bundle stays small); in Node and the tests
 * the same dynamic imports read the JSON files. Later calls reuse the first load.
 */
import { createEuLookup, type EuLookup } from "./euLookup";
import type { BenchmarksFile, CbamGoodsFile, CountriesFile, DefaultValuesFile, EuTables } from "./types";

let tables: Promise<EuTables> | null = null;
let lookup: Promise<EuLookup> | null = null;
let loaded: EuLookup | null = null;

export function loadEuTables(): Promise<EuTables> {
  tables ??= Promise.all([
    import(/* webpackChunkName: "eu-default-values" */ "./data/defaultValues.json"),
    import(/* webpackChunkName: "eu-benchmarks" */ "./data/benchmarks.json"),
    import(/* webpackChunkName: "eu-goods" */ "./data/cbamGoods.json"),
    import(/* webpackChunkName: "eu-goods" */ "./data/countries.json"),
  ]).then(([defaultValues, benchmarks, goods, countries]) => ({
    defaultValues: (defaultValues.default ?? defaultValues) as unknown as DefaultValuesFile,
    benchmarks: (benchmarks.default ?? benchmarks) as unknown as BenchmarksFile,
    goods: (goods.default ?? goods) as unknown as CbamGoodsFile,
    countries: (countries.default ?? countries) as unknown as CountriesFile,
  }));
  tables.catch(() => {
    tables = null;
  });
  return tables;
}

/** The lookups, built once over the loaded tables. */
export function loadEuLookup(): Promise<EuLookup> {
  lookup ??= loadEuTables().then((ready) => (loaded = createEuLookup(ready)));
  lookup.catch(() => {
    lookup = null;
  });
  return lookup;
}

/** The lookups if they have loaded already, else null (for a first render without waiting). */
export function loadedEuLookup(): EuLookup | null {
  return loaded;
}
