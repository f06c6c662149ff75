import type { ConsolidationResult, FileOutcome } from '../consolidate/types';
import type { Plan } from '../plan/types';
import { reportingBody } from '../plan/reportingBody';

/**
 * The files that get a return copy (issue 15), for `cchc consolidate --return-dir` and the pane's
 * "Tải bản trả lại" alike: taken (status ok) with at least one issue. A refused file has no cells to
 * mark (its reason goes back in words); a clean file needs nothing back.
 */
export function filesToReturn(result: ConsolidationResult): FileOutcome[] {
  return result.files.filter((f) => f.status === 'ok' && f.issues.length > 0);
}

/** Who checked, as the units know them (the notes' author): the plan's reporting body (issuer.ts decides it for the report too), else the plan's issuer. */
export function returnReviewer(plan: Plan): string {
  return reportingBody(plan)?.name ?? plan.identity.issuer;
}
