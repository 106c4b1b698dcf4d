import { parseArgs } from "node:util";
import type { UiLanguage } from "../core/shared/localizedText";

export interface CliOptions {
  file: string;
  sheet?: string;
  park?: string;
  patentsTarget?: number;
  cbamAnnualCost?: number;
  profiles: string[];
  json: boolean;
  language: UiLanguage;
  progress: boolean;
  year?: number;
  relaxation?: number;
}

export type ParsedCli =
  { kind: "help" } | { kind: "run"; options: CliOptions } | { kind: "usage-error"; message: string };

export function parseCli(argv: readonly string[]): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string" },
        park: { type: "string" },
        "patents-target": { type: "string" },
        "cbam-cost": { type: "string" },
        profile: { type: "string", multiple: true },
        json: { type: "boolean" },
        lang: { type: "string" },
        progress: { type: "boolean" },
        year: { type: "string" },
        relax: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { kind: "usage-error", message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (positionals.length !== 1) {
    return {
      kind: "usage-error",
      message: positionals.length === 0 ? "Missing the .xlsx file to validate." : "Give exactly one file.",
    };
  }
  const lang = parseLanguage(values.lang);
  if (typeof lang !== "string") return lang;
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year))
    return { kind: "usage-error", message: `--year must be a year such as 2024.` };
  const relaxation = values.relax === undefined ? undefined : parseFraction(values.relax);
  if (Number.isNaN(relaxation))
    return { kind: "usage-error", message: `--relax must be a fraction or a percentage, e.g. 0.2 or 20%.` };
  const patentsTarget = positiveOption(values["patents-target"]);
  if (Number.isNaN(patentsTarget))
    return { kind: "usage-error", message: "--patents-target must be a number above 0, e.g. 20." };
  const cbamAnnualCost = positiveOption(values["cbam-cost"]);
  if (Number.isNaN(cbamAnnualCost))
    return { kind: "usage-error", message: "--cbam-cost must be a number above 0 (10,000 CNY), e.g. 350." };
  if (values.park !== undefined && values.park.trim() === "")
    return { kind: "usage-error", message: "--park needs a park name as written in the sheet." };
  return {
    kind: "run",
    options: {
      file: positionals[0]!,
      sheet: values.sheet,
      park: values.park,
      patentsTarget,
      cbamAnnualCost,
      profiles: (values.profile ?? [])
        .flatMap((p) => p.split(","))
        .map((p) => p.trim())
        .filter((p) => p !== ""),
      json: values.json === true,
      language: lang,
      progress: values.progress === true,
      year,
      relaxation,
    },
  };
}

/** --lang: en (the default) or zh, else the usage error every command prints. */
export function parseLanguage(
  value: string | undefined,
): UiLanguage | { kind: "usage-error"; message: string } {
  const lang = value ?? "en";
  if (lang === "en" || lang === "zh") return lang;
  return { kind: "usage-error", message: `--lang must be en or zh (got "${lang}").` };
}

/** A number above 0; NaN when given but not one; undefined when not given. */
function positiveOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(value) && value > 0 ? value : Number.NaN;
}

/** "20%" → 0.2, "0.2" → 0.2. */
export function parseFraction(text: string): number {
  const trimmed = text.trim();
  return trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

export function helpText(profileIds: readonly string[], defaultProfileIds: readonly string[]): string {
  return `zc-validate: check a park's emission sheet against zero-carbon park thresholds

Usage: zc-validate <file.xlsx> [--sheet NAME] [--park NAME] [--profile ID ...] [--json]
                   [--lang en|zh] [--year YYYY] [--relax 0.2-0.3] [--patents-target N]
                   [--cbam-cost N] [--progress]

  --sheet NAME     sheet to validate (default: the active visible worksheet)
  --park NAME      in a sheet listing several parks, validate only this one (name as in the sheet)
  --profile ID     threshold profile to check; repeat or comma-separate (default: ${defaultProfileIds.join(", ")})
  --json           print the full result as JSON: { "parks": [ { "park": …, … } ], … }
  --lang en|zh     language of the checklist (default en)
  --year YYYY      year to assess (default: each park's latest year with data; the report says which)
  --relax R        transition relaxation of the carbon-intensity limits, 0.2-0.3 or 20%-30%
  --patents-target N  TEDI: target low-carbon patents per year (default: patents left out of the score)
  --cbam-cost N    TEDI: estimated annual CBAM cost, 10,000 CNY (default: the CBAM reserve left out)
  --progress       report progress on stderr (automatic when stderr is a terminal)
  -h, --help       this text

Profiles: ${profileIds.join(", ")}

Exit codes: 0 no check failed, 1 a check failed in any park, the sheet has errors, or there
            is nothing to validate (not a park emission sheet), 2 usage, file or sheet problem
            (missing, corrupt or password-protected file, unknown sheet or park).
Guiding indicators (national-notice-2025-guiding) are shown as meeting or below their reference;
they never fail a park.
Values are read as saved: exceljs does not recalculate formulas, so recalculate in Excel first.
`;
}
