import type { IsoDate, PeriodConvention } from '../plan/types';
import { shiftIsoByMonths } from './calendarMath';
import { periodFor, planYearOf } from './standard';
import type { Period } from './types';

/** How long before a period ends its report becomes the one being prepared. */
export const REPORT_LEAD_MONTHS = 1;

/**
 * The period a report is most likely being prepared for on `today`: the latest-ending 6-month or
 * annual period whose last day is at most one month ahead of today (or already past). When the
 * second half and the year end on the same day, the year wins: offices send an annual report in
 * December, not a second 6-month one.
 *
 * Why a month of lead time rather than "the latest period that has ended": 6-month reports are
 * written before the cut-off, from counts so far and an estimate for the rest. A Phòng Nội vụ
 * officer on 10 June 2018 is writing the report for the first half of 2018 (cut-off 14 June
 * under Nghị định 09), not the annual report for 2017. So, under either convention:
 * - from one month before the first half ends (14 May cut-off, 30 May calendar), the first half;
 * - from one month before the year ends (14 Nov cut-off, 30 Nov calendar), the year;
 * - until the next of those, the one chosen stays the default, including after it has ended.
 */
export function defaultReportPeriod(today: IsoDate, convention: PeriodConvention): Period {
  const planYear = planYearOf(today, convention);
  // The second half is left out: it ends with the year, and the year wins that tie.
  const candidates = [planYear - 1, planYear].flatMap((year) => [periodFor('half-year', year, 1, convention), periodFor('year', year, undefined, convention)]);
  const opened = candidates.filter((period) => shiftIsoByMonths(period.to, -REPORT_LEAD_MONTHS) <= today);
  // Never empty: last plan year's year period has already ended. On equal ends the later (the year) wins.
  return opened.reduce((latest, period) => (period.to >= latest.to ? period : latest));
}
