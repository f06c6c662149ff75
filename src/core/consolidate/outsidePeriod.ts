import { issueCounts, type ValidationReport } from '../validation';

/** validation/rules/dateOutsidePeriod.ts's code: a row dated in the plan year, up to today, outside the period chosen. */
const OUTSIDE_PERIOD = 'validation.date.outsidePeriod';

/**
 * A unit's file as consolidation lists it: a year-long tracker holds the other quarters' rows by
 * design, so a row dated outside the consolidation's period is not the unit's to fix (issue 13,
 * fifth tester, finding 11). Its warning leaves the file's issues (TH Lỗi từng tệp, the return
 * copies, the reminders, the warning counts); the rows are counted once per file instead
 * (`outsidePeriod`, rows of outputs and spending). A date outside the plan year or after today
 * keeps its own warning (dateOutsidePlanYear, the future-date rule). The pane's list of files shows
 * these same counts (taskpane/plan/consolidateFiles fileCheck).
 */
export function setPeriodAside(report: ValidationReport): { readonly report: ValidationReport; readonly outsidePeriod: number } {
  const outsidePeriod = report.issues.filter((found) => found.code === OUTSIDE_PERIOD).length;
  if (outsidePeriod === 0) return { report, outsidePeriod };
  const issues = report.issues.filter((found) => found.code !== OUTSIDE_PERIOD);
  return { report: { ...report, issues, ...issueCounts(issues) }, outsidePeriod };
}
