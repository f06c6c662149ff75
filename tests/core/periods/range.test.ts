import { contains, customPeriod, PeriodArgumentError, periodFor, yearToDate, type Period } from '../../../src/core/periods';

describe('contains', () => {
  const q1 = periodFor('quarter', 2018, 1, 'nd09-cutoff');
  const calendarQ4 = periodFor('quarter', 2018, 4, 'calendar');

  it.each<[string, Period, string, boolean]>([
    ['the day before a cut-off Q1 starts', q1, '2017-12-14', false],
    ['the first day, in the year before', q1, '2017-12-15', true],
    ['31 December', q1, '2017-12-31', true],
    ['1 January', q1, '2018-01-01', true],
    ['the last day (the 14th)', q1, '2018-03-14', true],
    ['the day after (the 15th)', q1, '2018-03-15', false],
    ['31 December of a calendar Q4', calendarQ4, '2018-12-31', true],
    ['1 January after a calendar Q4', calendarQ4, '2019-01-01', false],
    ['30 September before a calendar Q4', calendarQ4, '2018-09-30', false],
  ])('given %s (%s)', (_label, period, iso, expected) => {
    expect(contains(period, iso)).toBe(expected);
  });

  it('given a date that is not ISO, throws instead of comparing text', () => {
    expect(() => contains(q1, '2018-1-5')).toThrow(PeriodArgumentError);
  });
});

describe('yearToDate', () => {
  it.each<[string, Period, string, string]>([
    ['a cut-off Q3 runs from 15 December of the year before', periodFor('quarter', 2018, 3, 'nd09-cutoff'), '2017-12-15', '2018-09-14'],
    ['a cut-off first half is its own year to date', periodFor('half-year', 2018, 1, 'nd09-cutoff'), '2017-12-15', '2018-06-14'],
    ['a cut-off second half', periodFor('half-year', 2018, 2, 'nd09-cutoff'), '2017-12-15', '2018-12-14'],
    ['a calendar Q2', periodFor('quarter', 2020, 2, 'calendar'), '2020-01-01', '2020-06-30'],
    ['a calendar second half', periodFor('half-year', 2024, 2, 'calendar'), '2024-01-01', '2024-12-31'],
  ])('%s', (_label, period, from, to) => {
    expect(yearToDate(period)).toEqual({ kind: 'custom', convention: 'custom', from, to });
  });

  it('returns a year unchanged', () => {
    const year = periodFor('year', 2018, undefined, 'nd09-cutoff');
    expect(yearToDate(year)).toBe(year);
  });

  it.each<[string, Period, 'nd09-cutoff' | 'calendar', string, string]>([
    ['a custom range in May, calendar plan', customPeriod('2018-05-01', '2018-05-31'), 'calendar', '2018-01-01', '2018-05-31'],
    ['a custom range in May, cut-off plan', customPeriod('2018-05-01', '2018-05-31'), 'nd09-cutoff', '2017-12-15', '2018-05-31'],
    // The plan year is the one the range starts in: year to date always covers the period itself.
    ['a custom range across the 15 December cut-off, cut-off plan', customPeriod('2018-12-01', '2018-12-20'), 'nd09-cutoff', '2017-12-15', '2018-12-20'],
    [
      'regression: the calendar year 2018 under a cut-off plan is plan year 2018, not 2019',
      customPeriod('2018-01-01', '2018-12-31'),
      'nd09-cutoff',
      '2017-12-15',
      '2018-12-31',
    ],
    [
      'a custom range starting after the cut-off, cut-off plan (next plan year)',
      customPeriod('2018-12-16', '2018-12-20'),
      'nd09-cutoff',
      '2018-12-15',
      '2018-12-20',
    ],
  ])('given %s, uses the plan convention', (_label, period, convention, from, to) => {
    expect(yearToDate(period, convention)).toMatchObject({ from, to });
  });

  it('given a custom range and no plan convention, throws', () => {
    expect(() => yearToDate(customPeriod('2018-05-01', '2018-05-31'))).toThrow(PeriodArgumentError);
  });
});
