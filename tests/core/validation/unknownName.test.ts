import { d, found, only, templateSheets, validate } from './support';
import { communeLog } from '../reader/communeLog';

const output = (channel: string, form: string, unitName: string | null = null) => [d('2018-03-05'), channel, form, 'Một tin', null, unitName, null];

describe('names not in the plan', () => {
  it.each([
    ['Báo Tây Ninh', 'Tin', null],
    ['báo tây ninh', 'tin', 'Thạnh Đức'],
    ['TTĐT', 'Bài', 'UBND xã Thạnh Đức'],
    ['Trang thông tin điện tử huyện'.normalize('NFD'), 'PS', 'Xã Thạnh Đức'.normalize('NFD')],
  ])('happy path: %j / %j / %j resolve', (channel, form, unitName) => {
    expect(found(validate(templateSheets({ outputs: [output(channel, form, unitName)] })), 'validation.name')).toEqual([]);
  });

  it.each([
    ['B4', output('Báo Tây Ninhh', 'Tin'), 'Báo Tây Ninh'],
    ['B4', output('Trang thông tin huyện', 'Tin'), 'Trang thông tin điện tử huyện'],
    ['C4', output('Báo Tây Ninh', 'Phóng xự'), 'Phóng sự'],
    ['F4', output('Báo Tây Ninh', 'Tin', 'Xã Thạnh Đứcc'), 'Xã Thạnh Đức'],
    ['F4', output('Báo Tây Ninh', 'Tin', 'Th¹nh §øc'), 'Xã Thạnh Đức'],
    ['F4', output('Báo Tây Ninh', 'Tin', 'Thaïnh Ñöùc'), 'Xã Thạnh Đức'],
  ])('given a typo at %s, suggests the closest plan name', (cell, values, suggestion) => {
    const report = validate(templateSheets({ outputs: [values] }));
    expect(found(report, 'validation.name')).toEqual([['validation.name.unknownSuggest', cell]]);
    expect(only(report, 'validation.name.unknownSuggest').params['suggestion']).toBe(suggestion);
  });

  it('given a name nothing is close to, says what was typed without guessing', () => {
    const report = validate(templateSheets({ outputs: [output('Facebook', 'Tin')] }));
    expect(only(report, 'validation.name.unknown')).toMatchObject({
      severity: 'error',
      where: { sheet: 'Tin bài', cell: 'B4' },
      params: { field: 'Kênh', value: 'Facebook' },
    });
  });

  it('given text equally close to two names, suggests neither', () => {
    const report = validate(templateSheets({ outputs: [output('Báo Tây Ninh', 'Tin', 'Xã Phước')] }));
    expect(found(report, 'validation.name')).toEqual([['validation.name.unknown', 'F4']]);
  });

  it('given an unknown state and funding source, suggests the dropdown word and the source', () => {
    const report = validate(
      templateSheets({
        standing: [['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã hoàn thàn', d('2018-03-01'), null, null]],
        spending: [[d('2018-03-01'), 'In', 100000, 'Ngân sách xã', null, null]],
      }),
    );
    expect(report.issues.filter((i) => i.code.startsWith('validation.name')).map((i) => [i.where.sheet, i.where.cell, i.params['suggestion']])).toEqual([
      ['Hạng mục', 'D4', 'Đã thực hiện'],
      ['Kinh phí', 'D4', 'Ngân sách UBND xã, thị trấn'],
    ]);
  });
});

describe("Kiểm tra on a commune's own log whose unit column names its offices and hamlets (reader/assignUnit)", () => {
  it("given only the commune's parts named and the commune told by its title row, gives no unknown-unit error but one warning naming the column, the rows and the names", () => {
    const report = validate([communeLog(['Công an xã', 'Ấp Rạch Sơn', 'Công an xã'])], { file: 'so-theo-doi.xlsx' });
    expect(report.counts).toEqual({ error: 0, warning: 1 });
    expect(only(report, 'reader.unitColumnOwnParts')).toMatchObject({
      severity: 'warning',
      where: { sheet: 'Tổng hợp', cell: 'B5' },
      params: { header: 'Đơn vị', count: 3, names: '"Công an xã", "Ấp Rạch Sơn"', unit: 'Xã Thạnh Đức' },
    });
    expect(report.records.outputs.map((r) => r.unit)).toEqual(['XTD', 'XTD', 'XTD']);
  });

  it("given one row naming another plan unit, each unknown name is its row's error, as before, and no warning", () => {
    const report = validate([communeLog(['Công an xã', 'Xã Cẩm Giang', 'Ấp Rạch Sơn'])], { file: 'so-theo-doi.xlsx' });
    expect(found(report, 'validation.name')).toEqual([
      ['validation.name.unknownOwn', 'B6'],
      ['validation.name.unknownOwn', 'B8'],
    ]);
    expect(found(report, 'reader.unitColumnOwnParts')).toEqual([]);
  });
});
