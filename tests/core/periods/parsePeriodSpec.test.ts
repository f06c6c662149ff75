import type { MessageKey } from '../../../src/core/i18n/messages';
import { parsePeriodSpec, type PeriodSpecResult } from '../../../src/core/periods';
import type { PeriodConvention } from '../../../src/core/plan/types';

/** The period a spec reads as, in a compact form: kind, year, index, from..to. */
function read(result: PeriodSpecResult): string {
  if ('error' in result) return `error ${result.error.code}`;
  const { kind, year, index, from, to } = result.period;
  return `${kind} ${year ?? '-'} ${index ?? '-'} ${from}..${to}`;
}

describe('parsePeriodSpec, standard periods', () => {
  it.each<[string, string, PeriodConvention, string]>([
    ['given a year', '2018', 'nd09-cutoff', 'year 2018 - 2017-12-15..2018-12-14'],
    ['given a calendar year', '2018', 'calendar', 'year 2018 - 2018-01-01..2018-12-31'],
    ['given the first half', '2018-H1', 'nd09-cutoff', 'half-year 2018 1 2017-12-15..2018-06-14'],
    ['given the second half', '2018-H2', 'nd09-cutoff', 'half-year 2018 2 2018-06-15..2018-12-14'],
    ['given a calendar second half', '2018-H2', 'calendar', 'half-year 2018 2 2018-07-01..2018-12-31'],
    ['given a quarter', '2018-Q3', 'nd09-cutoff', 'quarter 2018 3 2018-06-15..2018-09-14'],
    ['given Q1, which starts the year before', '2020-Q1', 'nd09-cutoff', 'quarter 2020 1 2019-12-15..2020-03-14'],
    ['given lower case', '2018-q4', 'calendar', 'quarter 2018 4 2018-10-01..2018-12-31'],
    ['given lower-case h', '2018-h1', 'calendar', 'half-year 2018 1 2018-01-01..2018-06-30'],
    ['given spaces around it and around the dash', '  2018 - Q2 ', 'nd09-cutoff', 'quarter 2018 2 2018-03-15..2018-06-14'],
    ['given a leading zero on the quarter', '2018-Q03', 'calendar', 'quarter 2018 3 2018-07-01..2018-09-30'],
  ])('%s (%j, %s)', (_label, spec, convention, expected) => {
    expect(read(parsePeriodSpec(spec, convention))).toBe(expected);
  });
});

describe('parsePeriodSpec, custom ranges', () => {
  it.each<[string, string, string]>([
    ['given ISO dates', '2018-03-01..2018-05-31', 'custom - - 2018-03-01..2018-05-31'],
    ['given dates typed as dd/mm/yyyy', '01/03/2018..31/05/2018', 'custom - - 2018-03-01..2018-05-31'],
    ['given dates as reports print them (d/m)', '1/3/2018..31/5/2018', 'custom - - 2018-03-01..2018-05-31'],
    ['given one ISO and one dd/mm/yyyy date', '2018-03-01..31/5/2018', 'custom - - 2018-03-01..2018-05-31'],
    ['given dotted dates', '01.03.2018..31.05.2018', 'custom - - 2018-03-01..2018-05-31'],
    ['given spaces around ".."', '01/03/2018 .. 31/05/2018', 'custom - - 2018-03-01..2018-05-31'],
    ['given a single day', '14/6/2018..14/6/2018', 'custom - - 2018-06-14..2018-06-14'],
    ['given a range across the new year', '15/12/2017..14/01/2018', 'custom - - 2017-12-15..2018-01-14'],
    ['given 29 February of leap year 2020', '29/02/2020..31/3/2020', 'custom - - 2020-02-29..2020-03-31'],
    ['given 29 February of leap year 2024', '01/01/2024..29/02/2024', 'custom - - 2024-01-01..2024-02-29'],
  ])('%s (%j)', (_label, spec, expected) => {
    const result = parsePeriodSpec(spec, 'nd09-cutoff');
    expect(read(result)).toBe(expected);
    expect('period' in result && result.period.convention).toBe('custom');
  });
});

describe('parsePeriodSpec, malformed input', () => {
  it.each<[string, string, MessageKey, Record<string, string>]>([
    ['given nothing', '', 'period.spec.empty', {}],
    ['given only spaces', '   ', 'period.spec.empty', {}],
    ['given free text', 'năm nay', 'period.spec.badSyntax', { spec: 'năm nay' }],
    ['given a quarter without a year', 'Q3', 'period.spec.badSyntax', { spec: 'Q3' }],
    ['given the quarter before the year', 'Q3-2018', 'period.spec.badSyntax', {}],
    ['given a two-digit year', '18-H1', 'period.spec.badSyntax', {}],
    ['given an unknown letter', '2018-X1', 'period.spec.badSyntax', {}],
    ['given a letter with no number', '2018-Q', 'period.spec.badSyntax', {}],
    ['given a year below 1000', '0999-Q1', 'period.spec.badYear', { year: '0999' }],
    ['given quarter 0', '2018-Q0', 'period.spec.badQuarter', { quarter: '0', spec: '2018-Q0' }],
    ['given quarter 5', '2018-Q5', 'period.spec.badQuarter', { quarter: '5' }],
    ['given half 3', '2018-H3', 'period.spec.badHalf', { half: '3' }],
    ['given half 0', '2018-h0', 'period.spec.badHalf', { half: '0' }],
    ['given a range without an end', '01/03/2018..', 'period.spec.incompleteRange', {}],
    ['given a range without a start', '..31/05/2018', 'period.spec.incompleteRange', {}],
    ['given three dates', '01/03/2018..15/03/2018..31/05/2018', 'period.spec.badSyntax', {}],
    ['given a start that is not a real date', '31/02/2018..31/05/2018', 'period.spec.badDate', { value: '31/02/2018' }],
    ['given an end that is not a real date', '01/03/2018..31/06/2018', 'period.spec.badDate', { value: '31/06/2018' }],
    ['given 29 February of a common year', '29/02/2019..31/03/2019', 'period.spec.badDate', { value: '29/02/2019' }],
    ['given a month-first date', '03/13/2018..31/05/2018', 'period.spec.badDate', { value: '03/13/2018' }],
    ['given words instead of a date', 'đầu năm..31/05/2018', 'period.spec.badDate', { value: 'đầu năm' }],
    ['given the start after the end', '31/05/2018..01/03/2018', 'period.spec.fromAfterTo', { from: '31/05/2018', to: '01/03/2018' }],
  ])('%s (%j) is %s', (_label, spec, code, params) => {
    const result = parsePeriodSpec(spec, 'nd09-cutoff');
    expect('error' in result && result.error.code).toBe(code);
    expect('error' in result && result.error.severity).toBe('error');
    expect('error' in result && result.error.params).toMatchObject(params);
  });

  it('points the issue at the cell the spec came from', () => {
    const result = parsePeriodSpec('2018-Q7', 'calendar', { sheet: 'Báo cáo', cell: 'C3' });
    expect('error' in result && result.error.where).toEqual({ sheet: 'Báo cáo', cell: 'C3' });
  });
});
