import { posix } from 'node:path';
import type { CliIo, FileIdentity } from '../../src/cli/io';

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
  /** Symbolic links: link path → the path it points to. */
  readonly symlinks?: Record<string, string>;
  /** Empty folders (folders holding files exist without being listed). */
  readonly folders?: readonly string[];
  /** Paths whose reading is refused (EACCES). */
  readonly noAccess?: readonly string[];
  /** Standard error is a terminal this many columns wide (progress lines are shown); absent: a pipe. */
  readonly terminalColumns?: number;
}

const fsError = (code: string, path: string): Error => Object.assign(new Error(`${code}: ${path}`), { code });

/**
 * Paths are compared after normalising ("./a.xlsx" is "a.xlsx"); a hard link is the same
 * Uint8Array stored under two paths (so it has one inode); writes under /readonly/ are refused.
 */
export function memoryIo(files: Record<string, Uint8Array> = {}, options: MemoryIoOptions = {}): MemoryIo {
  const norm = (path: string): string => posix.normalize(path).replace(/\/$/, '') || '.';
  const stored = new Map(Object.entries(files).map(([path, data]) => [norm(path), data]));
  const mtimes = new Map(Object.entries(options.mtimes ?? {}));
  const symlinks = new Map(Object.entries(options.symlinks ?? {}).map(([from, to]) => [norm(from), norm(to)]));
  const folders = new Set(['.', '/', '/readonly', ...(options.folders ?? []).map(norm)]);
  const noAccess = new Set((options.noAccess ?? []).map(norm));
  const inodes = new WeakMap<Uint8Array, number>();
  let nextInode = 1;
  let out = '';
  let err = '';

  const real = (path: string, depth = 0): string => {
    if (depth > 8) throw fsError('ELOOP', path);
    const at = norm(path);
    const target = symlinks.get(at);
    return target === undefined ? at : real(target, depth + 1);
  };
  const isFolder = (path: string): boolean =>
    folders.has(path) || [...stored.keys()].some((key) => key.startsWith(path === '.' ? '' : `${path}/`) && key !== path && posix.dirname(key) !== key);
  const inodeOf = (data: Uint8Array): number => {
    const known = inodes.get(data);
    if (known !== undefined) return known;
    inodes.set(data, nextInode);
    return nextInode++;
  };
  const readable = (path: string): Uint8Array => {
    const at = real(path);
    if (noAccess.has(norm(path)) || noAccess.has(at)) throw fsError('EACCES', path);
    const data = stored.get(at);
    if (!data) throw fsError(isFolder(at) ? 'EISDIR' : 'ENOENT', path);
    return data;
  };
  const attempt = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const matcher = (pattern: string): RegExp =>
    new RegExp(
      `^${norm(pattern)
        .replace(/[.+^$()|\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')}$`,
    );

  return {
    files: stored,
    mtimes,
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: (path) => attempt(() => readable(path)),
    exists: (path) => Promise.resolve(stored.has(real(path)) || isFolder(real(path))),
    stat: (path) =>
      attempt(() => {
        const data = readable(path);
        return { size: options.sizes?.[path] ?? data.length, mtimeMs: mtimes.get(path) ?? 0 };
      }),
    identify: (path) =>
      attempt((): FileIdentity | null => {
        const at = real(path);
        const data = stored.get(at);
        if (data) return { kind: 'file', device: 1, inode: inodeOf(data), realPath: posix.resolve('/work', at) };
        if (isFolder(at)) return { kind: 'folder', device: 1, inode: 0, realPath: posix.resolve('/work', at) };
        return null;
      }),
    listFolder: (path) =>
      attempt(() => {
        const at = real(path);
        if (!isFolder(at)) throw fsError(stored.has(at) ? 'ENOTDIR' : 'ENOENT', path);
        const prefix = at === '.' ? '' : `${at}/`;
        const names = new Set<string>();
        for (const key of [...stored.keys(), ...folders]) if (key.startsWith(prefix) && key !== at) names.add(key.slice(prefix.length).split('/')[0] ?? '');
        return [...names].filter((n) => n !== '');
      }),
    glob: (pattern) => Promise.resolve([...stored.keys()].filter((key) => matcher(pattern).test(key)).sort()),
    createFile: (path, data, signal) =>
      attempt(() => {
        signal.throwIfAborted();
        const at = norm(path);
        if (at.startsWith('/readonly/')) throw fsError('EACCES', path);
        if (!isFolder(posix.dirname(at))) throw fsError('ENOENT', path);
        if (stored.has(at)) throw fsError('EEXIST', path);
        stored.set(at, data.slice());
      }),
    rename: (from, to) =>
      attempt(() => {
        const data = stored.get(norm(from));
        if (!data) throw fsError('ENOENT', from);
        stored.delete(norm(from));
        symlinks.delete(norm(to));
        stored.set(norm(to), data);
      }),
    makeFolder: (path) =>
      attempt(() => {
        if (stored.has(norm(path))) throw fsError('EEXIST', path);
        if (norm(path).startsWith('/readonly/')) throw fsError('EACCES', path);
        for (let at = norm(path); at !== '.' && at !== '/' && !folders.has(at); at = posix.dirname(at)) folders.add(at);
      }),
    remove: (path) => attempt(() => void stored.delete(norm(path))),
    interruptible: (work) => work(new AbortController().signal),
    today: () => options.today ?? '2018-06-10',
    stderrTerminal: () => (options.terminalColumns === undefined ? null : { columns: options.terminalColumns }),
    out: () => out,
    err: () => err,
  };
}
