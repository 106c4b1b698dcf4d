/**
 * The custom functions' metadata as Excel reads it (dist/functions.json and its zh-CN copy, built
 * from the JSDoc in src/functions/functions.ts). The help page renders this, and nothing else, so
 * it cannot drift from the formula bar's help.
 */
import type { UiLanguage } from "../../core/shared/localizedText";

/** Namespace of the add-in's functions (manifest.xml, Functions.Namespace). */
export const FUNCTION_NAMESPACE = "ZC";

export interface FunctionParameter {
  name: string;
  description?: string;
  optional?: boolean;
  repeating?: boolean;
  type?: string;
  dimensionality?: string;
}

export interface FunctionEntry {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: FunctionParameter[];
  result?: { description?: string; type?: string; dimensionality?: string };
}

/** The metadata file Excel reads for a language (the manifest overrides zh-CN). */
export function metadataFileFor(language: UiLanguage): string {
  return language === "zh" ? "functions.zh-CN.json" : "functions.json";
}

/** Thrown when the file is not shaped like custom-functions metadata; the message says where. */
export class MetadataFormatError extends Error {
  override readonly name = "MetadataFormatError";
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function optionalString(record: Record<string, unknown>, key: string, where: string): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new MetadataFormatError(`${where}.${key} is not text`);
  return value;
}

function requiredString(record: Record<string, unknown>, key: string, where: string): string {
  const value = optionalString(record, key, where);
  if (value === undefined || value.trim() === "") throw new MetadataFormatError(`${where} has no ${key}`);
  return value;
}

function readParameter(value: unknown, where: string): FunctionParameter {
  if (!isRecord(value)) throw new MetadataFormatError(`${where} is not an object`);
  return {
    name: requiredString(value, "name", where),
    description: optionalString(value, "description", where),
    optional: value.optional === true,
    repeating: value.repeating === true,
    type: optionalString(value, "type", where),
    dimensionality: optionalString(value, "dimensionality", where),
  };
}

function readFunction(value: unknown, index: number): FunctionEntry {
  const where = `functions[${index}]`;
  if (!isRecord(value)) throw new MetadataFormatError(`${where} is not an object`);
  const parameters = value.parameters ?? [];
  if (!Array.isArray(parameters)) throw new MetadataFormatError(`${where}.parameters is not a list`);
  const result = value.result;
  if (result !== undefined && !isRecord(result))
    throw new MetadataFormatError(`${where}.result is not an object`);
  return {
    id: requiredString(value, "id", where),
    name: requiredString(value, "name", where),
    description: optionalString(value, "description", where),
    helpUrl: optionalString(value, "helpUrl", where),
    parameters: parameters.map((p, i) => readParameter(p, `${where}.parameters[${i}]`)),
    result: result && {
      description: optionalString(result, "description", `${where}.result`),
      type: optionalString(result, "type", `${where}.result`),
      dimensionality: optionalString(result, "dimensionality", `${where}.result`),
    },
  };
}

/** Checks and narrows parsed JSON; throws MetadataFormatError naming the first bad field. */
export function parseFunctionsMetadata(json: unknown): FunctionEntry[] {
  if (!isRecord(json) || !Array.isArray(json.functions))
    throw new MetadataFormatError("it has no list of functions");
  return json.functions.map(readFunction);
}

/** Case-insensitive lookup by id (Excel's function names are case-insensitive). */
export function findFunction(functions: readonly FunctionEntry[], id: string): FunctionEntry | undefined {
  const wanted = id.trim().toUpperCase();
  return functions.find((fn) => fn.id.toUpperCase() === wanted);
}

/** `=ZC.CBAM_COST(embedded, quantity, …, [benchmark])`: optional arguments in brackets. */
export function syntaxLine(fn: FunctionEntry): string {
  const args = fn.parameters.map((p) => {
    const name = p.optional ? `[${p.name}]` : p.name;
    return p.repeating ? `${name}, …` : name;
  });
  return `=${FUNCTION_NAMESPACE}.${fn.name}(${args.join(", ")})`;
}

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|cf|Art|No|vs)$/;

/** The description's first sentence, for the index (the whole text when it has one sentence). */
export function firstSentence(description: string | undefined): string {
  const text = (description ?? "").trim();
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "。") return text.slice(0, i + 1);
    if (
      char === "." &&
      (i + 1 === text.length || /\s/.test(text[i + 1]!)) &&
      !ABBREVIATIONS.test(text.slice(0, i))
    )
      return text.slice(0, i + 1);
  }
  return text;
}
