/** The generated files checked when they load: a broken regeneration fails loudly, not quietly. */
import type { EuTables } from "./types";

export class EuDataError extends Error {
  constructor(message: string) {
    super(`EU data: ${message}`);
    this.name = "EuDataError";
  }
}

const isSha = (text: unknown): boolean => typeof text === "string" && /^[0-9a-f]{64}$/.test(text);

export function validateEuTables(tables: EuTables): EuTables {
  const { defaultValues, benchmarks, goods, countries } = tables;
  for (const source of [defaultValues.source, benchmarks.source, ...goods.sources]) {
    if (!source.file || !source.version || !isSha(source.sha256)) {
      throw new EuDataError(`source ${JSON.stringify(source)} lacks a file, version or sha256`);
    }
  }
  if (!defaultValues.tables.OTHER) throw new EuDataError('no "Other countries and territories" table');
  for (const [key, table] of Object.entries(defaultValues.tables)) {
    for (const row of table.rows) {
      if (!defaultValues.products[row[0]]) throw new EuDataError(`${key}: row points to no product`);
      const total = row[3];
      if (typeof total === "number" && !(total >= 0 && total < 100)) {
        throw new EuDataError(`${key}: total ${total} out of range`);
      }
    }
  }
  for (const row of benchmarks.rows) {
    if (!/^\d{8}$/.test(row[0])) throw new EuDataError(`benchmark code ${row[0]} is not 8 digits`);
  }
  if (goods.annexI.length === 0 || goods.exemptCountries.length === 0) throw new EuDataError("no CBAM goods");
  if (countries.countries.length < 200) throw new EuDataError("the ISO 3166 list is incomplete");
  return tables;
}
