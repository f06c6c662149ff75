import { basename, dirname, join } from 'node:path';
import type { CliIo, FileIdentity } from './io';

/**
 * Whether two paths name the same file, by what the file system says rather than by their text:
 * "./so.xlsx", a symbolic link to it, a hard link to it and "SO.XLSX" on Windows or macOS are all
 * the same file.
 */

/**
 * The first of `sources` that is the file `output` names, or null. Paths that name nothing are
 * never the same as anything. Rejects when the file system refuses to say (ELOOP, EACCES).
 */
export async function sourceAt(io: CliIo, output: string, sources: readonly string[]): Promise<string | null> {
  const target = await io.identify(output);
  if (target === null) return null;
  for (const source of sources) {
    const found = await io.identify(source).catch(() => null);
    if (found !== null && (await sameFile(io, target, found))) return source;
  }
  return null;
}

/**
 * Device and inode decide when both are known. Where the file system reports inode 0 (FAT, some
 * network shares), the real paths are compared, and compared without letter case when probing the
 * folder shows that it ignores case.
 */
export async function sameFile(io: CliIo, a: FileIdentity, b: FileIdentity): Promise<boolean> {
  if (a.inode !== 0 && b.inode !== 0) return a.device === b.device && a.inode === b.inode;
  if (a.realPath === b.realPath) return true;
  const folder = dirname(a.realPath);
  if (folder.toLowerCase() !== dirname(b.realPath).toLowerCase() || basename(a.realPath).toLowerCase() !== basename(b.realPath).toLowerCase()) return false;
  return ignoresCase(io, a.realPath);
}

/**
 * Whether the folder of `existing` (a file that is there) ignores letter case: the same name in
 * swapped case must name a file, and not another one. A name without letters proves nothing, so
 * it is taken as case-sensitive.
 */
export async function ignoresCase(io: CliIo, existing: string): Promise<boolean> {
  const name = basename(existing);
  const swapped = [...name].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
  if (swapped === name) return false;
  const [original, other] = await Promise.all([io.identify(existing), io.identify(join(dirname(existing), swapped)).catch(() => null)]);
  if (original === null || other === null) return false;
  if (original.inode !== 0 && other.inode !== 0) return original.device === other.device && original.inode === other.inode;
  // Without inodes, a case-sensitive folder holding both spellings cannot be told apart; the
  // folder's listing can: there the swapped name is an entry of its own.
  const entries = await io.listFolder(dirname(existing)).catch(() => [] as string[]);
  return !entries.includes(swapped);
}
