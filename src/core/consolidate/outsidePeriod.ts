import type { Issue } from '../issues';
import type { ValidationReport } from '../validation';

/** validation/rules/dateOutsidePeriod.ts's code: a row dated in the plan year, up to today, outside the period chosen. */
const OUTSIDE_PERIOD = 'validation.date.outsidePeriod';

/**
 * A unit's file as consolidation lists it: a year-long tracker holds the other quarters' rows by
 * design, so a row dated outside the consolidation's period is not the unit's to fix (issue 13,
 * fifth tester, finding 11). Its warning leaves the file's issues (TH Lỗi từng tệp, the return
 * copies, the reminders, the warning counts); the rows are counted once per file instead
 * (`outsidePeriod`, rows of outputs and spending). A date outside the plan year or after today
 * keeps its own warning (dateOutsidePlanYear, the future-date rule). The pane's own check of one
 * file leaves the same warnings out (taskpane/plan/consolidateFiles fileCheck).
 */
export function setPeriodAside(report: ValidationReport): { readonly report: ValidationReport; readonly outsidePeriod: number } {
  const outsidePeriod = report.issues.filter((found) => found.code === OUTSIDE_PERIOD).length;
  if (outsidePeriod === 0) return { report, outsidePeriod };
  const issues = report.issues.filter((found) => found.code !== OUTSIDE_PERIOD);
  return { report: { ...report, issues, ...recount(issues) }, outsidePeriod };
}

function recount(issues: readonly Issue[]): Pick<ValidationReport, 'counts' | 'bySheet' | 'byCode'> {
  const counts = { error: 0, warning: 0 };
  const bySheet: Record<string, { error: number; warning: number }> = {};
  const byCode: Partial<Record<Issue['code'], number>> = {};
  for (const found of issues) {
    counts[found.severity] += 1;
    const sheet = (bySheet[found.where.sheet] ??= { error: 0, warning: 0 });
    sheet[found.severity] += 1;
    byCode[found.code] = (byCode[found.code] ?? 0) + 1;
  }
  return { counts, bySheet, byCode };
}
