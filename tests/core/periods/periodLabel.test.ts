import type { Language } from '../../../src/core/i18n/messages';
import { customPeriod, formatReportDate, periodFor, periodLabel, periodRangeLabel, type Period } from '../../../src/core/periods';

const q = (index: number): Period => periodFor('quarter', 2018, index, 'nd09-cutoff');
const h = (index: number): Period => periodFor('half-year', 2018, index, 'nd09-cutoff');
const year = periodFor('year', 2018, undefined, 'calendar');
const spring = customPeriod('2018-03-01', '2018-05-31');

describe('periodLabel', () => {
  it.each<[string, Period, string, string]>([
    ['the first quarter', q(1), 'quý I năm 2018', 'Q1 2018'],
    ['the second quarter', q(2), 'quý II năm 2018', 'Q2 2018'],
    ['the third quarter', q(3), 'quý III năm 2018', 'Q3 2018'],
    ['the fourth quarter', q(4), 'quý IV năm 2018', 'Q4 2018'],
    ['the first half', h(1), '6 tháng đầu năm 2018', 'first half of 2018'],
    ['the second half', h(2), '6 tháng cuối năm 2018', 'second half of 2018'],
    ['the year', year, 'năm 2018', 'full year 2018'],
    ['a custom range', spring, 'từ ngày 01/03/2018 đến ngày 31/05/2018', 'from 1 March 2018 to 31 May 2018'],
  ])('names %s in Vietnamese and English', (_label, period, vi, en) => {
    expect(periodLabel(period, 'vi')).toBe(vi);
    expect(periodLabel(period, 'en')).toBe(en);
  });

  it('names a period the same way under either convention', () => {
    expect(periodLabel(periodFor('half-year', 2018, 1, 'calendar'), 'vi')).toBe(periodLabel(h(1), 'vi'));
  });

  it('given a standard period that lost its index, throws', () => {
    const broken: Period = { kind: 'quarter', year: 2018, convention: 'calendar', from: '2018-01-01', to: '2018-03-31' };
    expect(() => periodLabel(broken, 'vi')).toThrow(RangeError);
  });
});

describe('periodRangeLabel', () => {
  it.each<[string, Period, Language, string]>([
    ['a cut-off first half, in Vietnamese', h(1), 'vi', 'từ ngày 15/12/2017 đến ngày 14/06/2018'],
    ['a cut-off first half, in English', h(1), 'en', 'from 15 December 2017 to 14 June 2018'],
    ['a calendar year', year, 'vi', 'từ ngày 01/01/2018 đến ngày 31/12/2018'],
  ])('states the days of %s', (_label, period, language, expected) => {
    expect(periodRangeLabel(period, language)).toBe(expected);
  });
});

describe('formatReportDate', () => {
  it.each([
    ['a day below 10 gets a leading zero', '2018-03-01', '01/03/2018', '1 March 2018'],
    ['January gets a leading zero', '2018-01-15', '15/01/2018', '15 January 2018'],
    ['February gets a leading zero', '2018-02-05', '05/02/2018', '5 February 2018'],
    ['the month too, whatever it is (dd/mm/yyyy)', '2018-06-14', '14/06/2018', '14 June 2018'],
    ['December', '2017-12-15', '15/12/2017', '15 December 2017'],
    ['a leap day', '2024-02-29', '29/02/2024', '29 February 2024'],
  ])('%s (%s)', (_label, iso, vi, en) => {
    expect(formatReportDate(iso, 'vi')).toBe(vi);
    expect(formatReportDate(iso, 'en')).toBe(en);
  });
});
