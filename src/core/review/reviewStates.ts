import type { ConsolidationResult } from '../consolidate/types';
import { fileVersion, officerReviewOf, proposedState, type OfficerReview, type ReviewState } from './officerReview';

export { REVIEW_STATE_KEYS, REVIEW_STATES, fileVersion, officerReviewOf, proposedState, sameFile, type OfficerReview, type ReviewState } from './officerReview';

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
