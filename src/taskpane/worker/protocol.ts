import type { Decision } from '../../core/decisions/types';
import type { SkippedFile } from '../../core/consolidate/folderEntries';
import type { Language } from '../../core/i18n/messages';
import type { WorkbookLayout } from '../../core/layout/types';
import type { Period } from '../../core/periods';
import type { Plan } from '../../core/plan/types';
import type { ConsolidationSummary, FileCheck } from '../state/consolidateJob';
import type { LayoutRows } from './layoutParts';
import type { OfficerReview } from '../../core/review/reviewStates';
import type { Round } from '../sections/consolidate/review/keptReviews';

/**
 * The messages between the pane and the consolidation worker (src/taskpane/worker/consolidate.worker.ts),
 * one discriminated union each way, shared by both sides so neither can send what the other does not read.
 * Every request carries a `job` number; every answer names the job it belongs to. A file's bytes travel as a
 * transferred ArrayBuffer (moved, not copied); the worker keeps what it read, keyed by `FileKey`, until told to forget it.
 */

/** A picked file's identity: its name and last-modified time (a corrected copy of the same name is another key). */
export type FileKey = string;

export const fileKey = (name: string, lastModified: number): FileKey => `${name}\u0000${String(lastModified)}`;

/** What checking a file needs besides the file: the plan, the period the list checks against, today (ISO), the officer's language. */
export interface CheckContext {
  readonly plan: Plan;
  readonly period: Period;
  readonly today: string;
  readonly language: Language;
}

export interface ReadRequest {
  readonly type: 'read';
  readonly job: number;
  readonly key: FileKey;
  readonly name: string;
  readonly lastModified: number;
  /** The file's size in bytes, as the picker gave it; over MAX_FILE_BYTES nothing is read. */
  readonly size: number;
  /** The file's bytes; null when the size alone refuses it. */
  readonly bytes: ArrayBuffer | null;
  readonly context: CheckContext;
}

export interface ConsolidateRequest {
  readonly type: 'consolidate';
  readonly job: number;
  /** The files to consolidate, in list order; each must have been read by this worker. */
  readonly keys: readonly FileKey[];
  readonly context: CheckContext;
  /** Unit code → file name, for units that sent several files (plain pairs: a Map does not say what it holds in a message). */
  readonly preferred: readonly (readonly [string, string])[];
  /** The reading decisions (issue 9): kept in the workbook's "Ghi nhớ đọc tệp" sheet (read by the page) and added in "Xem lại". */
  readonly decisions: { readonly kept: readonly Decision[]; readonly added: readonly Decision[] };
  /** The officer's review states (issue 15): kept on the workbook's "TH Đơn vị" for the period (read by the page), then set in the pane. */
  readonly reviews?: readonly OfficerReview[];
  /** What the folder pick left out, for TH Đơn vị's list of files not read. */
  readonly skipped?: readonly SkippedFile[];
}

/** "Xem lại" of one file the worker read: what the reader could not settle in it, given the decisions already taken. */
export interface ReviewRequest {
  readonly type: 'review';
  readonly job: number;
  readonly key: FileKey;
  readonly name: string;
  /** Whether the file's unit is known (else the review asks for it first). */
  readonly unitKnown: boolean;
  readonly taken: readonly Decision[];
  readonly plan: Plan;
  readonly today: string;
}

export interface ForgetRequest {
  readonly type: 'forget';
  readonly keys: readonly FileKey[];
}

export type ToWorker = ReadRequest | ConsolidateRequest | ReviewRequest | ForgetRequest | ReturnCopyRequest;

/** The step a file is at while the worker has it: reading the workbook, then checking its rows. */
export type FileStage = 'read' | 'check';

export type FromWorker =
  | { readonly type: 'stage'; readonly job: number; readonly key: FileKey; readonly stage: FileStage }
  | { readonly type: 'fileRead'; readonly job: number; readonly key: FileKey; readonly check: FileCheck; readonly readable: boolean }
  /** Rows of a large block of the consolidation's layout, sent in order before `consolidated` (layoutParts.ts: one message of 60,000 rows froze the page). */
  | { readonly type: 'layoutRows'; readonly job: number; readonly part: LayoutRows }
  | {
      readonly type: 'consolidated';
      readonly job: number;
      /** The layout with the rows sent ahead as `layoutRows` left out of their blocks. */
      readonly layout: WorkbookLayout;
      readonly summary: ConsolidationSummary;
      readonly checks: Readonly<Record<string, FileCheck>>;
      /** Each listed file's review and the reminders to units (issue 15). */
      readonly round?: Round;
    }
  /** The questions for a review request; an empty list when the file could not be read. */
  | { readonly type: 'reviewItems'; readonly job: number; readonly items: readonly Decision[] }
  /** The keys a consolidate request named that this worker never read (it was restarted after a cancel). */
  | { readonly type: 'missing'; readonly job: number; readonly keys: readonly FileKey[] }
  | ReturnCopyAnswer
  /** Something broke that is not a file's fault (a bug, memory): the message, for the pane's error line. */
  | { readonly type: 'failed'; readonly job: number; readonly message: string };

/**
 * "Tải bản trả lại" (issue 15): the copy of one file of the last consolidation, with a note at each cell
 * to fix and the "Cần sửa" sheet, made where the file's bytes are (the worker) from the issues that
 * consolidation found: the same copy `cchc consolidate --return-dir` writes (src/xlsx/returnCopy.ts).
 */
export interface ReturnCopyRequest {
  readonly type: 'returnCopy';
  readonly job: number;
  /** The file's name as listed in the last consolidation's summary (`returns`). */
  readonly file: string;
  /** The plan (whose reporting body signs the notes), today (ISO, printed on the list) and the language of the list. */
  readonly context: CheckContext;
}

/** The copy's bytes (transferred), or `missing` when this worker no longer has the file or its consolidation (restarted after a cancel). */
export type ReturnCopyAnswer =
  | { readonly type: 'returnCopy'; readonly job: number; readonly bytes: ArrayBuffer }
  | { readonly type: 'missing'; readonly job: number; readonly keys: readonly FileKey[] };
