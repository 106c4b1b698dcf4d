/**
 * How both commands start: a closed pipe ends them quietly, the exit code is main's, and a bug
 * prints one plain line (the stack only with ZC_DEBUG=1) and exits 2 rather than a Node trace.
 */
import { EXIT_USAGE } from "./exitCodes";
import { exitQuietlyOnClosedPipe } from "./stdoutPipe";

export function runCommand(name: string, main: (argv: string[]) => Promise<number>): void {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const detail =
        error instanceof Error
          ? process.env.ZC_DEBUG
            ? (error.stack ?? error.message)
            : error.message
          : String(error);
      process.stderr.write(`${name}: unexpected error: ${detail}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
