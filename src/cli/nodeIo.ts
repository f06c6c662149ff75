import { mkdir, open, readdir, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { CliIo, FileIdentity } from './io';

/** Bytes written between two looks at the abort signal: a Ctrl+C is answered within one chunk. */
const WRITE_CHUNK_BYTES = 1024 * 1024;

const codeOf = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '');

/** The real file system, streams and clock. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    exists: (path) =>
      stat(path).then(
        () => true,
        () => false,
      ),
    stat: async (path) => {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      return { size: info.size, mtimeMs: info.mtimeMs };
    },
    identify,
    listFolder: (path) => readdir(path),
    glob: async (pattern) => {
      // Loaded when a pattern is to be expanded (issue 11: a run on files as given loads less).
      const { glob } = await import('tinyglobby');
      // cmd.exe hands patterns over unexpanded and with backslashes, which tinyglobby reads as escapes
      const portable = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
      return glob(portable, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern), dot: false });
    },
    createFile: async (path, data, signal) => {
      signal.throwIfAborted();
      const handle = await open(path, 'wx', 0o666);
      try {
        for (let at = 0; at < data.length; at += WRITE_CHUNK_BYTES) {
          signal.throwIfAborted();
          await handle.write(data, at, Math.min(WRITE_CHUNK_BYTES, data.length - at));
        }
        // Flushed before the rename, so a power cut never leaves a renamed but empty file.
        await handle.sync();
        signal.throwIfAborted();
      } finally {
        await handle.close();
      }
    },
    rename: (from, to) => rename(from, to),
    makeFolder: async (path) => {
      await mkdir(path, { recursive: true });
    },
    remove: (path) =>
      unlink(path).catch((error: unknown) => {
        if (codeOf(error) !== 'ENOENT') throw error;
      }),
    interruptible,
    today: () => localIsoDate(new Date()),
    // A terminal that reports no width (some CI runners' pseudo-terminals) is taken as 80 columns.
    stderrTerminal: () => (process.stderr.isTTY ? { columns: process.stderr.columns || 80 } : null),
  };
}

async function identify(path: string): Promise<FileIdentity | null> {
  try {
    const info = await stat(path);
    const kind = info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
    return { kind, device: info.dev, inode: info.ino, realPath: await realpath(path) };
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * While `work` runs, SIGINT and SIGTERM abort its signal instead of ending the process at once;
 * the command then cleans up and exits 130. Outside it, they end the process as usual.
 */
async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => controller.abort(Object.assign(new Error(name), { name: 'AbortError', code: 'ABORT_ERR' }));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** yyyy-mm-dd of the local calendar day: an officer at 06:30 in Gò Dầu is on today's date, not UTC's. */
export function localIsoDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
