import type { CliIo } from '../../src/cli/io';

/** An in-memory file system, a fixed clock and captured output for running the CLI in process. */
export interface MemoryIo extends CliIo {
  readonly files: Map<string, Uint8Array>;
  /** Last-modified times (ms) by path; a file without one was modified at 0. */
  readonly mtimes: Map<string, number>;
  out(): string;
  err(): string;
}

export interface MemoryIoOptions {
  /** What io.today() returns; 2018-06-10 by default (the first-half report is being written). */
  readonly today?: string;
  readonly mtimes?: Record<string, number>;
  /** Sizes stat reports instead of the byte length (a "60 MB" file without 60 MB of bytes). */
  readonly sizes?: Record<string, number>;
}

const enoent = (path: string): Error => Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });

export function memoryIo(files: Record<string, Uint8Array> = {}, options: MemoryIoOptions = {}): MemoryIo {
  const stored = new Map(Object.entries(files));
  const mtimes = new Map(Object.entries(options.mtimes ?? {}));
  let out = '';
  let err = '';
  return {
    files: stored,
    mtimes,
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: (path) => {
      const data = stored.get(path);
      if (data) return Promise.resolve(data);
      return Promise.reject(enoent(path));
    },
    writeFile: (path, data) => {
      if (path.startsWith('/readonly/')) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      stored.set(path, data);
      return Promise.resolve();
    },
    exists: (path) => Promise.resolve(stored.has(path)),
    stat: (path) => {
      const data = stored.get(path);
      if (!data) return Promise.reject(enoent(path));
      return Promise.resolve({ size: options.sizes?.[path] ?? data.length, mtimeMs: mtimes.get(path) ?? 0 });
    },
    today: () => options.today ?? '2018-06-10',
    out: () => out,
    err: () => err,
  };
}
