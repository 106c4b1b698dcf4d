#!/usr/bin/env node
/**
 * zc-validate: validates a park emission sheet in an .xlsx file from the command line with the
 * same core the add-in uses. Exit codes: 0 no check failed, 1 a check failed or the sheet has
 * errors, 2 usage / file / sheet problems.
 */
import { DEFAULT_PROFILE_IDS, THRESHOLD_PROFILES } from "../core/park";
import { isInputError } from "../core/shared/inputError";
import {
  DEFAULT_CHUNK_ROWS,
  type ParkValidation,
  renderChecklist,
  validateSheet,
  validationJson,
  type ValidationResult,
} from "../core/sheet";
import { type CliOptions, helpText, parseCli } from "./cliArgs";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./exitCodes";
import { WorkbookError, loadWorkbook, pickSheet, sheetInput } from "./readWorkbook";
import { runCommand } from "./runCommand";

export { EXIT_FAILED, EXIT_OK, EXIT_USAGE };

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  stderrIsTty: boolean;
}

const PROCESS_IO: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
};

export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<number> {
  const parsed = parseCli(argv);
  const help = helpText(
    THRESHOLD_PROFILES.map((profile) => profile.id),
    DEFAULT_PROFILE_IDS,
  );
  if (parsed.kind === "help") {
    io.out(help);
    return EXIT_OK;
  }
  if (parsed.kind === "usage-error") {
    io.err(`zc-validate: ${parsed.message}\n\n${help}`);
    return EXIT_USAGE;
  }
  try {
    const validated = await run(parsed.options, io);
    // --park: that park only; otherwise every park of the sheet.
    const result: ValidationResult =
      parsed.options.park === undefined ? validated : { ...validated, parks: [validated] };
    io.out(
      parsed.options.json
        ? `${JSON.stringify(validationJson(result), null, 2)}\n`
        : renderChecklist(result, parsed.options.language, { maxIssues: 50 }),
    );
    return failed(result) ? EXIT_FAILED : EXIT_OK;
  } catch (error) {
    if (error instanceof WorkbookError) {
      io.err(`zc-validate: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (isInputError(error)) {
      io.err(`zc-validate: ${error.localized[parsed.options.language]}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function run(options: CliOptions, io: Io): Promise<ValidationResult> {
  const showProgress = options.progress || io.stderrIsTty;
  if (showProgress) io.err(`Reading ${options.file}…\n`);
  const workbook = await loadWorkbook(options.file);
  const input = sheetInput(pickSheet(workbook, options.sheet));
  const large = input.values.length > DEFAULT_CHUNK_ROWS;
  const result = validateSheet(input, {
    park: options.park,
    profiles: options.profiles,
    year: options.year,
    transitionRelaxation: options.relaxation,
    tediParams: {
      patentsTarget: options.patentsTarget ?? null,
      cbamAnnualCost: options.cbamAnnualCost ?? null,
    },
    onProgress:
      showProgress && large
        ? (done) => io.err(`\rValidating ${input.sheetName}: ${Math.round(done * 100)}%`)
        : undefined,
  });
  if (showProgress && large) io.err("\n");
  return result;
}

/**
 * In any park listed: a failed or errored check, an error finding, or nothing to validate (no
 * table, empty sheet, no recognised indicator). Guidance ("below reference") never fails.
 */
export function failed(result: Pick<ValidationResult, "parks">): boolean {
  return result.parks.some(parkFailed);
}

function parkFailed(park: ParkValidation): boolean {
  const { summary } = park;
  return (
    summary.checks.fail > 0 || summary.checks.error > 0 || summary.errors > 0 || summary.nothingToValidate
  );
}

if (require.main === module) runCommand("zc-validate", main);
