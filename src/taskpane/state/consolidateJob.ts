import type { SkippedFile } from '../../core/consolidate/folderEntries';
import { newestFirst, type FileTimes } from '../../core/consolidate/newestFile';
import type { Conservation } from '../../core/consolidate/types';
import type { FileStage } from '../worker/protocol';
import type { PaneMessage } from './trackerJob';

/**
 * Tổng hợp's state, kept out of the pane reducer: the files the officer picked (they stay listed,
 * so a late file is one more pick and one more run), which file counts for a unit that sent two,
 * and the job. A picked file's content stays where it was read (the consolidation worker, or the
 * inline fallback's store): the state keeps only what the list shows of it.
 */

/** What the pane shows for one file once it is read and checked. */
export interface FileCheck {
  readonly unit: string | null;
  readonly status: 'ok' | 'rejected' | 'empty';
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
  /** Why the file is not used, in message form. */
  readonly reason?: PaneMessage;
  /** When the workbook says it was saved (ms since 1970), when it says: the newest of a unit's files is judged by it. */
  readonly savedAt?: number;
}

export interface PickedFileInfo {
  readonly name: string;
  readonly size: number;
  readonly lastModified: number;
}

export interface PickedEntry extends PickedFileInfo {
  readonly phase: 'waiting' | 'reading' | 'read';
  /** Once read: whether the file has sheets to consolidate (an unreadable file is still listed, and counted as refused). */
  readonly readable?: boolean;
  readonly check?: FileCheck;
}

export interface TargetLine {
  readonly id: string;
  readonly title: string;
  readonly minimum: number;
  /** Counted in the period. */
  readonly achieved: number;
  /** Counted from the start of the plan year; Đạt is judged on it, as in the report. */
  readonly yearToDate: number;
  readonly met: boolean;
  /** None of the target's periods in the consolidated period has ended yet: "Đang thực hiện", as the report says. */
  readonly running?: true;
  /** Every unit the plan gives the target to sent no file: "Chưa báo cáo", not judged (core periodVerdicts' unreported). */
  readonly unreported?: true;
  /** A target in minutes or đồng: its figures as shown ("120", "120 phút"), so the summary reads "lũy kế 120/120 phút". */
  readonly display?: { readonly inPeriod: string; readonly yearToDate: string; readonly minimum: string };
}

export interface ConsolidationSummary {
  readonly period: string;
  /** Rows consolidated: outputs, standing items and spending. */
  readonly records: number;
  /** Of which outputs (news items, reports...), each counted once. */
  readonly outputs: number;
  /** Unit names by reporting status, in plan order. */
  readonly reported: readonly string[];
  readonly missing: readonly string[];
  readonly rejected: readonly string[];
  /** Units whose file the officer marked "Trả lại": listed, not counted (issue 15). */
  readonly returned: readonly string[];
  /** Files not used at all (empty, unreadable, another plan, unit not recognised); a unit's set-aside second file is not one. */
  readonly refusedFiles: readonly string[];
  readonly units: number;
  readonly targets: readonly TargetLine[];
  readonly conservation: Conservation;
  /** The sheets written, consolidation sheets first, then the district report. */
  readonly sheets: readonly string[];
  readonly reportSheet: string;
  /** The files taken with issues, each offered as a copy to send back (core/review/filesToReturn), in list order. */
  readonly returns: readonly ReturnableFile[];
}

/** A file that goes back to its unit: its name as picked, the unit's name (the file's when unknown), its counts. */
export interface ReturnableFile {
  readonly file: string;
  readonly unit: string;
  readonly errors: number;
  readonly warnings: number;
}

export type ConsolidateJob =
  | { readonly status: 'idle' }
  /** `stage` is where the current file is: being read, then its rows checked. */
  | { readonly status: 'reading'; readonly done: number; readonly total: number; readonly current: string; readonly stage: FileStage }
  /** The files read are being consolidated (in the worker); nothing is written yet, Cancel still leaves the workbook as it was. */
  | { readonly status: 'consolidating'; readonly files: number }
  /** Writing into the open workbook, `done` of `total` requests: not cancellable (see useConsolidate). */
  | { readonly status: 'writing'; readonly done: number; readonly total: number }
  /** The officer cancelled: `kept` files read stay listed, `dropped` files not yet read were taken off the list. */
  | { readonly status: 'cancelled'; readonly kept: number; readonly dropped: number }
  | { readonly status: 'done'; readonly summary: ConsolidationSummary; readonly goToFailed?: PaneMessage }
  | { readonly status: 'failed'; readonly message: PaneMessage };

export interface ConsolidateState {
  readonly files: readonly PickedEntry[];
  /** Unit code → the file the officer chose among that unit's files (otherwise the newest counts). */
  readonly preferred: Readonly<Record<string, string>>;
  /**
   * What the last folder pick left out, with why (lock, hidden, not a spreadsheet: core/consolidate/folderEntries):
   * kept with the picked files, so the list is still there when the section is shown again.
   */
  readonly skipped: readonly SkippedFile[];
  readonly job: ConsolidateJob;
}

export const INITIAL_CONSOLIDATE_STATE: ConsolidateState = { files: [], preferred: {}, skipped: [], job: { status: 'idle' } };

export type ConsolidateAction =
  /** Files picked or dropped: appended, and a file of the same name replaces the one listed. */
  /** `skipped`: what a folder pick left out (none for files picked one by one, which replace the last folder's list). */
  | { readonly type: 'consolidateFilesPicked'; readonly files: readonly PickedFileInfo[]; readonly skipped?: readonly SkippedFile[] }
  | { readonly type: 'consolidateFileReading'; readonly name: string; readonly done: number; readonly total: number }
  | { readonly type: 'consolidateFileStage'; readonly name: string; readonly stage: FileStage }
  | { readonly type: 'consolidateFileRead'; readonly name: string; readonly lastModified: number; readonly readable: boolean; readonly check: FileCheck }
  | { readonly type: 'consolidateReadingDone' }
  | { readonly type: 'consolidateFileRemoved'; readonly name: string }
  | { readonly type: 'consolidatePreferred'; readonly unit: string; readonly file: string }
  | { readonly type: 'consolidateRunning'; readonly files: number }
  | { readonly type: 'consolidateWriting'; readonly done: number; readonly total: number }
  | { readonly type: 'consolidateCancelled' }
  | { readonly type: 'consolidateFinished'; readonly summary: ConsolidationSummary; readonly checks: Readonly<Record<string, FileCheck>> }
  | { readonly type: 'consolidateFailed'; readonly message: PaneMessage }
  | { readonly type: 'consolidateGoToFailed'; readonly message: PaneMessage };

const ACTION_TYPES: ReadonlySet<string> = new Set<ConsolidateAction['type']>([
  'consolidateFilesPicked',
  'consolidateFileReading',
  'consolidateFileStage',
  'consolidateFileRead',
  'consolidateReadingDone',
  'consolidateFileRemoved',
  'consolidatePreferred',
  'consolidateRunning',
  'consolidateWriting',
  'consolidateCancelled',
  'consolidateFinished',
  'consolidateFailed',
  'consolidateGoToFailed',
]);

export function isConsolidateAction(action: { readonly type: string }): action is ConsolidateAction {
  return ACTION_TYPES.has(action.type);
}

/** Whether a job is under way (reading, consolidating or writing): the list is then not edited. */
export const busy = (job: ConsolidateJob): boolean => job.status === 'reading' || job.status === 'consolidating' || job.status === 'writing';

/** Units that sent more than one usable file, each with its files newest first by the workbook's saved time (core/consolidate/newestFile). */
export function unitsWithSeveralFiles(files: readonly PickedEntry[]): { readonly unit: string; readonly files: readonly PickedEntry[] }[] {
  const byUnit = new Map<string, PickedEntry[]>();
  for (const entry of files) {
    const unit = entry.check?.unit;
    if (unit === null || unit === undefined || entry.check?.status === 'rejected') continue;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), entry]);
  }
  return [...byUnit]
    .filter(([, list]) => list.length > 1)
    .map(([unit, list]) => ({ unit, files: [...list].sort((a, b) => newestFirst(entryTimes(a), entryTimes(b))) }));
}

/** A picked file's two times for core's newest-file rule: the file's, and the workbook's saved time once read. */
export function entryTimes(entry: PickedEntry): FileTimes {
  const savedAt = entry.check?.savedAt;
  return savedAt === undefined ? { lastModified: entry.lastModified } : { lastModified: entry.lastModified, savedAt };
}

/** The file that counts for a unit with several: the officer's pick while it is still listed, else the newest. */
export function chosenFile(state: ConsolidateState, unit: string, files: readonly PickedEntry[]): string | undefined {
  const pick = state.preferred[unit];
  return files.some((f) => f.name === pick) ? pick : files[0]?.name;
}

function withoutPreferenceFor(preferred: Readonly<Record<string, string>>, names: ReadonlySet<string>): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(preferred).filter(([, file]) => !names.has(file)));
}

export function consolidateReducer(state: ConsolidateState, action: ConsolidateAction): ConsolidateState {
  switch (action.type) {
    case 'consolidateFilesPicked': {
      const names = new Set(action.files.map((f) => f.name));
      const kept = state.files.filter((f) => !names.has(f.name));
      const added = action.files.map((f): PickedEntry => ({ name: f.name, size: f.size, lastModified: f.lastModified, phase: 'waiting' }));
      // A new pick makes the last summary stale; the reading job that follows sets the progress.
      return {
        files: [...kept, ...added],
        preferred: withoutPreferenceFor(state.preferred, names),
        skipped: action.skipped ?? [],
        job: busy(state.job) ? state.job : { status: 'idle' },
      };
    }
    case 'consolidateFileReading':
      return {
        ...state,
        files: state.files.map((f) => (f.name === action.name && f.phase === 'waiting' ? { ...f, phase: 'reading' } : f)),
        job: { status: 'reading', done: action.done, total: action.total, current: action.name, stage: 'read' },
      };
    case 'consolidateFileStage':
      return state.job.status === 'reading' && state.job.current === action.name ? { ...state, job: { ...state.job, stage: action.stage } } : state;
    case 'consolidateFileRead':
      return {
        ...state,
        // Only the entry that was read: a file picked again meanwhile waits for its own read.
        files: state.files.map((f) =>
          f.name === action.name && f.lastModified === action.lastModified && f.phase !== 'read'
            ? { ...f, phase: 'read', readable: action.readable, check: action.check }
            : f,
        ),
      };
    case 'consolidateReadingDone':
      return state.job.status === 'reading' ? { ...state, job: { status: 'idle' } } : state;
    case 'consolidateFileRemoved':
      if (busy(state.job)) return state;
      return {
        ...state,
        files: state.files.filter((f) => f.name !== action.name),
        preferred: withoutPreferenceFor(state.preferred, new Set([action.name])),
        job: { status: 'idle' },
      };
    case 'consolidatePreferred':
      return { ...state, preferred: { ...state.preferred, [action.unit]: action.file } };
    case 'consolidateRunning':
      return { ...state, job: { status: 'consolidating', files: action.files } };
    case 'consolidateCancelled': {
      // The write is not cancellable: a click that raced its start changes nothing.
      if (state.job.status === 'writing') return state;
      // Files read stay (their reading is kept); the ones still waiting were part of the cancelled pick.
      const kept = state.files.filter((f) => f.phase === 'read');
      return { ...state, files: kept, job: { status: 'cancelled', kept: kept.length, dropped: state.files.length - kept.length } };
    }
    case 'consolidateWriting':
      return { ...state, job: { status: 'writing', done: action.done, total: action.total } };
    case 'consolidateFinished':
      return {
        ...state,
        files: state.files.map((f) => {
          const check = action.checks[f.name];
          return check === undefined ? f : { ...f, check };
        }),
        job: { status: 'done', summary: action.summary },
      };
    case 'consolidateFailed':
      return { ...state, job: { status: 'failed', message: action.message } };
    case 'consolidateGoToFailed':
      return state.job.status === 'done' ? { ...state, job: { ...state.job, goToFailed: action.message } } : state;
  }
}
