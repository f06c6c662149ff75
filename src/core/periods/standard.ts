import { toIso } from '../dates/serial';
import type { IsoDate, PeriodConvention } from '../plan/types';
import { daysInMonth, isoParts, shiftMonth, type YearMonth } from './calendarMath';
import { PeriodArgumentError, type Period, type StandardPeriodKind } from './types';

/**
 * Standard periods as data: which calendar months each one spans. The convention then decides the
 * days: calendar periods run from the 1st of the first month to the last day of the last month;
 * Nghị định 09/2019/NĐ-CP art. 12 periods run from the 15th of the month before the first month to
 * the 14th of the last month, so Q1 and the first half and the whole year start on 15 December of
 * the year before. A month under art. 12 cl. 1 ("báo cáo định kỳ hằng tháng: tính từ ngày 15 của
 * tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo") is the same rule with one month: "tháng 3"
 * runs from 15 February to 14 March, and January from 15 December of the year before.
 */
const SHAPES: Record<StandardPeriodKind, { readonly count: number; readonly months: number }> = {
  month: { count: 12, months: 1 },
  quarter: { count: 4, months: 3 },
  'half-year': { count: 2, months: 6 },
  year: { count: 1, months: 12 },
};

/** Years a period can be built for: four digits, so ISO dates stay yyyy-mm-dd. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** How many months, quarters or halves a year has; 1 for the year itself. */
export function periodCount(kind: StandardPeriodKind): number {
  return SHAPES[kind].count;
}

/**
 * The standard period `index` (month 1–12, quarter 1–4, half 1–2; undefined for a year) of plan year `year`.
 * Throws PeriodArgumentError for an index or year that cannot exist: that is a bug in the caller.
 */
export function periodFor(kind: StandardPeriodKind, year: number, index: number | undefined, convention: PeriodConvention): Period {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new PeriodArgumentError(`year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`);
  }
  const { count, months } = SHAPES[kind];
  if (kind === 'year') {
    if (index !== undefined) throw new PeriodArgumentError(`a year period takes no index, got ${index}`);
  } else if (index === undefined || !Number.isInteger(index) || index < 1 || index > count) {
    throw new PeriodArgumentError(`${kind} index must be 1 to ${count}, got ${String(index)}`);
  }
  const first: YearMonth = { year, month: ((index ?? 1) - 1) * months + 1 };
  const last = shiftMonth(first, months - 1);
  const { from, to } = convention === 'nd09-cutoff' ? cutOffDays(first, last) : calendarDays(first, last);
  return index === undefined ? { kind, year, convention, from, to } : { kind, year, index, convention, from, to };
}

function calendarDays(first: YearMonth, last: YearMonth): { from: IsoDate; to: IsoDate } {
  return { from: toIso(first.year, first.month, 1), to: toIso(last.year, last.month, daysInMonth(last)) };
}

function cutOffDays(first: YearMonth, last: YearMonth): { from: IsoDate; to: IsoDate } {
  const before = shiftMonth(first, -1);
  return { from: toIso(before.year, before.month, 15), to: toIso(last.year, last.month, 14) };
}

/** The plan year a date falls in: under the cut-off convention 15–31 December count for the next year. */
export function planYearOf(iso: IsoDate, convention: PeriodConvention): number {
  const { year, month, day } = isoParts(iso);
  return convention === 'nd09-cutoff' && month === 12 && day >= 15 ? year + 1 : year;
}

/** The standard period of the given kind that contains the date. */
export function periodContaining(kind: StandardPeriodKind, iso: IsoDate, convention: PeriodConvention): Period {
  const year = planYearOf(iso, convention);
  if (kind === 'year') return periodFor(kind, year, undefined, convention);
  for (let index = 1; index <= periodCount(kind); index += 1) {
    const period = periodFor(kind, year, index, convention);
    if (iso <= period.to) return period;
  }
  // Unreachable: the last quarter or half of a plan year ends on the plan year's last day.
  throw new PeriodArgumentError(`no ${kind} of ${year} contains ${iso}`);
}

/** Every standard period of a plan year, for pickers: quarters 1–4, then halves 1–2, then the year. */
export function periodsOfYear(year: number, convention: PeriodConvention): Period[] {
  const quarters = [1, 2, 3, 4].map((index) => periodFor('quarter', year, index, convention));
  const halves = [1, 2].map((index) => periodFor('half-year', year, index, convention));
  return [...quarters, ...halves, periodFor('year', year, undefined, convention)];
}

/** The twelve months of a plan year, January first, for pickers and monthly targets. */
export function monthsOfYear(year: number, convention: PeriodConvention): Period[] {
  return Array.from({ length: 12 }, (_, i) => periodFor('month', year, i + 1, convention));
}

/** A custom range, both ends inclusive. Throws for dates that are not ISO or a range that runs backwards. */
export function customPeriod(from: IsoDate, to: IsoDate): Period {
  isoParts(from);
  isoParts(to);
  if (from > to) throw new PeriodArgumentError(`a period cannot end (${to}) before it starts (${from})`);
  return { kind: 'custom', convention: 'custom', from, to };
}
