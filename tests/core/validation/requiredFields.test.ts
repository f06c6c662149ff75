import { d, found, OK_OUTPUT, only, templateSheets, unit, validate } from './support';

describe('required fields', () => {
  it('happy path: a blank unit in a unit workbook means the unit of its stamp', () => {
    const report = validate(templateSheets({ outputs: [OK_OUTPUT] }));
    expect(found(report, 'validation.required')).toEqual([]);
    expect(report.records.outputs[0]?.unit).toBe('XTD');
  });

  it.each([
    ['date', [null, 'Báo Tây Ninh', 'Tin', 'Một tin', null, null, null], 'A4'],
    ['channel', [d('2018-03-05'), null, 'Tin', 'Một tin', null, null, null], 'B4'],
    ['form', [d('2018-03-05'), 'Báo Tây Ninh', null, 'Một tin', null, null, null], 'C4'],
  ])('given an output without its %s, reports the cell', (_field, values, cell) => {
    const report = validate(templateSheets({ outputs: [values] }));
    expect(found(report, 'validation.required')).toEqual([['validation.required.missing', cell]]);
  });

  it('given a spending row without content, amount and source, reports each cell, with the header as written', () => {
    const report = validate(templateSheets({ spending: [[d('2018-03-05'), null, null, null, null, null]] }));
    expect(found(report, 'validation.required')).toEqual([
      ['validation.required.missing', 'B4'],
      ['validation.required.missing', 'C4'],
      ['validation.required.missing', 'D4'],
    ]);
    expect(report.issues[1]?.params).toEqual({ field: 'Số tiền (đồng)', row: 4 });
  });

  it('given a standing item without a state, reports it', () => {
    const report = validate(templateSheets({ standing: [['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', null, null, null, null]] }));
    expect(found(report, 'validation.required')).toEqual([['validation.required.missing', 'D4']]);
  });

  it('given a district workbook, a blank unit is missing', () => {
    const sheets = templateSheets({ outputs: [OK_OUTPUT] }, { kind: 'district', unit: unit('PNV') });
    const report = validate(sheets);
    expect(found(report, 'validation.required')).toEqual([['validation.required.missing', 'F4']]);
    expect(only(report, 'validation.required.missing').params).toEqual({ field: 'Đơn vị', row: 4 });
  });
});
