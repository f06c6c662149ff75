import { customPeriod, periodFor } from '../../../src/core/periods';
import { d, found, only, templateSheets, validate } from './support';

const outputOn = (iso: string) => [d(iso), 'Báo Tây Ninh', 'Tin', `Tin ${iso}`, null, null, null];
const firstHalf = periodFor('half-year', 2018, 1, 'nd09-cutoff');

describe('a date outside the chosen period', () => {
  it('happy path: without a period, nothing is outside it', () => {
    expect(found(validate(templateSheets({ outputs: [outputOn('2018-06-20')] })), 'validation.date')).toEqual([]);
  });

  it.each([
    ['2017-12-15', []],
    ['2018-06-14', []],
    ['2018-06-15', [['validation.date.outsidePeriod', 'A4']]],
  ])('given %s and the first half (15/12/2017–14/06/2018), finds %j', (iso, expected) => {
    expect(found(validate(templateSheets({ outputs: [outputOn(iso)] }), { period: firstHalf }), 'validation.date')).toEqual(expected);
  });

  it('warns with the period range, for spending too', () => {
    const report = validate(templateSheets({ spending: [[d('2018-03-01'), 'In', 100000, 'Ngân sách UBND xã, thị trấn', null, null]] }), {
      period: customPeriod('2018-04-01', '2018-04-30'),
    });
    expect(only(report, 'validation.date.outsidePeriod')).toMatchObject({
      severity: 'warning',
      where: { sheet: 'Kinh phí', cell: 'A4' },
      params: { from: '01/04/2018', to: '30/04/2018', date: '01/03/2018' },
    });
  });
});
