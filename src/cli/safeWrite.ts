import { basename, dirname, join } from 'node:path';
import type { CliIo } from './io';

/**
 * Writing an output so that nothing is ever half written: the bytes go to a temporary file in the
 * same folder (a rename is only atomic within one file system), flushed, then renamed over the
 * old file. A full disk, a refused write or Ctrl+C leaves the old file as it was and removes the
 * temporary one.
 */

export type WriteOutcome = { readonly written: true } | { readonly written: false; readonly interrupted: boolean; readonly error?: unknown };

/**
 * The temporary file's name: hidden, short (the output's own name may already be near 255 bytes).
 * The suffix is 6 random bytes in hex from the global Web Crypto, which Node loads when first used
 * (issue 11: node:crypto imported here cost every run ~3 ms, a `--json` run that writes nothing too).
 */
export function temporaryName(path: string, suffix: string = Buffer.from(crypto.getRandomValues(new Uint8Array(6))).toString('hex')): string {
  return join(dirname(path), `.cchc-${suffix}.tmp`);
}

/**
 * Writes `data` to `path` through a temporary file. `interrupted` is true when Ctrl+C or SIGTERM
 * (the io's signal) stopped it; otherwise `error` is the file system's error (ENOSPC, EACCES,
 * EROFS...), for the caller to put in words.
 */
export async function replaceFile(io: CliIo, path: string, data: Uint8Array, temporary: string = temporaryName(path)): Promise<WriteOutcome> {
  return io.interruptible(async (signal) => {
    try {
      await io.createFile(temporary, data, signal);
      signal.throwIfAborted();
      await io.rename(temporary, path);
      return { written: true };
    } catch (error) {
      // The temporary file is ours alone (unless its name was taken: EEXIST); whatever made the
      // write fail must not leave it behind.
      if (codeOf(error) !== 'EEXIST') await io.remove(temporary).catch(() => undefined);
      return signal.aborted ? { written: false, interrupted: true } : { written: false, interrupted: false, error };
    }
  });
}

const codeOf = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '');

/** True for the names replaceFile uses, so a folder listing can skip what an interrupted run left. */
export function isTemporaryName(path: string): boolean {
  return /^\.cchc-[0-9a-f]+\.tmp$/.test(basename(path));
}
