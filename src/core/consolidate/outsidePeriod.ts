import { issueCounts, type ValidationReport } from '../validation';

/** validation/rules/dateOutsidePeriod.ts's code: a row dated in the plan year, up to today, outside the period chosen. */
const OUTSIDE_PERIOD = 'validation.date.outsidePeriod';

/** The date cells whose rows were told outside the period, by `outsideKey`; `unplaced`: such warnings without a cell. */
export interface OutsideCells {
  readonly cells: ReadonlySet<string>;
  readonly unplaced: number;
}

/** A date cell as `OutsideCells.cells` holds it. */
export const outsideKey = (sheet: string, cell: string): string => `${sheet}\u0000${cell}`;

/**
 * A unit's file as consolidation lists it: a year-long tracker holds the other quarters' rows by
 * design, so a row dated outside the consolidation's period is not the unit's to fix (issue 13,
 * fifth tester, finding 11). Its warning leaves the file's issues (TH Lỗi từng tệp, the return
 * copies, the reminders, the warning counts); the rows are counted once per file instead
 * (`outsidePeriod`, rows of outputs and spending), and only the rows taken in: a row set aside
 * (hidden, quarantined, a duplicate) is counted under that reason alone (issue 11's fifth tester:
 * a hidden December row was counted both as hidden and outside the period). The date cells returned
 * here are matched against the rows taken (consolidate.ts). A date outside the plan year or after
 * today keeps its own warning (dateOutsidePlanYear, the future-date rule). The pane's list of files
 * shows these same counts (taskpane/plan/consolidateFiles fileCheck).
 */
export function setPeriodAside(report: ValidationReport): { readonly report: ValidationReport; readonly outside: OutsideCells } {
  const told = report.issues.filter((found) => found.code === OUTSIDE_PERIOD);
  if (told.length === 0) return { report, outside: { cells: new Set(), unplaced: 0 } };
  const cells = new Set<string>();
  let unplaced = 0;
  for (const found of told) {
    if (found.where.cell === undefined) unplaced += 1;
    else cells.add(outsideKey(found.where.sheet, found.where.cell));
  }
  const issues = report.issues.filter((found) => found.code !== OUTSIDE_PERIOD);
  return { report: { ...report, issues, ...issueCounts(issues) }, outside: { cells, unplaced } };
}

/**
 * How many rows taken in are told outside the period: the distinct date cells among `taken` (a row
 * of several channel marks is one row, as its one warning), and the warnings without a cell.
 */
export function countOutside(taken: Iterable<string | undefined>, unplaced: number): number {
  const cells = new Set<string>();
  for (const at of taken) if (at !== undefined) cells.add(at);
  return cells.size + unplaced;
}
