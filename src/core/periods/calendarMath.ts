import { isoToSerial, isRealDate, parseIsoParts, serialToIso, toIso } from '../dates/serial';
import type { IsoDate } from '../plan/types';
import { PeriodArgumentError } from './types';

/** Small month arithmetic on ISO dates; kept here so periods never touch time zones or Date math. */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/** The month `count` months after (or before, when negative) the given one. */
export function shiftMonth({ year, month }: YearMonth, count: number): YearMonth {
  const zeroBased = year * 12 + (month - 1) + count;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

export function daysInMonth({ year, month }: YearMonth): number {
  let day = 31;
  while (!isRealDate(year, month, day)) day -= 1;
  return day;
}

/** The same day-of-month `count` months away, clamped to the month's length (31 Mar - 1 = 28/29 Feb). */
export function shiftIsoByMonths(iso: IsoDate, count: number): IsoDate {
  const { year, month, day } = isoParts(iso);
  const target = shiftMonth({ year, month }, count);
  return toIso(target.year, target.month, Math.min(day, daysInMonth(target)));
}

export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  const parts = parseIsoParts(iso);
  if (!parts) throw new PeriodArgumentError(`not an ISO date (yyyy-mm-dd): ${iso}`);
  return parts;
}

/** The date `count` days after (before, when negative) the given one. */
export function addDays(iso: IsoDate, count: number): IsoDate {
  isoParts(iso);
  return serialToIso(isoToSerial(iso) + count);
}

/** Days from `from` to `to`, both included: 1 for a single day. */
export function daysBetweenInclusive(from: IsoDate, to: IsoDate): number {
  return isoToSerial(to) - isoToSerial(from) + 1;
}
