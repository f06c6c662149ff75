import type { CliIo } from '../../src/cli/io';

/** An in-memory file system and captured output for running the CLI in process. */
export interface MemoryIo extends CliIo {
  readonly files: Map<string, Uint8Array>;
  out(): string;
  err(): string;
}

export function memoryIo(files: Record<string, Uint8Array> = {}): MemoryIo {
  const stored = new Map(Object.entries(files));
  let out = '';
  let err = '';
  return {
    files: stored,
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: (path) => {
      const data = stored.get(path);
      if (data) return Promise.resolve(data);
      return Promise.reject(Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' }));
    },
    writeFile: (path, data) => {
      if (path.startsWith('/readonly/')) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      stored.set(path, data);
      return Promise.resolve();
    },
    exists: (path) => Promise.resolve(stored.has(path)),
    out: () => out,
    err: () => err,
  };
}
