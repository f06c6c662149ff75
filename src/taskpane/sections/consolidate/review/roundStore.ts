import type { Reminder } from '../../../../core/review/reminders';
import type { Issue } from '../../../../core/issues';
import { fileVersion, officerReviewOf, proposedState, type OfficerReview, type ReviewState } from '../../../../core/review/officerReview';
import type { FileReviewState } from '../../../../core/review/reviewStates';
import type { FileCheck } from '../../../state/consolidateJob';

/**
 * Tổng hợp's round (issue 15) since the pane opened: the review state and note the officer set per
 * picked file (written with the next Tổng hợp), and what the last consolidation gave back (each
 * file's review, the reminders). Kept out of the pane's reducer, as reviewStore is, so the round
 * stays in its own files; components read it with useSyncExternalStore.
 */

export interface RoundSnapshot {
  /** File name → what the officer set in the pane. */
  readonly set: Readonly<Record<string, { readonly state: ReviewState; readonly note: string }>>;
  readonly reviews: readonly FileReviewState[];
  readonly reminders: readonly Reminder[];
  /** The officer's reviews kept on the open workbook's "TH Đơn vị" for the chosen period, read when files are picked (keptRound). */
  readonly kept: readonly OfficerReview[];
  /** What could not be read there (a state that is no state), each at its cell. */
  readonly keptIssues: readonly Issue[];
}

let snapshot: RoundSnapshot = { set: {}, reviews: [], reminders: [], kept: [], keptIssues: [] };
const listeners = new Set<() => void>();
const publish = (next: RoundSnapshot): void => {
  snapshot = next;
  for (const listener of listeners) listener();
};

export const roundStore = {
  get: (): RoundSnapshot => snapshot,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The officer's state and note for a picked file. */
  set: (file: string, state: ReviewState, note: string): void => publish({ ...snapshot, set: { ...snapshot.set, [file]: { state, note } } }),
  /** The reviews kept on the workbook's unit list sheet, and what could not be read there (issue 15). */
  keptRead: (kept: readonly OfficerReview[], keptIssues: readonly Issue[]): void => publish({ ...snapshot, kept, keptIssues }),
  /** What a consolidation gave back; the officer's settings stay (they were written, and stay the officer's). */
  finished: (round: Pick<RoundSnapshot, 'reviews' | 'reminders'>): void => publish({ ...snapshot, reviews: round.reviews, reminders: round.reminders }),
  /**
   * The officer's settings as reviews for a consolidation request, each with the unit its file's check found.
   * @param files the picked files read, with their checks
   */
  officerReviews: (files: readonly { readonly name: string; readonly check?: FileCheck }[]): OfficerReview[] =>
    files.flatMap((f) => {
      const set = snapshot.set[f.name];
      return set === undefined ? [] : [{ unit: f.check?.unit ?? null, file: f.name, state: set.state, note: set.note }];
    }),
};

/**
 * The state and note the list shows for a file: the officer's in the pane, else the last consolidation's,
 * else the one kept on the workbook's "TH Đơn vị" for the same unit and file, else the proposal from its check.
 */
export function shownReview(round: RoundSnapshot, file: string, check: FileCheck): { readonly state: ReviewState; readonly note: string } {
  return (
    round.set[file] ??
    round.reviews.find((r) => r.file === file) ??
    // A kept review of another version of the file (sent again under the same name) is not this one's: core fileReviews' rule.
    officerReviewOf(round.kept, check.unit, file, fileVersion(check)) ?? {
      state: proposedState({ ...check, reason: check.reason?.key === 'consolidate.reject.empty' ? 'empty' : undefined }),
      note: '',
    }
  );
}
