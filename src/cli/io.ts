import type { Language } from '../core/i18n/messages';

/**
 * Everything the CLI does to the outside world goes through this, so tests run commands in
 * process with an in-memory file system and captured output.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  exists(path: string): Promise<boolean>;
  /** Size and last modification (ms since 1970) of a file; rejects like readFile when it is missing. */
  stat(path: string): Promise<FileInfo>;
  /**
   * What is at `path` once symbolic links are followed, or null when nothing is there (ENOENT,
   * ENOTDIR). Rejects with the file system's error for anything else (ELOOP, EACCES on a folder).
   */
  identify(path: string): Promise<FileIdentity | null>;
  /** Names of the entries of a folder, not recursive; rejects like readFile. */
  listFolder(path: string): Promise<string[]>;
  /**
   * Paths matching a glob pattern (`*`, `?`, `[...]`, `{a,b}`), files only, relative patterns
   * answered relative to the working folder, in the pattern's own spelling ("don-vi/Xã A.xlsx").
   */
  glob(pattern: string): Promise<string[]>;
  /**
   * Creates `path`, which must not exist yet (fails with EEXIST), writes `data` to it and flushes
   * it to the disk. Stops between chunks once `signal` is aborted, rejecting with its reason; the
   * caller removes what was written.
   */
  createFile(path: string, data: Uint8Array, signal: AbortSignal): Promise<void>;
  /** Renames `from` over `to` in one step (the old `to` stays whole until the new one replaces it). */
  rename(from: string, to: string): Promise<void>;
  /** Creates a folder and any missing parent; resolves when it exists. Rejects with the file system's error (EACCES, EEXIST for a file of that name). */
  makeFolder(path: string): Promise<void>;
  /** Removes a file; resolves when it is not there. */
  remove(path: string): Promise<void>;
  /**
   * Runs `work` with a signal that Ctrl+C (SIGINT) or SIGTERM aborts, so a write in progress can
   * be abandoned cleanly instead of the process dying in the middle of it.
   */
  interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Today in the officer's own time zone, yyyy-mm-dd (workbook stamps, default periods). */
  today(): string;
  /**
   * Standard error's terminal (its width in columns), or null when it is a file or a pipe: progress
   * lines are shown only on a terminal (progress.ts). Absent: never a terminal.
   */
  stderrTerminal?(): { readonly columns: number } | null;
}

export interface FileInfo {
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * The identity of a file: the same file reached by another path (a symbolic link, a hard link,
 * another letter case) has the same device and inode. Some file systems (FAT, some network
 * shares on Windows) report inode 0; the real path is what is left to compare there.
 */
export interface FileIdentity {
  readonly kind: 'file' | 'folder' | 'other';
  readonly device: number;
  readonly inode: number;
  /** The absolute path with every symbolic link resolved. */
  readonly realPath: string;
}

export const EXIT_OK = 0;
/** The input was read but its data is wrong (a malformed plan sheet...). */
export const EXIT_DATA = 1;
/** Bad usage, or input that cannot be read at all. */
export const EXIT_USAGE = 2;
/** Stopped by Ctrl+C or SIGTERM (128 + SIGINT, the shells' convention), outputs left as they were. */
export const EXIT_INTERRUPTED = 130;

export type ExitCode = typeof EXIT_OK | typeof EXIT_DATA | typeof EXIT_USAGE | typeof EXIT_INTERRUPTED;

/** Options every command takes. */
export interface CommonOptions {
  readonly lang: Language;
}
