import { d, found, only, rawSheet, templateSheets, validate } from './support';

const outputOn = (date: string | number | boolean) => [date, 'Báo Tây Ninh', 'Tin', 'Một tin', null, null, null];

describe('a date that is not a date', () => {
  it.each([[d('2018-03-05')], ['05/03/2018'], ['5-3-2018'], ['05.03.18'], ['2018-03-05'], ['ngày 5 tháng 3 năm 2018']])('happy path: %j reads', (value) => {
    expect(found(validate(templateSheets({ outputs: [outputOn(value)] })), 'validation.date')).toEqual([]);
  });

  it.each([['32/13/2018'], ['tháng 3'], ['31/02/2018'], ['03/05'], ['2018'], [2018], ['hôm qua']])('given %j, reports it cannot be read', (value) => {
    const report = validate(templateSheets({ outputs: [outputOn(value)] }));
    expect(found(report, 'validation.date')).toEqual([['validation.date.notADate', 'A4']]);
    expect(only(report, 'validation.date.notADate').params).toEqual({ field: 'Ngày', value: String(value), example: '05/03/2018' });
  });

  it('given a date typed as text in a tracker, reads it, and reports only the unreadable one', () => {
    const sheets = [
      rawSheet('Theo dõi', [
        ['Ngày đăng', 'Kênh', 'Loại', 'Nội dung'],
        ['05/3/2018', 'Báo TN', 'Tin', 'A'],
        ['5/13/2018', 'Báo TN', 'Tin', 'B'],
      ]),
    ];
    expect(found(validate(sheets, { unit: 'XTD' }), 'validation.date')).toEqual([['validation.date.notADate', 'A3']]);
  });

  it("given a standing item's date done typed wrong, reports it at the date-done cell", () => {
    const report = validate(templateSheets({ standing: [['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', '30/2/2018', null, null]] }));
    expect(found(report, 'validation.date')).toEqual([['validation.date.notADate', 'E4']]);
  });
});
