import type { RejectReason } from '../consolidate/types';
import type { MessageKey } from '../i18n/messages';
import { fileName } from '../decisions/mergeDecisions';
import { foldForMatch } from '../text/fold';
import type { FileTimes } from '../consolidate/newestFile';

// The review words and rules the pane's first load needs (its picker and list), apart from fileReviews
// (reviewStates.ts), which only the consolidation's chunks use: the first-load bundle has no room to spare.

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
export function fileVersion(times: Pick<FileTimes, 'savedAt'> | undefined): string | undefined {
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
