import { basename, extname, join } from 'node:path';
import type { ConsolidationResult, FileOutcome } from '../core/consolidate/types';
import { t } from '../core/i18n/format';
import type { Language } from '../core/i18n/messages';
import type { Plan } from '../core/plan/types';
import { filesToReturn, returnNote, returnReviewer } from '../core/review/filesToReturn';
import { fileReviews, type FileReviewState } from '../core/review/reviewStates';
import { isReturnCopyOf, returnCopyName } from '../core/review/returnCopyName';
import { returnList } from '../core/review/returnList';
import type { CommandContext } from './commands/context';
import { sourceAt } from './fileIdentity';
import { fileSystemMessage } from './messages';
import { replaceFile } from './safeWrite';

/**
 * `cchc consolidate … --return-dir DIR` (issue 15): for every unit whose file was taken but has
 * issues, a copy of that file (never the file itself) with a note at each cell to fix and a first
 * sheet "Cần sửa" listing them, written to DIR as "<name> (cần sửa).xlsx", ready to send back.
 */

/** One copy written. `unit` is the unit's code, null when no unit could be told. */
export interface ReturnedCopy {
  readonly unit: string | null;
  readonly source: string;
  readonly copy: string;
  readonly errors: number;
  readonly warnings: number;
}

/**
 * A copy in DIR from an earlier run, of a file of this round that no longer goes back (now "Đã nhận",
 * or its issues fixed): removed with --force, else listed so it is not sent as if current.
 */
export interface StaleCopy {
  readonly unit: string | null;
  readonly source: string;
  readonly copy: string;
  readonly removed: boolean;
}

/** A copy not written, and why in the officer's words. */
export interface ReturnProblem {
  readonly source: string;
  readonly copy: string;
  readonly message: string;
}

export interface ReturnOptions {
  /** Who checked, as the units know them (the notes' author). */
  readonly reviewer: string;
  /** yyyy-mm-dd, printed on the list. */
  readonly checkedOn: string;
  /** Every path read or written by the run: a copy never lands on one of them. */
  readonly sources: readonly string[];
  /** Replace a copy already in DIR (from an earlier run); without it such a copy is a problem line. */
  readonly force: boolean;
  /** Each listed file's review (fileReviews): which files go back, and the officer's note with them; the proposals when absent. */
  readonly reviews?: readonly FileReviewState[];
}

// One rule for which files go back and who signs the notes, shared with the pane (core/review/filesToReturn).
export { filesToReturn, returnReviewer };

/**
 * Writes the copies into `dir` (created when missing). Never throws for a file system refusal:
 * each copy that cannot be made or written is a ReturnProblem with the reason (EACCES, ENOSPC…,
 * "exists", "is a source"); a failure to create `dir` makes every copy a problem.
 */
export async function writeReturnCopies(
  ctx: CommandContext,
  dir: string,
  plan: Plan,
  result: ConsolidationResult,
  options: ReturnOptions,
): Promise<{ copies: ReturnedCopy[]; problems: ReturnProblem[]; stale: StaleCopy[] }> {
  const reviews = options.reviews ?? fileReviews(result);
  const files = filesToReturn(result, reviews);
  const made = await writeCopies(ctx, dir, plan, files, reviews, options);
  // Copies left from an earlier run of files that no longer go back: never left looking current (tester, issue 15).
  const going = new Set(files.map((f) => f.file));
  const stale = await staleCopies(
    ctx,
    dir,
    result.files.filter((f) => !going.has(f.file)),
    new Set(made.copies.map((c) => c.copy)),
    options,
    made.problems,
  );
  return { ...made, stale };
}

async function writeCopies(
  ctx: CommandContext,
  dir: string,
  plan: Plan,
  files: readonly FileOutcome[],
  reviews: readonly FileReviewState[],
  options: ReturnOptions,
): Promise<{ copies: ReturnedCopy[]; problems: ReturnProblem[] }> {
  const { io, lang } = ctx;
  const copies: ReturnedCopy[] = [];
  const problems: ReturnProblem[] = [];
  if (files.length === 0) return { copies, problems };
  try {
    await io.makeFolder(dir);
  } catch (error) {
    const message = fileSystemMessage(error, dir, lang, 'cli.error.writeFailed');
    return { copies, problems: files.map((f) => ({ source: f.file, copy: dir, message })) };
  }
  const { makeReturnCopy, workbookSheetNames } = await import('../xlsx/returnCopy');
  const taken = new Set<string>();
  for (const outcome of files) {
    const copy = join(dir, copyName(outcome.file, taken, t('review.copySuffix', {}, lang)));
    const problem = (message: string): void => void problems.push({ source: outcome.file, copy, message });
    if ((await sourceAt(io, copy, options.sources)) !== null) {
      problem(t('cli.return.isSource', { path: copy }, lang));
      continue;
    }
    if (!options.force && (await io.identify(copy).catch(() => null)) !== null) {
      problem(t('cli.return.exists', { path: copy }, lang));
      continue;
    }
    const unit = plan.units.find((u) => u.code === outcome.unit);
    try {
      const bytes = await io.readFile(outcome.file);
      const list = returnList(outcome.issues, {
        file: basename(outcome.file),
        unit: unit?.name ?? basename(outcome.file),
        reviewer: options.reviewer,
        checkedOn: options.checkedOn,
        sheetNames: await workbookSheetNames(bytes),
        language: lang,
        officerNote: returnNote(reviews, outcome.file),
      });
      const data = await makeReturnCopy({ bytes, notes: list.notes, list: list.sheet, author: options.reviewer });
      const written = await replaceFile(io, copy, data);
      if (!written.written) {
        problem(fileSystemMessage(written.error, copy, lang, 'cli.error.writeFailed'));
        if (written.interrupted) break;
        continue;
      }
    } catch (error) {
      problem(fileSystemMessage(error, outcome.file, lang, 'cli.error.readFailed'));
      continue;
    }
    const errors = outcome.issues.filter((i) => i.severity === 'error').length;
    copies.push({ unit: outcome.unit, source: outcome.file, copy, errors, warnings: outcome.issues.length - errors });
  }
  return { copies, problems };
}

/**
 * The copies in `dir` of `notGoing` (files of this round that no longer go back), by name: removed
 * with --force (a removal that fails is a ReturnProblem), else listed. A name written by this run,
 * or that is a file read or written by it, is left alone; a `dir` that cannot be listed has none.
 */
async function staleCopies(
  ctx: CommandContext,
  dir: string,
  notGoing: readonly FileOutcome[],
  written: ReadonlySet<string>,
  options: ReturnOptions,
  problems: ReturnProblem[],
): Promise<StaleCopy[]> {
  if (notGoing.length === 0) return [];
  const names = await ctx.io.listFolder(dir).catch(() => [] as string[]);
  const stale: StaleCopy[] = [];
  for (const outcome of notGoing) {
    // Only names this tool writes (core/review/returnCopyName), never a file the officer put there.
    const stem = basename(outcome.file, extname(outcome.file));
    for (const name of names.filter((n) => isReturnCopyOf(n, stem))) {
      const copy = join(dir, name);
      if (written.has(copy) || (await sourceAt(ctx.io, copy, options.sources)) !== null) continue;
      if (!options.force) {
        stale.push({ unit: outcome.unit, source: outcome.file, copy, removed: false });
        continue;
      }
      try {
        await ctx.io.remove(copy);
        stale.push({ unit: outcome.unit, source: outcome.file, copy, removed: true });
      } catch (error) {
        problems.push({ source: outcome.file, copy, message: fileSystemMessage(error, copy, ctx.lang, 'cli.error.writeFailed') });
      }
    }
  }
  return stale;
}

/** The lines the summary ends with: each copy written, with its unit and counts, or that none was needed; then the earlier copies removed or stale. */
export function returnedText(
  plan: Plan,
  dir: string,
  returned: { readonly copies: readonly ReturnedCopy[]; readonly problems: readonly ReturnProblem[]; readonly stale?: readonly StaleCopy[] },
  lang: Language,
): string {
  const names = new Map(plan.units.map((u) => [u.code, u.name]));
  const unitOf = (c: { readonly unit: string | null; readonly source: string }): string =>
    (c.unit === null ? undefined : names.get(c.unit)) ?? basename(c.source);
  const staleLines = (returned.stale ?? []).map((c) => t(c.removed ? 'cli.return.staleRemoved' : 'cli.return.stale', { copy: c.copy, unit: unitOf(c) }, lang));
  const tail = staleLines.length === 0 ? '' : `${staleLines.join('\n')}\n`;
  if (returned.copies.length === 0 && returned.problems.length === 0) return `${t('cli.return.none', {}, lang)}\n${tail}`;
  if (returned.copies.length === 0) return tail;
  const lines = returned.copies.map((c) => t('cli.return.line', { copy: c.copy, unit: unitOf(c), errors: c.errors, warnings: c.warnings }, lang));
  return `${[t('cli.return.written', { count: returned.copies.length, dir }, lang), ...lines].join('\n')}\n${tail}`;
}

/**
 * "<name> (cần sửa).xlsx", numbered when two sources share a name ("Bao cao (cần sửa 2).xlsx"); a
 * source that is itself a copy ("Bao cao (cần sửa).xlsx", sent back by the unit) is not suffixed again.
 */
function copyName(source: string, taken: Set<string>, suffix: string): string {
  const stem = basename(source, extname(source));
  for (let n = 1; ; n++) {
    const name = returnCopyName(stem, suffix, n);
    if (!taken.has(name.toLocaleLowerCase('vi'))) {
      taken.add(name.toLocaleLowerCase('vi'));
      return name;
    }
  }
}
