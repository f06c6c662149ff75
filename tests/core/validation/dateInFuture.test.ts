import { d, found, only, templateSheets, validate } from './support';

const outputOn = (iso: string) => [d(iso), 'Báo Tây Ninh', 'Tin', `Tin ${iso}`, null, null, null];

describe('a date in the future', () => {
  it('happy path: today is not the future', () => {
    expect(found(validate(templateSheets({ outputs: [outputOn('2018-07-01')] }), { today: '2018-07-01' }), 'validation.date')).toEqual([]);
  });

  it('given a date after the injected today, warns with both dates', () => {
    const report = validate(templateSheets({ outputs: [outputOn('2018-12-07')] }), { today: '2018-07-12' });
    expect(found(report, 'validation.date')).toEqual([['validation.date.future', 'A4']]);
    expect(only(report, 'validation.date.future')).toMatchObject({ severity: 'warning', params: { date: '07/12/2018', today: '12/07/2018' } });
  });

  it('given a date done in the future, warns too', () => {
    const report = validate(templateSheets({ standing: [['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', d('2018-09-01'), null, null]] }));
    expect(found(report, 'validation.date')).toEqual([['validation.date.future', 'E4']]);
  });

  it('given a date past the plan year, reports that alone', () => {
    const report = validate(templateSheets({ outputs: [outputOn('2019-03-01')] }));
    expect(found(report, 'validation.date')).toEqual([['validation.date.outsidePlanYear', 'A4']]);
  });
});
