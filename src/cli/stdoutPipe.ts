/**
 * `zc-cbam … | head` closes stdout early: the next write fails with EPIPE. That is the reader's
 * choice, not an error: stop quietly instead of printing a stack trace.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
