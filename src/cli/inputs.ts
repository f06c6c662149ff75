import { join } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { CliIo } from './io';
import { isTemporaryName } from './safeWrite';

/**
 * The paths given to `cchc consolidate`, expanded by the command itself so the README's examples
 * work the same in bash, PowerShell and cmd.exe (which passes `don-vi/*.xlsx` on unexpanded):
 * a folder gives the spreadsheets in it, a pattern the files it matches, and a path that gives
 * nothing is a line of its own rather than the end of the run.
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

/**
 * Extensions taken from a folder: the workbook formats, and those a unit sends by mistake (.xls,
 * .ods, .csv), so the mistake is shown as that file's line instead of the file being passed over.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods|csv)$/i;

/**
 * One line per file found, in the order given (a folder's and a pattern's files sorted by name,
 * Vietnamese order), each file once even when two arguments reach it. A path that exists is
 * taken as it is, even when it looks like a pattern ("Báo cáo [2018].xlsx"); only a path that is
 * not there is expanded as a pattern. Folders are not searched below their first level: units'
 * folders often keep older copies in a subfolder ("cu/", "luu/").
 */
export async function expandInputs(io: CliIo, args: readonly string[]): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  const seen = new Set<string>();
  const add = (line: InputLine): void => {
    if (line.kind === 'file' && seen.has(line.file)) return;
    seen.add(line.file);
    lines.push(line);
  };
  const byName = (a: string, b: string): number => a.localeCompare(b, 'vi');
  for (const arg of args) {
    let found;
    try {
      found = await io.identify(arg);
    } catch (error) {
      add(problem(arg, error));
      continue;
    }
    if (found === null) {
      const matches = isDynamicPattern(arg) ? await io.glob(arg).catch(() => [] as string[]) : [];
      if (matches.length === 0) add({ kind: 'problem', file: arg, reason: 'notFound' });
      for (const file of [...matches].sort(byName)) add({ kind: 'file', file });
      continue;
    }
    if (found.kind !== 'folder') {
      add({ kind: 'file', file: arg });
      continue;
    }
    let names: string[];
    try {
      names = await io.listFolder(arg);
    } catch (error) {
      add(problem(arg, error));
      continue;
    }
    // Excel's lock files (~$Bao cao.xlsx) and hidden files (ours from an interrupted write) are not units' files.
    const files = names.filter((n) => SPREADSHEET.test(n) && !n.startsWith('~$') && !n.startsWith('.') && !isTemporaryName(n)).sort(byName);
    const taken: string[] = [];
    for (const name of files) {
      const file = join(arg, name);
      const kind = await io.identify(file).then(
        (f) => f?.kind,
        () => 'file',
      );
      if (kind !== 'folder') taken.push(file);
    }
    if (taken.length === 0) add({ kind: 'problem', file: arg, reason: 'emptyFolder' });
    for (const file of taken) add({ kind: 'file', file });
  }
  return lines;
}

function problem(file: string, error: unknown): InputProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === 'EACCES' || code === 'EPERM' ? { kind: 'problem', file, reason: 'noAccess' } : { kind: 'problem', file, reason: 'readFailed', error };
}
