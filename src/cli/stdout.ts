// A reader that closes the pipe early (`claimcheck report | head -3`) ends
// the output normally, as `git log | head` does: the rest of the report is
// not wanted, so stop quietly with status 0 instead of an EPIPE stack.
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') exit(0);
    else throw e;
  });
}
