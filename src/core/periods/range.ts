import type { IsoDate, PeriodConvention } from '../plan/types';
import { isoParts } from './calendarMath';
import { customPeriod, periodFor, planYearOf } from './standard';
import { PeriodArgumentError, type Period } from './types';

/** Whether an ISO date falls in the period, both ends included. Throws if `iso` is not an ISO date. */
export function contains(period: Period, iso: IsoDate): boolean {
  isoParts(iso);
  return period.from <= iso && iso <= period.to;
}

/**
 * From the start of the plan year to the end of the period: the "lũy kế từ đầu năm" column of a
 * report. A year is its own year-to-date. A standard period keeps its convention; a custom range
 * has none, so the plan's convention must be passed, and its plan year is the one its first day is in:
 * "01/01/2018–31/12/2018" under Nghị định 09 is the 2018 plan year (from 15/12/2017), not 2019's,
 * even though its last days fall after the 14 December cut-off (a new user found the report's
 * year-to-date smaller than the period's own count when the last day decided).
 * The result is a custom range (its label reads "từ ngày … đến ngày …").
 */
export function yearToDate(period: Period, planConvention?: PeriodConvention): Period {
  if (period.kind === 'year') return period;
  const convention = period.convention === 'custom' ? planConvention : period.convention;
  if (convention === undefined) {
    throw new PeriodArgumentError('a custom period needs the plan convention to know when its year starts');
  }
  const year = period.year ?? planYearOf(period.from, convention);
  return customPeriod(periodFor('year', year, undefined, convention).from, period.to);
}
