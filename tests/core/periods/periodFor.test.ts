import { customPeriod, PeriodArgumentError, periodContaining, periodFor, periodsOfYear, planYearOf, type StandardPeriodKind } from '../../../src/core/periods';

type Row = [label: string, kind: StandardPeriodKind, year: number, index: number | undefined, from: string, to: string];

describe('periodFor under the Nghị định 09 cut-off convention', () => {
  it.each<Row>([
    ['Q1 starts on 15 December of the year before', 'quarter', 2018, 1, '2017-12-15', '2018-03-14'],
    ['Q2', 'quarter', 2018, 2, '2018-03-15', '2018-06-14'],
    ['Q3', 'quarter', 2018, 3, '2018-06-15', '2018-09-14'],
    ['Q4 ends on 14 December', 'quarter', 2018, 4, '2018-09-15', '2018-12-14'],
    ['the first half', 'half-year', 2018, 1, '2017-12-15', '2018-06-14'],
    ['the second half', 'half-year', 2018, 2, '2018-06-15', '2018-12-14'],
    ['the year', 'year', 2018, undefined, '2017-12-15', '2018-12-14'],
    ['Q1 of a leap year is not affected by 29 February', 'quarter', 2020, 1, '2019-12-15', '2020-03-14'],
    ['the first half of 2024', 'half-year', 2024, 1, '2023-12-15', '2024-06-14'],
  ])('%s', (_label, kind, year, index, from, to) => {
    expect(periodFor(kind, year, index, 'nd09-cutoff')).toEqual({
      kind,
      year,
      ...(index === undefined ? {} : { index }),
      convention: 'nd09-cutoff',
      from,
      to,
    });
  });

  it('leaves no gap and no overlap between consecutive quarters across years', () => {
    const q4 = periodFor('quarter', 2019, 4, 'nd09-cutoff');
    const nextQ1 = periodFor('quarter', 2020, 1, 'nd09-cutoff');
    expect([q4.to, nextQ1.from]).toEqual(['2019-12-14', '2019-12-15']);
  });
});

describe('periodFor under the calendar convention', () => {
  it.each<Row>([
    ['Q1 of a common year ends on 31 March', 'quarter', 2018, 1, '2018-01-01', '2018-03-31'],
    ['Q2', 'quarter', 2018, 2, '2018-04-01', '2018-06-30'],
    ['Q3', 'quarter', 2018, 3, '2018-07-01', '2018-09-30'],
    ['Q4 ends on 31 December', 'quarter', 2018, 4, '2018-10-01', '2018-12-31'],
    ['the first half (January to June)', 'half-year', 2018, 1, '2018-01-01', '2018-06-30'],
    ['the second half (July to December)', 'half-year', 2018, 2, '2018-07-01', '2018-12-31'],
    ['the year', 'year', 2018, undefined, '2018-01-01', '2018-12-31'],
    ['Q1 of leap year 2020', 'quarter', 2020, 1, '2020-01-01', '2020-03-31'],
    ['the year 2024', 'year', 2024, undefined, '2024-01-01', '2024-12-31'],
  ])('%s', (_label, kind, year, index, from, to) => {
    const period = periodFor(kind, year, index, 'calendar');
    expect([period.from, period.to, period.convention]).toEqual([from, to, 'calendar']);
  });
});

describe('periodFor misuse', () => {
  it.each<[string, StandardPeriodKind, number, number | undefined]>([
    ['quarter 0', 'quarter', 2018, 0],
    ['quarter 5', 'quarter', 2018, 5],
    ['a quarter without an index', 'quarter', 2018, undefined],
    ['half 3', 'half-year', 2018, 3],
    ['a fractional half', 'half-year', 2018, 1.5],
    ['an index on a year', 'year', 2018, 1],
    ['a two-digit year', 'year', 18, undefined],
    ['a fractional year', 'year', 2018.5, undefined],
  ])('given %s, throws PeriodArgumentError', (_label, kind, year, index) => {
    expect(() => periodFor(kind, year, index, 'calendar')).toThrow(PeriodArgumentError);
  });
});

describe('planYearOf and periodContaining', () => {
  it.each<[string, string, 'nd09-cutoff' | 'calendar', number, number]>([
    // date, convention, plan year, cut-off quarter containing it
    ['the 14th of a cut-off month stays in its quarter', '2018-03-14', 'nd09-cutoff', 2018, 1],
    ['the 15th of a cut-off month starts the next quarter', '2018-03-15', 'nd09-cutoff', 2018, 2],
    ['14 June', '2018-06-14', 'nd09-cutoff', 2018, 2],
    ['15 June', '2018-06-15', 'nd09-cutoff', 2018, 3],
    ['14 September', '2018-09-14', 'nd09-cutoff', 2018, 3],
    ['15 September', '2018-09-15', 'nd09-cutoff', 2018, 4],
    ['14 December is the last day of the plan year', '2018-12-14', 'nd09-cutoff', 2018, 4],
    ['15 December belongs to Q1 of the next year', '2018-12-15', 'nd09-cutoff', 2019, 1],
    ['31 December belongs to the next plan year', '2018-12-31', 'nd09-cutoff', 2019, 1],
    ['1 January', '2019-01-01', 'nd09-cutoff', 2019, 1],
    ['29 February 2020', '2020-02-29', 'nd09-cutoff', 2020, 1],
    ['31 December, calendar', '2018-12-31', 'calendar', 2018, 4],
    ['1 January, calendar', '2019-01-01', 'calendar', 2019, 1],
    ['31 March, calendar', '2018-03-31', 'calendar', 2018, 1],
    ['1 April, calendar', '2018-04-01', 'calendar', 2018, 2],
    ['29 February 2024, calendar', '2024-02-29', 'calendar', 2024, 1],
  ])('%s (%s, %s)', (_label, iso, convention, year, quarter) => {
    expect(planYearOf(iso, convention)).toBe(year);
    const period = periodContaining('quarter', iso, convention);
    expect([period.year, period.index]).toEqual([year, quarter]);
    expect(period.from <= iso && iso <= period.to).toBe(true);
  });

  it('finds the half containing a date at the June cut-off', () => {
    expect(periodContaining('half-year', '2018-06-14', 'nd09-cutoff').index).toBe(1);
    expect(periodContaining('half-year', '2018-06-15', 'nd09-cutoff').index).toBe(2);
    expect(periodContaining('half-year', '2018-06-30', 'calendar').index).toBe(1);
    expect(periodContaining('half-year', '2018-07-01', 'calendar').index).toBe(2);
  });

  it('given a date that is not ISO, throws', () => {
    expect(() => planYearOf('14/06/2018', 'calendar')).toThrow(PeriodArgumentError);
  });
});

describe('periodsOfYear', () => {
  it('lists quarters, then halves, then the year, for pickers', () => {
    const periods = periodsOfYear(2018, 'nd09-cutoff');
    expect(periods.map((p) => `${p.kind}:${p.index ?? '-'}`)).toEqual([
      'quarter:1',
      'quarter:2',
      'quarter:3',
      'quarter:4',
      'half-year:1',
      'half-year:2',
      'year:-',
    ]);
    expect(periods.every((p) => p.year === 2018 && p.convention === 'nd09-cutoff')).toBe(true);
  });

  it('tiles the year: quarters and halves start and end where the year does', () => {
    for (const convention of ['nd09-cutoff', 'calendar'] as const) {
      const [q1, , , q4, h1, h2, year] = periodsOfYear(2024, convention);
      expect([q1?.from, h1?.from]).toEqual([year?.from, year?.from]);
      expect([q4?.to, h2?.to]).toEqual([year?.to, year?.to]);
    }
  });
});

describe('customPeriod', () => {
  it('given a one-day range, keeps it', () => {
    expect(customPeriod('2018-03-01', '2018-03-01')).toEqual({ kind: 'custom', convention: 'custom', from: '2018-03-01', to: '2018-03-01' });
  });

  it.each([
    ['a range that runs backwards', '2018-05-31', '2018-03-01'],
    ['a date that does not exist', '2018-02-29', '2018-03-01'],
    ['a date typed day first', '01/03/2018', '2018-05-31'],
  ])('given %s, throws PeriodArgumentError', (_label, from, to) => {
    expect(() => customPeriod(from, to)).toThrow(PeriodArgumentError);
  });
});
