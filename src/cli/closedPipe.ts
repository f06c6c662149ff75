/**
 * `cchc consolidate ... --json | head -c 10`: once the reader of our output has gone, writing
 * fails with EPIPE. That is the reader's choice, not a failure: end at once, quietly, exit 0, as
 * `cat` and `ls` do. Any other stream error is left to crash as the bug it is.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void): void {
  stream.on('error', (error: unknown) => {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'EPIPE') exit(0);
    else throw error;
  });
}
