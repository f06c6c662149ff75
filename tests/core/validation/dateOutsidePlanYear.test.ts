import { d, found, only, plan, templateSheets, validate } from './support';

const outputOn = (iso: string) => [d(iso), 'Báo Tây Ninh', 'Tin', `Tin ${iso}`, null, null, null];

describe('a date outside the plan year', () => {
  it.each([['2017-12-15'], ['2018-01-01'], ['2018-06-30']])('happy path: %s is in plan year 2018 (Nghị định 09 year or calendar year)', (iso) => {
    expect(found(validate(templateSheets({ outputs: [outputOn(iso)] })), 'validation.date')).toEqual([]);
  });

  it.each([['2017-12-14'], ['2017-01-10'], ['2019-01-01']])('given %s, reports it', (iso) => {
    const report = validate(templateSheets({ outputs: [outputOn(iso)] }), { today: '2019-06-01' });
    expect(found(report, 'validation.date')).toEqual([['validation.date.outsidePlanYear', 'A4']]);
  });

  it('says the range of the plan year', () => {
    const report = validate(templateSheets({ spending: [[d('2016-05-01'), 'In', 100000, 'Ngân sách UBND xã, thị trấn', null, null]] }));
    expect(only(report, 'validation.date.outsidePlanYear').params).toEqual({ year: 2018, from: '15/12/2017', to: '31/12/2018', date: '01/05/2016' });
  });

  it('given a plan on calendar periods, the year starts on 1 January', () => {
    const calendar = { ...plan, periodConvention: 'calendar' as const };
    const report = validate(templateSheets({ outputs: [outputOn('2017-12-20')] }, { plan: calendar }), {}, calendar);
    expect(found(report, 'validation.date')).toEqual([['validation.date.outsidePlanYear', 'A4']]);
  });

  it("does not check a standing item's date done: the work may predate the plan", () => {
    const report = validate(templateSheets({ standing: [['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', d('2016-01-05'), null, null]] }));
    expect(found(report, 'validation.date')).toEqual([]);
  });
});
