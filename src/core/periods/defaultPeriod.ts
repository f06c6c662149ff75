import type { IsoDate, PeriodConvention, Plan, ReportFrequency, ReportingDuty, Unit } from '../plan/types';
import { foldForMatch } from '../text/fold';
import { addDays, shiftIsoByMonths } from './calendarMath';
import { periodFor, planYearOf, periodCount } from './standard';
import type { Period } from './types';

/** How long before a quarter, half or year ends its report becomes the one being prepared. */
export const REPORT_LEAD_MONTHS = 1;

/**
 * How long before a month ends its report becomes the one being prepared: a monthly report is
 * drafted in the last days before the cut-off (the 14th under Nghị định 09, the month's end by
 * the calendar) and sent in the days after, so ten days either side of the end.
 */
export const MONTH_REPORT_LEAD_DAYS = 10;

const SHORTEST_FIRST: readonly ReportFrequency[] = ['month', 'quarter', 'half-year', 'year'];

/** A plan's duties and, when known, its units: a duty sent to one of them is a unit's to the plan's body, not the plan's own. */
export type DutiesOfPlan = Pick<Plan, 'reportingDuties'> & { readonly units?: readonly Pick<Unit, 'code' | 'name'>[] };

/**
 * The plan's reporting frequency for the default period: the shortest of the duties it sends out
 * of the plan (a commune that reports monthly to the province and yearly to its council prepares
 * a monthly report most often), leaving out those a unit sends to another unit of the plan (a
 * khu phố's monthly report to the ward's office is not the ward's duty: sixth tester, D9); the
 * shortest of all when every duty goes to a unit of the plan; 'half-year' when the plan states no
 * duty (the 116/KH-UBND default).
 */
export function planReportFrequency(plan: DutiesOfPlan): ReportFrequency {
  const outward = plan.reportingDuties.filter((duty) => !toPlanUnit(duty, plan.units ?? []));
  const used = new Set((outward.length > 0 ? outward : plan.reportingDuties).map((d) => d.frequency));
  return SHORTEST_FIRST.find((f) => used.has(f)) ?? 'half-year';
}

/** Whether a duty's "Gửi đến" names a unit of the plan, by code or name (folded: case, diacritics, spaces). */
function toPlanUnit(duty: ReportingDuty, units: NonNullable<DutiesOfPlan['units']>): boolean {
  const names = new Set(units.flatMap((u) => [foldForMatch(u.code), foldForMatch(u.name)]));
  return duty.to.some((recipient) => names.has(foldForMatch(recipient)));
}

/** Where a default period's frequency came from, so the front ends can say why that period was chosen. */
export type FrequencySource =
  /** The unit's own reporting duty (BÁO CÁO ĐỊNH KỲ names it as the reporter). */
  | 'unitDuty'
  /** The plan's shortest duty: the unit has none of its own, or no unit is known. */
  | 'planDuty'
  /** The plan states no duty: every six months, as 116/KH-UBND asks. */
  | 'noDuty';

export interface ReportFrequencyChoice {
  readonly frequency: ReportFrequency;
  readonly source: FrequencySource;
}

/**
 * The reporting frequency a unit's report defaults to: the shortest of the duties the plan gives
 * that unit (a Văn phòng that reports monthly to the province prepares a monthly report), else the
 * plan's (planReportFrequency: its duties sent out of the plan). `unitCode` absent (a consolidated
 * workbook whose plan names no Đơn vị tổng hợp báo cáo) is the plan's.
 */
export function unitReportFrequency(plan: DutiesOfPlan, unitCode?: string): ReportFrequencyChoice {
  const own = new Set(plan.reportingDuties.filter((d) => unitCode !== undefined && d.from === unitCode).map((d) => d.frequency));
  const frequency = SHORTEST_FIRST.find((f) => own.has(f));
  if (frequency !== undefined) return { frequency, source: 'unitDuty' };
  return { frequency: planReportFrequency(plan), source: plan.reportingDuties.length > 0 ? 'planDuty' : 'noDuty' };
}

/**
 * The period a report is most likely being prepared for on `today`: the latest-ending period of
 * the plan's reporting frequency, or the year, whose last day is at most one month ahead of today
 * (ten days for a month) or already past. When a period and the year end on the same day, the
 * year wins: offices send an annual report in December, not a last 6-month or monthly one (a quarterly duty is the exception, below).
 *
 * Why lead time rather than "the latest period that has ended": periodic reports are written
 * before the cut-off, from counts so far and an estimate for the rest. A Phòng Nội vụ officer on
 * 10 June 2018 is writing the report for the first half of 2018 (cut-off 14 June under Nghị định
 * 09), not the annual report for 2017. So, for a half-yearly duty (the default), under either convention:
 * - from one month before the first half ends (14 May cut-off, 30 May calendar), the first half;
 * - from one month before the year ends (14 Nov cut-off, 30 Nov calendar), the year;
 * - until the next of those, the one chosen stays the default, including after it has ended.
 * For a monthly duty under Nghị định 09, from 4 March (ten days before the 14 March cut-off) to
 * 3 April the default is "tháng 3". For a monthly duty the year stands in for the last month and
 * opens as a month does, ten days before it ends: on 30 November the November report is being
 * written, not the annual one (tester, issue 13).
 *
 * A quarterly duty always gets a quarter, never the year: under Nghị định 09/2019 art. 12 each
 * quarter's report has its own cut-off (the 14th of the quarter's last month) and covers its own
 * three months, so on 30 November the report due next is the fourth quarter's (cut-off 14
 * December, or 31 December by the calendar), whose window has opened a month ahead; the last
 * ended quarter stays the default until then. An annual report shares that cut-off but is a
 * different duty, asked for with its own period (tester, issue 13: the year was chosen on 30
 * November while the message spoke of a quarterly duty). A half-yearly duty keeps the year in its
 * second half's place: art. 12 knows a 6-month report and an annual one, no second-half report.
 */
export function defaultReportPeriod(today: IsoDate, convention: PeriodConvention, frequency: ReportFrequency = 'half-year'): Period {
  const planYear = planYearOf(today, convention);
  const candidates = [planYear - 1, planYear].flatMap((year) => [
    ...periodsOfKind(frequency, year, convention),
    ...(frequency === 'quarter' ? [] : [periodFor('year', year, undefined, convention)]),
  ]);
  const opened = candidates.filter((period) => leadStart(period, frequency) <= today);
  // Never empty: last plan year's year period has already ended. On equal ends the later (the year) wins.
  return opened.reduce((latest, period) => (period.to >= latest.to ? period : latest));
}

function leadStart(period: Period, frequency: ReportFrequency): IsoDate {
  const monthly = period.kind === 'month' || (period.kind === 'year' && frequency === 'month');
  return monthly ? addDays(period.to, -MONTH_REPORT_LEAD_DAYS) : shiftIsoByMonths(period.to, -REPORT_LEAD_MONTHS);
}

/**
 * The periods of a frequency within a year. For a month or half-year duty the last is left out:
 * it ends with the year, and the year wins that tie. A quarterly duty keeps its fourth quarter and
 * has no year among its candidates (see defaultReportPeriod).
 */
function periodsOfKind(frequency: ReportFrequency, year: number, convention: PeriodConvention): Period[] {
  if (frequency === 'year') return [];
  const count = frequency === 'quarter' ? periodCount(frequency) : periodCount(frequency) - 1;
  return Array.from({ length: count }, (_, i) => periodFor(frequency, year, i + 1, convention));
}
