import { d, found, only, templateSheets, unit, validate } from './support';

describe('standing items', () => {
  it('happy path: done with a date, for a unit the item applies to', () => {
    const report = validate(templateSheets({ standing: [['III.2.a', 'Niêm yết', 'Xã Thạnh Đức', 'Đã niêm yết', d('2018-03-01'), 'ảnh', null]] }));
    expect(found(report, 'validation.standing')).toEqual([]);
  });

  it('given done without a date done, warns at the date-done cell', () => {
    const report = validate(templateSheets({ standing: [['III.2.a', 'Niêm yết', 'Xã Thạnh Đức', 'x', null, null, null]] }));
    expect(only(report, 'validation.standing.doneWithoutDate')).toMatchObject({ severity: 'warning', where: { cell: 'E4' }, params: { item: 'III.2.a' } });
  });

  it.each([['Chưa thực hiện'], ['Đang thực hiện']])('given %j without a date, says nothing', (state) => {
    expect(found(validate(templateSheets({ standing: [['III.2.a', '', 'Xã Thạnh Đức', state, null, null, null]] })), 'validation.standing')).toEqual([]);
  });

  it.each([
    ['III.2.b', 'Xã Thạnh Đức', [['validation.standing.wrongLevel', 'C4']]],
    ['III.2.c2', 'Xã Cẩm Giang', [['validation.standing.wrongLevel', 'C4']]],
    ['III.2.b', 'Bộ phận một cửa huyện', []],
    ['III.1.f', 'Thị trấn Gò Dầu', []],
  ])('given %s for %s (district workbook), finds %j', (item, unitName, expected) => {
    const sheets = templateSheets({ standing: [[item, '', unitName, 'Chưa thực hiện', null, null, null]] }, { kind: 'district', unit: unit('PNV') });
    const report = validate(sheets);
    expect(found(report, 'validation.standing').filter(([, cell]) => cell === 'C4')).toEqual(expected);
  });

  it('given an unknown item, lists the ids; given a near miss, suggests it', () => {
    const report = validate(
      templateSheets({
        standing: [
          ['III.9', '', 'Xã Thạnh Đức', 'Chưa', null, null, null],
          ['III.1.ff', '', 'Xã Thạnh Đức', 'Chưa', null, null, null],
        ],
      }),
    );
    expect(found(report, 'validation.standing')).toEqual([
      ['validation.standing.unknownItem', 'A4'],
      ['validation.standing.unknownItemSuggest', 'A5'],
    ]);
    expect(report.issues[0]?.params['ids']).toBe('III.1.f, III.2.a, III.2.b, III.2.c1, III.2.c2, III.2.c3, III.2.c4');
    expect(report.issues[1]?.params['suggestion']).toBe('III.1.f');
  });
});
