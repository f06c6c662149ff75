import { defaultReportPeriod, periodLabel } from '../../../src/core/periods';
import type { PeriodConvention } from '../../../src/core/plan/types';

const defaultFor = (today: string, convention: PeriodConvention): string => periodLabel(defaultReportPeriod(today, convention), 'en');

describe('defaultReportPeriod under the cut-off convention', () => {
  it.each([
    ['in January, last year is still the one being reported', '2018-01-10', 'full year 2017'],
    ['on 13 May, more than a month before the June cut-off', '2018-05-13', 'full year 2017'],
    ['on 14 May, a month before the June cut-off', '2018-05-14', 'first half of 2018'],
    ['in mid-June, before the cut-off, while the 6-month report is written', '2018-06-10', 'first half of 2018'],
    ['on the cut-off day', '2018-06-14', 'first half of 2018'],
    ['the day after the cut-off', '2018-06-15', 'first half of 2018'],
    ['in September', '2018-09-20', 'first half of 2018'],
    ['on 13 November', '2018-11-13', 'first half of 2018'],
    ['on 14 November, a month before the year ends', '2018-11-14', 'full year 2018'],
    ['on 15 December, already in the next plan year', '2018-12-15', 'full year 2018'],
    ['on 31 December', '2018-12-31', 'full year 2018'],
    ['on 1 January', '2019-01-01', 'full year 2018'],
    ['in June of leap year 2020', '2020-06-01', 'first half of 2020'],
  ])('%s (%s)', (_label, today, expected) => {
    expect(defaultFor(today, 'nd09-cutoff')).toBe(expected);
  });

  it('returns the standard cut-off period, not a copy of its dates', () => {
    expect(defaultReportPeriod('2018-06-10', 'nd09-cutoff')).toEqual({
      kind: 'half-year',
      year: 2018,
      index: 1,
      convention: 'nd09-cutoff',
      from: '2017-12-15',
      to: '2018-06-14',
    });
  });
});

describe('defaultReportPeriod under the calendar convention', () => {
  it.each([
    ['on 29 May', '2018-05-29', 'full year 2017'],
    ['on 30 May, a month before 30 June', '2018-05-30', 'first half of 2018'],
    ['in mid-June', '2018-06-15', 'first half of 2018'],
    ['in July, after the half has ended', '2018-07-10', 'first half of 2018'],
    ['on 29 November', '2018-11-29', 'first half of 2018'],
    ['on 30 November, a month before 31 December', '2018-11-30', 'full year 2018'],
    ['on 31 December', '2018-12-31', 'full year 2018'],
    ['on 1 January', '2019-01-01', 'full year 2018'],
    ['on 29 February 2024', '2024-02-29', 'full year 2023'],
  ])('%s (%s)', (_label, today, expected) => {
    expect(defaultFor(today, 'calendar')).toBe(expected);
  });
});
