import type { ConsolidationResult, RejectReason } from '../consolidate/types';
import type { MessageKey } from '../i18n/messages';
import { fileName } from '../decisions/mergeDecisions';
import { foldForMatch } from '../text/fold';
import type { FileTimes } from '../consolidate/newestFile';

/**
 * What Phòng Nội vụ decided about each unit's file in a round (issue 15): "Đã nhận" (taken as it
 * is), "Cần sửa" (the unit must fix it), "Trả lại" (sent back), with the officer's note. Kept on
 * the "TH Đơn vị" sheet of the district workbook, beside the unit's row, as two editable columns.
 */
export type ReviewState = 'received' | 'needsFix' | 'returned';

export const REVIEW_STATES: readonly ReviewState[] = ['received', 'needsFix', 'returned'];

/** The words of each state; the sheet is written in Vietnamese, and the reader takes either language. */
export const REVIEW_STATE_KEYS: Readonly<Record<ReviewState, MessageKey>> = {
  received: 'review.state.received',
  needsFix: 'review.state.needsFix',
  returned: 'review.state.returned',
};

/** One file's review, as written on the unit list sheet and listed by the CLI's JSON. */
export interface FileReviewState {
  /** The unit that sent the file; null for a file no unit was matched to. */
  readonly unit: string | null;
  /** The file's name as listed on the sheet ("Tệp"). */
  readonly file: string;
  readonly state: ReviewState;
  /** The officer's note, as typed; '' for none. */
  readonly note: string;
  /** 'officer': set by the officer (in the pane or on the sheet); 'proposed': worked out from the file's check. */
  readonly by: 'officer' | 'proposed';
  /** The version of the file this review is about (fileVersion); absent when the workbook does not record its saved time. */
  readonly version?: string;
  /**
   * The officer's earlier review of a file of the same name that is not this version: the unit sent
   * the file again, so it is reviewed afresh (proposed again) and the earlier review is only reported.
   */
  readonly resent?: { readonly state: ReviewState; readonly note: string; readonly version: string };
  /**
   * What the officer typed in the state cell when it is no state ("Xong rồi"): the file's state is
   * not known, so `state` is the proposal (by 'proposed'), the next district workbook writes these
   * words back in the cell, marked, and no return copy goes out until the officer picks a state.
   */
  readonly unreadable?: string;
}

/** A review set by the officer (the pane's picker, or a row of the sheet that differs from what was proposed). */
export interface OfficerReview {
  readonly unit: string | null;
  readonly file: string;
  readonly state: ReviewState;
  readonly note: string;
  /** The version of the file the officer reviewed (fileVersion, kept on TH Đơn vị); absent for a review made without it (older sheets, the pane's picker). */
  readonly version?: string;
  /**
   * Set for a row of TH Đơn vị whose state cell holds words that are no state: the officer's words.
   * `state` is then the proposal for the row and is not the officer's decision (fileReviews lists it as 'proposed').
   */
  readonly unreadable?: string;
}

/**
 * Which version of a file a review is about: the time the workbook was last saved (docProps/core.xml
 * dcterms:modified, rewritten by Excel and LibreOffice at every save: newestFile.ts), as
 * "yyyy-mm-dd hh:mm:ss" UTC. A unit that corrects its file and sends it under the same name has saved
 * it again, so the new version has another time. undefined when the workbook does not record it
 * (another tool's export): such a file is told apart by name only.
 */
export function fileVersion(times: FileTimes | undefined): string | undefined {
  return times?.savedAt === undefined ? undefined : new Date(times.savedAt).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The state proposed for a file: a 0-byte file (reason 'empty') is "Trả lại" — there is nothing in it
 * to fix, the unit must send the file (tester, issue 15); any other that cannot be used or has errors
 * needs fixing; any other is received.
 * @param reason why the file was not used (FileOutcome.reason), when it was not
 */
export function proposedState(file: { readonly status: 'ok' | 'rejected' | 'empty'; readonly errors: number; readonly reason?: RejectReason }): ReviewState {
  if (file.status === 'rejected' && file.reason === 'empty') return 'returned';
  return file.status === 'rejected' || file.errors > 0 ? 'needsFix' : 'received';
}

/**
 * Whether a review is about the file listed as (unit, file, version): same unit (or both none), the
 * same file name, folded and without folders (the CLI lists paths; the next run may take the files
 * from another folder), and — when both the review and the file know their version — the same
 * version: a review is about one version of a file, not a file name (tester, issue 15).
 * @param version the listed file's fileVersion; undefined to match by name only
 */
export function sameFile(review: Pick<OfficerReview, 'unit' | 'file' | 'version'>, unit: string | null, file: string, version?: string): boolean {
  const sameVersion = review.version === undefined || version === undefined || review.version === version;
  return review.unit === unit && sameVersion && foldForMatch(fileName(review.file)) === foldForMatch(fileName(file));
}

/** The officer's review of the file listed as (unit, file, version), the latest winning; undefined when the officer set none for this version. */
export function officerReviewOf(officer: readonly OfficerReview[], unit: string | null, file: string, version?: string): OfficerReview | undefined {
  return [...officer].reverse().find((review) => sameFile(review, unit, file, version));
}

/**
 * The review of every file the unit list sheet lists (each unit's file, then files no unit was
 * matched to; a unit that sent nothing has none): the officer's where one is about the same unit
 * and file, else the proposal. A unit that sends another file is reviewed afresh: the old review
 * was about the old file.
 * @param officer reviews set by the officer, later ones winning (kept on the sheet first, the pane's after)
 */
export function fileReviews(result: ConsolidationResult, officer: readonly OfficerReview[] = []): FileReviewState[] {
  const outcome = new Map(result.files.map((f) => [f.file, f]));
  const listed = [
    ...result.reporting.flatMap((r) => {
      const file = r.file === undefined ? undefined : outcome.get(r.file);
      return file === undefined ? [] : [{ unit: r.unit, file }];
    }),
    ...result.files.filter((f) => f.unit === null).map((file) => ({ unit: null, file })),
  ];
  return listed.map(({ unit, file }): FileReviewState => {
    const version = fileVersion(file.times);
    const at = version === undefined ? {} : { version };
    const set = officerReviewOf(officer, unit, file.file, version);
    // Words that are no state decide nothing: the file's own proposal stands, the words and note are kept to be written back.
    if (set?.unreadable !== undefined)
      return { unit, file: file.file, state: proposedState(file), note: set.note, by: 'proposed', ...at, unreadable: set.unreadable };
    if (set !== undefined) return { unit, file: file.file, state: set.state, note: set.note, by: 'officer', ...at };
    // Only a review that names another version is an earlier one: without a version it would have matched.
    const earlier = officerReviewOf(officer, unit, file.file);
    const resent = earlier?.version === undefined ? {} : { resent: { state: earlier.state, note: earlier.note, version: earlier.version } };
    return { unit, file: file.file, state: proposedState(file), note: '', by: 'proposed', ...at, ...resent };
  });
}
