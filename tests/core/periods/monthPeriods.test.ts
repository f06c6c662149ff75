import {
  defaultReportPeriod,
  monthsOfYear,
  parsePeriodSpec,
  periodFor,
  periodLabel,
  planReportFrequency,
  unitReportFrequency,
} from '../../../src/core/periods';
import { reportSheetName } from '../../../src/core/report/sheetName';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { PeriodConvention, ReportFrequency } from '../../../src/core/plan/types';

const read = (spec: string, convention: PeriodConvention): string => {
  const result = parsePeriodSpec(spec, convention);
  if ('error' in result) return `error ${result.error.code}`;
  const { kind, year, index, from, to } = result.period;
  return `${kind} ${year ?? '-'} ${index ?? '-'} ${from}..${to}`;
};

describe('month periods', () => {
  it.each<[string, string, PeriodConvention, string]>([
    ['given "2026-03" under Nghị định 09, the 15th of February to the 14th of March', '2026-03', 'nd09-cutoff', 'month 2026 3 2026-02-15..2026-03-14'],
    ['given "2026-03" by the calendar, the whole of March', '2026-03', 'calendar', 'month 2026 3 2026-03-01..2026-03-31'],
    ['given January under Nghị định 09, it starts on 15 December of the year before', '2026-01', 'nd09-cutoff', 'month 2026 1 2025-12-15..2026-01-14'],
    ['given a month without its leading zero', '2026-3', 'calendar', 'month 2026 3 2026-03-01..2026-03-31'],
    ['given "2026-M12"', '2026-M12', 'nd09-cutoff', 'month 2026 12 2026-11-15..2026-12-14'],
    ['given "2024-T2" (tháng) in a leap year', '2024-t2', 'calendar', 'month 2024 2 2024-02-01..2024-02-29'],
    ['given month 13', '2026-13', 'calendar', 'error period.spec.badMonth'],
    ['given month 0', '2026-00', 'calendar', 'error period.spec.badMonth'],
  ])('%s (%j, %s)', (_label, spec, convention, expected) => {
    expect(read(spec, convention)).toBe(expected);
  });

  it('twelve cut-off months cover the plan year without gap or overlap', () => {
    const months = monthsOfYear(2026, 'nd09-cutoff');
    const year = periodFor('year', 2026, undefined, 'nd09-cutoff');
    expect(months[0]?.from).toBe(year.from);
    expect(months[11]?.to).toBe(year.to);
    for (let i = 1; i < months.length; i += 1) {
      const day = Number(months[i]?.from.slice(8));
      expect(day).toBe(15);
      expect(Number(months[i - 1]?.to.slice(8))).toBe(14);
    }
  });

  it('names a month in Vietnamese and English', () => {
    const march = periodFor('month', 2026, 3, 'nd09-cutoff');
    expect(periodLabel(march, 'vi')).toBe('tháng 3 năm 2026');
    expect(periodLabel(march, 'en')).toBe('March 2026');
  });

  it('gives each month its own report sheet, the calendar one marked DL', () => {
    const district = { kind: 'district' } as const;
    expect(reportSheetName(periodFor('month', 2026, 3, 'nd09-cutoff'), district)).toBe('BC T03-2026');
    expect(reportSheetName(periodFor('month', 2026, 11, 'calendar'), district)).toBe('BC T11-2026 DL');
  });
});

describe('the default period follows the plan reporting frequency', () => {
  const label = (today: string, convention: PeriodConvention, frequency: ReportFrequency): string =>
    periodLabel(defaultReportPeriod(today, convention, frequency), 'en');

  it.each<[string, string, PeriodConvention, string]>([
    ['ten days before the 14 March cut-off, March', '2026-03-04', 'nd09-cutoff', 'March 2026'],
    ['the day before that, still February', '2026-03-03', 'nd09-cutoff', 'February 2026'],
    ['after the March cut-off, while its report is sent, March', '2026-03-20', 'nd09-cutoff', 'March 2026'],
    ['by the calendar on 5 April, March', '2026-04-05', 'calendar', 'March 2026'],
    ['by the calendar on 25 April, April', '2026-04-25', 'calendar', 'April 2026'],
    ['on 20 November, while November’s report is sent, November', '2026-11-20', 'nd09-cutoff', 'November 2026'],
    ['by the calendar on 30 November, November, not the year (tester, issue 13)', '2026-11-30', 'calendar', 'November 2026'],
    ['ten days before the year’s cut-off, the annual report takes the last month’s place', '2026-12-04', 'nd09-cutoff', 'full year 2026'],
    ['by the calendar on 21 December, the year', '2026-12-21', 'calendar', 'full year 2026'],
  ])('for a monthly duty, %s (%s)', (_label, today, convention, expected) => {
    expect(label(today, convention, 'month')).toBe(expected);
  });

  it('for a quarterly duty in late September, the third quarter', () => {
    expect(label('2026-09-01', 'nd09-cutoff', 'quarter')).toBe('Q3 2026');
  });

  it.each<[string, string, PeriodConvention, string]>([
    ['by the calendar on 30 November, the fourth quarter, not the year (issue 13, second tester)', '2026-11-30', 'calendar', 'Q4 2026'],
    ['on 14 November, a month before the 14 December cut-off, the fourth quarter', '2026-11-14', 'nd09-cutoff', 'Q4 2026'],
    ['on 13 November, the third quarter that has ended', '2026-11-13', 'nd09-cutoff', 'Q3 2026'],
    ['in late December, still the fourth quarter', '2026-12-28', 'calendar', 'Q4 2026'],
    ['in January, last year’s fourth quarter', '2027-01-10', 'calendar', 'Q4 2026'],
  ])('for a quarterly duty, %s (%s)', (_label, today, convention, expected) => {
    expect(label(today, convention, 'quarter')).toBe(expected);
  });

  it('a unit reports at its own duty’s frequency, else at the plan’s, and says which', () => {
    const plan = {
      reportingDuties: [
        { from: 'VP', to: ['UBND tỉnh'], frequency: 'month' as const },
        { from: 'PNV', to: ['UBND huyện'], frequency: 'year' as const },
        { from: 'PNV', to: ['UBND huyện'], frequency: 'quarter' as const },
      ],
    };
    expect(unitReportFrequency(plan, 'PNV')).toEqual({ frequency: 'quarter', source: 'unitDuty' });
    expect(unitReportFrequency(plan, 'VP')).toEqual({ frequency: 'month', source: 'unitDuty' });
    expect(unitReportFrequency(plan, 'HB')).toEqual({ frequency: 'month', source: 'planDuty' });
    expect(unitReportFrequency(plan)).toEqual({ frequency: 'month', source: 'planDuty' });
    expect(unitReportFrequency(GO_DAU_116, 'XTD')).toEqual({ frequency: 'half-year', source: 'planDuty' });
    expect(unitReportFrequency({ reportingDuties: [] }, 'XTD')).toEqual({ frequency: 'half-year', source: 'noDuty' });
  });

  it('given a khu phố’s monthly report to the ward’s office and the ward’s quarterly and yearly ones to the province, the ward’s workbook defaults to a quarter, not the khu phố’s month (sixth tester, D9)', () => {
    const plan = {
      units: [
        { code: 'VP', name: 'Văn phòng HĐND và UBND phường' },
        { code: 'KP1', name: 'Khu phố Long Chí' },
      ],
      reportingDuties: [
        { from: 'VP', to: ['UBND tỉnh Tây Ninh', 'Sở Nội vụ'], frequency: 'quarter' as const },
        { from: 'VP', to: ['UBND tỉnh Tây Ninh', 'Sở Nội vụ'], frequency: 'year' as const },
        { from: 'KP1', to: ['Văn phòng HĐND và UBND phường'], frequency: 'month' as const },
      ],
    };
    expect(unitReportFrequency(plan)).toEqual({ frequency: 'quarter', source: 'planDuty' });
    expect(unitReportFrequency(plan, 'KP1')).toEqual({ frequency: 'month', source: 'unitDuty' });
    // Named by code, with other case and spacing, the recipient is still a unit of the plan.
    const byCode = { ...plan, reportingDuties: [...plan.reportingDuties.slice(0, 2), { from: 'KP1', to: [' vp '], frequency: 'month' as const }] };
    expect(planReportFrequency(byCode)).toBe('quarter');
    // Every duty to a unit of the plan: the shortest of them all, as before.
    expect(planReportFrequency({ ...plan, reportingDuties: plan.reportingDuties.slice(2) })).toBe('month');
  });

  it('the plan frequency is its shortest duty, and the half-year when it states none', () => {
    expect(planReportFrequency(GO_DAU_116)).toBe('half-year');
    expect(planReportFrequency({ reportingDuties: [] })).toBe('half-year');
    const monthly = { ...GO_DAU_116, reportingDuties: [...GO_DAU_116.reportingDuties, { from: 'PNV', to: ['Sở Nội vụ'], frequency: 'month' as const }] };
    expect(planReportFrequency(monthly)).toBe('month');
  });
});
