import type { Language } from '../core/i18n/messages';

/**
 * Everything the CLI does to the outside world goes through this, so tests run commands in
 * process with an in-memory file system and captured output.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export const EXIT_OK = 0;
/** The input was read but its data is wrong (a malformed plan sheet...). */
export const EXIT_DATA = 1;
/** Bad usage, or input that cannot be read at all. */
export const EXIT_USAGE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_DATA | typeof EXIT_USAGE;

/** Options every command takes. */
export interface CommonOptions {
  readonly lang: Language;
}
