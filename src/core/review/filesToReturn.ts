import type { ConsolidationResult, FileOutcome } from '../consolidate/types';
import type { Plan } from '../plan/types';
import { reportingBody } from '../plan/reportingBody';
import { fileReviews, proposedState, type FileReviewState } from './reviewStates';

/**
 * The files that get a return copy (issue 15), for `cchc consolidate --return-dir` and the pane's
 * "Tải bản trả lại" alike: taken (status ok), with issues to mark, and reviewed "Cần sửa" or "Trả
 * lại" — by the officer on TH Đơn vị or in the pane, else as proposed (a file with errors). The state
 * decides, so a file the officer marked "Đã nhận" goes back to no one, one with warnings only goes
 * back when the officer says so, and the officer's note travels with it (returnNote); a file whose
 * state cell holds words that are no state goes back to no one until a state is picked. A refused
 * file has no cells to mark (its reason goes back in words, in the reminder).
 * @param reviews each listed file's review (fileReviews); the proposals when absent
 */
export function filesToReturn(result: ConsolidationResult, reviews: readonly FileReviewState[] = fileReviews(result)): FileOutcome[] {
  const state = new Map(reviews.map((r) => [r.file, r.state]));
  // A state cell with words that are no state: what the officer meant is not known, so nothing goes back yet (tester, issue 15).
  const unknown = new Set(reviews.filter((r) => r.unreadable !== undefined).map((r) => r.file));
  return result.files.filter((f) => {
    const decided = state.get(f.file) ?? proposedState(f);
    return f.status === 'ok' && f.issues.length > 0 && decided !== 'received' && !unknown.has(f.file);
  });
}

/** The officer's note on a file's review, for the copy's "Cần sửa" sheet; '' when there is none. */
export function returnNote(reviews: readonly FileReviewState[], file: string): string {
  return reviews.find((r) => r.file === file && r.by === 'officer')?.note.trim() ?? '';
}

/** Who checked, as the units know them (the notes' author): the plan's reporting body (issuer.ts decides it for the report too), else the plan's issuer. */
export function returnReviewer(plan: Plan): string {
  return reportingBody(plan)?.name ?? plan.identity.issuer;
}
