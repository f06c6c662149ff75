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
  /** Size and last modification (ms since 1970) of a file; rejects like readFile when it is missing. */
  stat(path: string): Promise<FileInfo>;
  /** Today in the officer's own time zone, yyyy-mm-dd (workbook stamps, default periods). */
  today(): string;
}

export interface FileInfo {
  readonly size: number;
  readonly mtimeMs: number;
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
