import { join } from 'node:path';
import { skipReason, type SkipReason, type SkippedFile } from '../core/consolidate/folderEntries';
import { sameFile } from './fileIdentity';
import { t } from '../core/i18n/format';
import type { Language } from '../core/i18n/messages';
import type { CliIo } from './io';

/**
 * The paths given to `cchc consolidate`, expanded by the command itself so the README's examples
 * work the same in bash, PowerShell and cmd.exe (which passes `don-vi/*.xlsx` on unexpanded):
 * a folder gives the spreadsheets in it and its sub-folders, a pattern the files it matches, and a
 * path that gives nothing is a line of its own rather than the end of the run.
 */

/** A file to read, named as the officer wrote it (a folder's name kept: "td/Bao cao.xlsx"). */
export interface InputFile {
  readonly kind: 'file';
  readonly file: string;
}

/** A path that gave no file to read, and why. */
export interface InputProblem {
  readonly kind: 'problem';
  readonly file: string;
  /** notFound: nothing by that name, or a pattern that matched nothing; emptyFolder: no spreadsheet in it; the rest: the file system refused (noAccess, readFailed). */
  readonly reason: 'notFound' | 'emptyFolder' | 'noAccess' | 'readFailed';
  /** The file system's error, for a readFailed line. */
  readonly error?: unknown;
}

export type InputLine = InputFile | InputProblem;

/** What the paths given come to: the lines to read, and the files of their folders that are not read (each with its reason). */
export interface GatheredInputs {
  readonly lines: InputLine[];
  readonly skipped: SkippedFile[];
}

/**
 * One line per file found, in the order given (a folder's and a pattern's files sorted by path,
 * Vietnamese order), each file once even when two arguments reach it. A path that exists is
 * taken as it is, even when it looks like a pattern ("Báo cáo [2018].xlsx"); only a path that is
 * not there is expanded as a pattern. Folders are searched with their sub-folders (units' files
 * often arrive one folder per unit, "Xã A/…"); which of their files are read is the core's
 * folderEntries rule, the same as the pane's folder picker, and the others come back in `skipped`.
 * An older copy kept in a sub-folder ("cu/", "luu/") is read too, and set aside for the newer one
 * by the newest-saved rule (core/consolidate/newestFile), its line saying so.
 */
export async function gatherInputs(io: CliIo, args: readonly string[]): Promise<GatheredInputs> {
  const lines: InputLine[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const add = (line: InputLine): void => {
    if (line.kind === 'file' && seen.has(line.file)) return;
    seen.add(line.file);
    lines.push(line);
  };
  for (const arg of args) {
    let found;
    try {
      found = await io.identify(arg);
    } catch (error) {
      add(problem(arg, error));
      continue;
    }
    if (found === null) {
      // tinyglobby is loaded only for an argument that names no file (issue 11: a run on files as given loads less).
      const { isDynamicPattern } = await import('tinyglobby');
      const matches = isDynamicPattern(arg) ? await io.glob(arg).catch(() => [] as string[]) : [];
      if (matches.length === 0) add({ kind: 'problem', file: arg, reason: 'notFound' });
      for (const file of [...matches].sort(byPath)) add({ kind: 'file', file });
      continue;
    }
    if (found.kind !== 'folder') {
      add({ kind: 'file', file: arg });
      continue;
    }
    const walked = await walkFolder(io, arg, found.realPath);
    if (walked.taken.length === 0 && walked.problems.length === 0) add({ kind: 'problem', file: arg, reason: 'emptyFolder' });
    for (const line of walked.problems) add(line);
    for (const file of walked.taken.sort(byPath)) add({ kind: 'file', file });
    skipped.push(...walked.skipped.sort((a, b) => byPath(a.file, b.file)));
  }
  return { lines, skipped };
}

/**
 * `gathered` without the lines that name the file `path` names (by identity: fileIdentity.sameFile, so
 * "don-vi/ke-hoach.xlsx" and "./don-vi/../don-vi/ke-hoach.xlsx" are one file), each listed in `skipped`
 * with `reason` instead. Unchanged when `path` names no file.
 */
export async function withoutFile(io: CliIo, gathered: GatheredInputs, path: string, reason: SkipReason): Promise<GatheredInputs> {
  const target = await io.identify(path).catch(() => null);
  if (target === null) return gathered;
  const lines: InputLine[] = [];
  const skipped: SkippedFile[] = [];
  for (const line of gathered.lines) {
    const found = line.kind === 'file' ? await io.identify(line.file).catch(() => null) : null;
    if (found !== null && (await sameFile(io, target, found))) skipped.push({ file: line.file, reason });
    else lines.push(line);
  }
  return skipped.length === 0 ? gathered : { lines, skipped: [...gathered.skipped, ...skipped] };
}

/** gatherInputs' lines alone, for callers that list no skipped files. */
export async function expandInputs(io: CliIo, args: readonly string[]): Promise<InputLine[]> {
  return (await gatherInputs(io, args)).lines;
}

const byPath = (a: string, b: string): number => a.localeCompare(b, 'vi');

/**
 * A folder and its sub-folders: files taken, files skipped, sub-folders that could not be listed.
 * A folder reached twice (a symbolic link back up the tree) is walked once, by its real path.
 */
async function walkFolder(io: CliIo, root: string, rootReal: string): Promise<{ taken: string[]; skipped: SkippedFile[]; problems: InputProblem[] }> {
  const taken: string[] = [];
  const skipped: SkippedFile[] = [];
  const problems: InputProblem[] = [];
  const visited = new Set<string>([rootReal]);
  const pending = [root];
  for (let folder = pending.shift(); folder !== undefined; folder = pending.shift()) {
    let names: string[];
    try {
      names = await io.listFolder(folder);
    } catch (error) {
      problems.push(problem(folder, error));
      continue;
    }
    for (const name of names) {
      const path = join(folder, name);
      // An entry that cannot even be looked at is treated as a file: reading it then says why.
      const entry = await io.identify(path).catch(() => null);
      if (entry?.kind === 'folder') {
        if (!visited.has(entry.realPath)) {
          visited.add(entry.realPath);
          pending.push(path);
        }
        continue;
      }
      const reason = skipReason(name);
      if (reason === null) taken.push(path);
      else skipped.push({ file: path, reason });
    }
  }
  return { taken, skipped, problems };
}

function problem(file: string, error: unknown): InputProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === 'EACCES' || code === 'EPERM' ? { kind: 'problem', file, reason: 'noAccess' } : { kind: 'problem', file, reason: 'readFailed', error };
}

/** The skipped files as the officer reads them: a heading, then "path — reason" a line; '' when none. */
export function skippedText(skipped: readonly SkippedFile[], lang: Language): string {
  if (skipped.length === 0) return '';
  const lines = skipped.map((s) => `  ${s.file} — ${t(`consolidate.skipped.${s.reason}`, {}, lang)}`);
  return `${t('cli.consolidate.skipped', { count: skipped.length }, lang)}\n${lines.join('\n')}\n`;
}
