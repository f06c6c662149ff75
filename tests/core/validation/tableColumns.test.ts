import { found, rawSheet, templateSheets, unit, validate } from './support';

describe('the tables', () => {
  it('happy path: the template has every column', () => {
    expect(found(validate(templateSheets()), 'validation.table')).toEqual([]);
  });

  it('given a district workbook, which has its unit column, says nothing', () => {
    const sheets = templateSheets({}, { kind: 'district', unit: unit('PNV') });
    expect(found(validate(sheets), 'validation.table')).toEqual([]);
  });

  it('given no unit chosen and no unit column, warns once at the header', () => {
    const sheets = [
      rawSheet('Sheet1', [
        ['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề'],
        ['05/3/2018', 'Báo TN', 'Tin', 'Một tin'],
      ]),
    ];
    expect(found(validate(sheets))).toEqual([['validation.table.unknownOwner', 'A1']]);
  });

  it('given a tracker without a form column, infers each form instead of asking for the column', () => {
    const sheets = [
      rawSheet('Sheet1', [
        ['Ngày', 'Kênh', 'Tiêu đề', 'Đơn vị'],
        ['05/3/2018', 'Báo TN', 'Một tin', 'Thạnh Đức'],
        ['06/3/2018', 'Đài PT-TH tỉnh', 'Phóng sự: một cửa xã', 'Thạnh Đức'],
      ]),
    ];
    const report = validate(sheets);
    expect(found(report)).toEqual([]);
    expect(report.records.outputs.map((o) => o.form)).toEqual(['TIN', 'PS']);
  });

  it('given a tracker without a title column, says which column to add', () => {
    const sheets = [
      rawSheet('Sheet1', [
        ['Ngày', 'Kênh', 'Hình thức', 'Đơn vị'],
        ['05/3/2018', 'Báo TN', 'Tin', 'Thạnh Đức'],
      ]),
    ];
    const report = validate(sheets);
    expect(found(report)).toEqual([['validation.table.missingColumn', 'A1']]);
    expect(report.issues[0]?.params).toEqual({ header: 'Tiêu đề', row: 1 });
  });

  it('given sheets with no entry table, says so', () => {
    expect(found(validate([rawSheet('Sheet1', [['Xin chào']])]))).toEqual([['validation.table.none', undefined]]);
  });
});

describe('a template that lost its stamp', () => {
  it("reads its three entry tables as a tracker's and not the add-in's lists, plan or progress sheets", () => {
    const sheets = templateSheets().filter((s) => s.name !== '_cchc');
    const report = validate(sheets, { unit: 'XTD' });
    expect(report.tables.map((tb) => tb.sheet)).toEqual(['Tin bài', 'Hạng mục', 'Kinh phí']);
    expect(report.issues).toEqual([]);
  });
});
