import { d, found, only, templateSheets, validate } from './support';

describe('text in a legacy encoding', () => {
  it('happy path: Unicode Vietnamese, NFC or NFD, is fine', () => {
    const report = validate(
      templateSheets({
        outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Hoà Thành: tuyên truyền cải cách hành chính'.normalize('NFD'), null, null, 'Ghi chú: khoá học']],
      }),
    );
    expect(found(report, 'validation.encoding')).toEqual([]);
  });

  it('given TCVN3 and VNI text in several fields, warns once per cell with the likely Unicode text', () => {
    const report = validate(
      templateSheets({
        outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'TØnh T©y Ninh', null, null, 'Taây Ninh']],
        spending: [[d('2018-03-05'), 'Thaïnh Ñöùc', 100000, 'Ngân sách UBND xã, thị trấn', null, null]],
      }),
    );
    expect(found(report, 'validation.encoding')).toEqual([
      ['validation.encoding.legacy', 'D4'],
      ['validation.encoding.legacy', 'G4'],
      ['validation.encoding.legacy', 'B4'],
    ]);
    expect(report.issues.map((i) => [i.params['encoding'], i.params['decoded']])).toEqual([
      ['TCVN3', 'Tỉnh Tây Ninh'],
      ['VNI', 'Tây Ninh'],
      ['VNI', 'Thạnh Đức'],
    ]);
  });

  it('given a legacy unit name, warns about the encoding and suggests the unit', () => {
    const report = validate(templateSheets({ outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Một tin', null, 'Th¹nh §øc', null]] }));
    expect(only(report, 'validation.encoding.legacy').params).toMatchObject({ field: 'Đơn vị', encoding: 'TCVN3', decoded: 'Thạnh Đức' });
    expect(only(report, 'validation.name.unknownSuggest').params['suggestion']).toBe('Xã Thạnh Đức');
  });
});
