import { parseArgs } from "node:util";
import type { UiLanguage } from "../core/shared/localizedText";
import { parseFraction, parseLanguage } from "./cliArgs";

export interface SupplierCliOptions {
  files: string[];
  json: boolean;
  language: UiLanguage;
  out?: string;
  maxDefaultValueShare?: number;
}

export type ParsedCbamCli =
  | { kind: "help" }
  | { kind: "supplier"; options: SupplierCliOptions }
  | { kind: "usage-error"; message: string };

export function parseCbamCli(argv: readonly string[]): ParsedCbamCli {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help")
    return { kind: "help" };
  if (command !== "supplier") return { kind: "usage-error", message: `Unknown command "${command}".` };
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        lang: { type: "string" },
        out: { type: "string" },
        "max-default-share": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { kind: "usage-error", message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (positionals.length === 0)
    return { kind: "usage-error", message: "Missing the template file(s) or folder to read." };
  const language = parseLanguage(values.lang);
  if (typeof language !== "string") return language;
  if (values.out !== undefined && !values.out.toLowerCase().endsWith(".xlsx"))
    return { kind: "usage-error", message: `--out must name an .xlsx file (got "${values.out}").` };
  const share = values["max-default-share"];
  const maxDefaultValueShare = share === undefined ? undefined : parseFraction(share);
  if (maxDefaultValueShare !== undefined && !(maxDefaultValueShare >= 0 && maxDefaultValueShare <= 1))
    return {
      kind: "usage-error",
      message: "--max-default-share must be a share from 0 to 1 or 0% to 100%, e.g. 20%.",
    };
  return {
    kind: "supplier",
    options: {
      files: positionals,
      json: values.json === true,
      language,
      out: values.out,
      maxDefaultValueShare,
    },
  };
}

export const CBAM_HELP = `zc-cbam supplier: read and check the EU's CBAM Communication template (installation → importer)

Usage: zc-cbam supplier <file.xlsx|folder>... [--json] [--lang en|zh] [--out summary.xlsx]
                        [--max-default-share 20%]

  --json                 print the installation, products and findings as JSON (an array for several files)
  --lang en|zh           language of the report and messages (default en)
  --out FILE.xlsx        also write a summary of every product (and the findings) to this workbook
  --max-default-share S  flag products whose share of emissions from default values exceeds S;
                         no act sets a limit for the definitive period, so none is checked unless given
  -h, --help             this text

A folder stands for every .xlsx in it. With several files, the report ends with a CSV table of
every product (or goes to --out). Reads templates version 2.1 and 2.1.1 by their header texts.

Exit codes: 0 no error finding, 1 an error finding in some file,
            2 usage problem, or a file missing, unreadable or not a Communication template.
Values are read as saved: formulas saved without a calculated value read as blank.
`;
