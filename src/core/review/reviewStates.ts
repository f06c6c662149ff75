import type { ConsolidationResult } from '../consolidate/types';
import type { MessageKey } from '../i18n/messages';
import { fileName } from '../decisions/mergeDecisions';
import { foldForMatch } from '../text/fold';

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
}

/** A review set by the officer (the pane's picker, or a row of the sheet that differs from what was proposed). */
export interface OfficerReview {
  readonly unit: string | null;
  readonly file: string;
  readonly state: ReviewState;
  readonly note: string;
}

/** The state proposed for a file: one that cannot be used or has errors needs fixing; any other is received. */
export function proposedState(file: { readonly status: 'ok' | 'rejected' | 'empty'; readonly errors: number }): ReviewState {
  return file.status === 'rejected' || file.errors > 0 ? 'needsFix' : 'received';
}

/**
 * Whether a review is about the file listed as (unit, file): same unit (or both none) and the same
 * file name, folded and without folders (the CLI lists paths; the next run may take the files from another folder).
 */
export function sameFile(review: Pick<OfficerReview, 'unit' | 'file'>, unit: string | null, file: string): boolean {
  return review.unit === unit && foldForMatch(fileName(review.file)) === foldForMatch(fileName(file));
}

/** The officer's review of the file listed as (unit, file), the latest winning; undefined when the officer set none. */
export function officerReviewOf(officer: readonly OfficerReview[], unit: string | null, file: string): OfficerReview | undefined {
  return [...officer].reverse().find((review) => sameFile(review, unit, file));
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
  return listed.map(({ unit, file }) => {
    const set = officerReviewOf(officer, unit, file.file);
    return set === undefined
      ? { unit, file: file.file, state: proposedState(file), note: '', by: 'proposed' }
      : { unit, file: file.file, state: set.state, note: set.note, by: 'officer' };
  });
}
