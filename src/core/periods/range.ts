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
 * has none, so the plan's convention must be passed, and its plan year is the one its last day is in.
 * The result is a custom range (its label reads "từ ngày … đến ngày …").
 */
export function yearToDate(period: Period, planConvention?: PeriodConvention): Period {
  if (period.kind === 'year') return period;
  const convention = period.convention === 'custom' ? planConvention : period.convention;
  if (convention === undefined) {
    throw new PeriodArgumentError('a custom period needs the plan convention to know when its year starts');
  }
  const year = period.year ?? planYearOf(period.to, convention);
  return customPeriod(periodFor('year', year, undefined, convention).from, period.to);
}
