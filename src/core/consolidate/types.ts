import type { Issue } from '../issues';
import type { Period } from '../periods';
import type { IsoDate } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import type { TargetResult } from '../progress/targetProgress';
import type { OutputRecord, RecordKind, SourceRef, SpendingRecord, StandingRecord } from '../records/types';
import type { Stamp } from '../template/stamp';
import type { ReadingChoices } from '../reader/types';
import type { FileTimes } from './newestFile';
import type { OfficerReview } from '../review/reviewStates';

/**
 * Consolidation of every unit's workbook: what goes in (files as read, or why they could not be),
 * and what comes out, with every data row accounted for.
 */

/**
 * Why a file could not be read at all; the adapters map their read errors to these. The CLI adds
 * what only a path can have: nothing there (notFound), a folder without spreadsheets
 * (emptyFolder), a file gone between listing and reading (vanished), no permission to read
 * (noAccess), and any other failure of reading it (readFailed).
 */
export type UnreadableReason = 'empty' | 'notXlsx' | 'corrupt' | 'encrypted' | 'tooLarge' | 'notFound' | 'emptyFolder' | 'vanished' | 'noAccess' | 'readFailed';

export interface UnitFileInput {
  readonly file: string;
  /** Milliseconds since 1970 (File.lastModified, or mtime): the file's own time. */
  readonly lastModified: number;
  /** When the workbook says it was last saved (docProps/core.xml), ms since 1970: the newer of two files of a unit wins by it (newestFile.ts). */
  readonly savedAt?: number;
  readonly sheets: readonly RawSheet[] | null;
  /** Set when sheets is null. */
  readonly unreadable?: { readonly reason: UnreadableReason; readonly detail?: string };
}

/**
 * 'sameStamp': the file carries the same stamp as another file (same unit, same day made) but was
 * sent under another name: a copy of a neighbour's workbook. Shown beside the other, never used silently.
 */
export type RejectReason = UnreadableReason | 'otherPlan' | 'unknownUnit' | 'superseded' | 'sameStamp' | 'notTracker';

export interface FileOutcome {
  readonly file: string;
  readonly unit: string | null;
  readonly status: 'ok' | 'rejected' | 'empty';
  /**
   * Data rows read from this file, each once whatever became of it: consolidated, a duplicate of an
   * earlier row, or set aside (hidden, unknown unit or item…), as the conservation line adds them up; a
   * template's standing-items rows count, filled in or not (issue 11's fifth tester, F4: this said "taken").
   */
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
  readonly reason?: RejectReason;
  /** Words for the reason: the other plan's id, the file that superseded this one... */
  readonly detail?: string;
  /**
   * 'unknownUnit' only: the units the file's name or title rows name alike ("ẤP THANH HOA" for Ấp
   * Thanh Hòa and Ấp Thạnh Hòa), unit codes in plan order, for the message that names them and the
   * `--unit-of` line to copy (recogniseUnit.unitCandidates); absent when they name no unit.
   */
  readonly candidates?: readonly string[];
  readonly stamp: Stamp | null;
  readonly issues: readonly Issue[];
  /** The file's two times (newestFile.ts), as read. */
  readonly times?: FileTimes;
  /**
   * The officer sent the file back ("Trả lại", core/review): it is listed with its rows, errors and
   * warnings, but none of its rows count in the totals until the unit sends it again.
   */
  readonly returned?: true;
  /**
   * Rows of an accepted file taken in (hidden, quarantined and duplicate rows aside, each counted
   * under its own reason) dated in the plan year, up to today, outside the period: a year-long
   * tracker's other quarters, kept but not counted in this period and not the unit's to fix, so
   * they are no issue of the file (outsidePeriod.ts); absent when none.
   */
  readonly outsidePeriod?: number;
  /**
   * Outputs and Kinh phí rows of the file taken in (duplicates aside) dated after the report's date
   * (ConsolidationOptions.reportDate) and inside the period: listed on TH Tin bài and TH Kinh phí,
   * counted for nothing (progress/countingWindow, try13m D2); absent when none.
   */
  readonly afterReportDate?: number;
}

/** A file of a folder given that was not read (not a spreadsheet, Excel's lock file, a 0-byte non-tracker), and why in words. */
export interface SetAsideFile {
  readonly file: string;
  readonly reason: string;
}

export type QuarantineReason =
  'noDate' | 'badDate' | 'monthOnly' | 'noChannel' | 'unknownChannel' | 'noTitle' | 'unknownUnit' | 'ambiguousUnit' | 'unknownItem' | 'hidden';

export interface Quarantined {
  readonly kind: RecordKind;
  readonly source: SourceRef;
  /** The A1 cell that says why, when known (the date cell of a row without a date...). */
  readonly cell?: string;
  readonly unit: string | null;
  readonly reason: QuarantineReason;
  readonly value: string;
  /** For 'ambiguousUnit': the units the text could mean, quoted and listed (core/reader/admit quotedNames). */
  readonly names?: string;
}

export interface Duplicate {
  readonly record: OutputRecord;
  /** Where the output was first seen, the copy that counts. */
  readonly first: SourceRef;
  readonly firstUnit: string | null;
}

/**
 * 'returned': the unit sent a usable file that the officer marked "Trả lại": not counted, owed again
 * (core/review/reminders). A file marked "Cần sửa" still counts: it is taken, with fixes to come.
 */
export interface UnitReporting {
  readonly unit: string;
  readonly status: 'reported' | 'missing' | 'rejected' | 'returned';
  readonly file?: string;
  /**
   * The consolidating body that sent no file of its own, its rows being typed straight into the
   * district workbook: that workbook's file name (status 'reported'; consolidatingBody.ts).
   */
  readonly enteredIn?: string;
}

export interface Conservation {
  /** Rows below the headers of every entry table of every accepted file. */
  readonly rowsRead: number;
  readonly blank: number;
  readonly titles: number;
  readonly totals: number;
  /** rowsRead - blank - titles - totals. */
  readonly dataRows: number;
  /**
   * Records beyond one per data row: a row marked "x" under two channels is one output on each.
   * dataRows + extraChannels = consolidated + duplicates + quarantined.
   */
  readonly extraChannels: number;
  readonly consolidated: number;
  readonly duplicates: number;
  readonly quarantined: number;
}

export interface ConsolidationResult {
  readonly period: Period;
  readonly files: readonly FileOutcome[];
  readonly outputs: readonly OutputRecord[];
  readonly standing: readonly StandingRecord[];
  readonly spending: readonly SpendingRecord[];
  readonly duplicates: readonly Duplicate[];
  readonly quarantined: readonly Quarantined[];
  readonly reporting: readonly UnitReporting[];
  readonly targets: readonly TargetResult[];
  /**
   * The outputs and Kinh phí rows `targets` were judged on: what counts as of `today` (progress/countingWindow),
   * the very arrays `outputs` and `spending` when nothing is dated after it. A caller judging the same arrays
   * over the period takes `targets` as they are (progress/periodVerdicts' judgedPeriod, issue 11).
   */
  readonly targetsCounted?: { readonly outputs: readonly OutputRecord[]; readonly spending: readonly SpendingRecord[] };
  /** Unit code → results of that unit's outputs alone. */
  readonly perUnit: ReadonlyMap<string, readonly TargetResult[]>;
  readonly conservation: Conservation;
  /**
   * The report's date (ConsolidationOptions.reportDate, else today): targets are judged as of it, as the report on its date, and
   * nothing dated after it inside the period counts. Absent in results built otherwise.
   */
  readonly today?: IsoDate;
}

export interface ConsolidationOptions {
  readonly period: Period;
  readonly today: IsoDate;
  /**
   * The report's date (`--date`, the pane's report date): when it falls inside the period, rows dated
   * after it are listed but not counted (progress/countingWindow), and targets are judged as of it
   * (ConsolidationResult.today). Absent: `today`.
   */
  readonly reportDate?: IsoDate;
  /** Unit code → file the officer picked when a unit sent two (otherwise the newer wins). */
  readonly preferred?: ReadonlyMap<string, string>;
  /** File → unit code, for trackers whose unit cannot be recognised. */
  readonly unitOfFile?: ReadonlyMap<string, string>;
  /** The officer's decisions about files' columns and labels (remembered in the district workbook). */
  readonly choices?: ReadingChoices;
  /** File → the officer's decisions about that file (all files' and its own; see core/decisions); wins over `choices`. */
  readonly choicesOfFile?: ReadonlyMap<string, ReadingChoices>;
  /**
   * The officer's reviews (core/review, later ones winning): a taken file whose review is "Trả lại"
   * is listed but its rows are not counted (FileOutcome.returned, UnitReporting 'returned').
   */
  readonly reviews?: readonly OfficerReview[];
}
