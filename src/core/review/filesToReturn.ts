import type { ConsolidationResult, FileOutcome } from '../consolidate/types';
import type { Plan } from '../plan/types';
import { reportingBody } from '../plan/reportingBody';
import { fileReviews, proposedState, type FileReviewState } from './reviewStates';

/**
 * The files that get a return copy (issue 15), for `cchc consolidate --return-dir` and the pane's
 * "Tải bản trả lại" alike: taken (status ok), with issues to mark, and reviewed "Cần sửa" or "Trả
 * lại" — by the officer on TH Đơn vị or in the pane, else as proposed (a file with errors). The state
 * decides, so a file the officer marked "Đã nhận" goes back to no one, one with warnings only goes
 * back when the officer says so, and the officer's note travels with it (returnNote). A refused
 * file has no cells to mark (its reason goes back in words, in the reminder).
 * @param reviews each listed file's review (fileReviews); the proposals when absent
 */
export function filesToReturn(result: ConsolidationResult, reviews: readonly FileReviewState[] = fileReviews(result)): FileOutcome[] {
  const state = new Map(reviews.map((r) => [r.file, r.state]));
  return result.files.filter((f) => {
    const decided = state.get(f.file) ?? proposedState(f);
    return f.status === 'ok' && f.issues.length > 0 && decided !== 'received';
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
