import { d, found, only, templateSheets, validate } from './support';

const titled = (title: string | null) => [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', title, null, null, null];

describe('titles', () => {
  it.each([['Một tin'], ['x'.repeat(500)], ['Tin 1']])('happy path: %j', (title) => {
    expect(found(validate(templateSheets({ outputs: [titled(title)] })), 'validation.title')).toEqual([]);
  });

  it.each([[null], ['   '], ['-'], ['...']])('given %j, reports an empty title', (title) => {
    const report = validate(templateSheets({ outputs: [titled(title)] }));
    expect(found(report, 'validation.title')).toEqual([['validation.title.empty', 'D4']]);
    expect(found(report, 'validation.required')).toEqual([]);
  });

  it('given 501 characters (counted as characters, not UTF-16 units), reports the length', () => {
    const report = validate(templateSheets({ outputs: [titled('Đ'.repeat(300) + '𝐀'.repeat(201))] }));
    expect(only(report, 'validation.title.tooLong').params).toEqual({ field: 'Tiêu đề', length: 501, max: 500 });
  });

  it('given an over-long spending content, reports it at the content cell', () => {
    const report = validate(templateSheets({ spending: [[d('2018-03-05'), 'a'.repeat(600), 100000, 'Ngân sách UBND xã, thị trấn', null, null]] }));
    expect(found(report, 'validation.title')).toEqual([['validation.title.tooLong', 'B4']]);
  });
});
