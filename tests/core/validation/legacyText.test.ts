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

  it('given a column typed in TCVN3 down several rows, warns once for the column at its first cell, counting its cells (issue 11, third tester)', () => {
    const report = validate(
      templateSheets({
        outputs: [
          [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'TØnh T©y Ninh tuyªn truyÒn', null, null, null],
          [d('2018-03-06'), 'Báo Tây Ninh', 'Tin', 'Một tin Unicode', null, null, null],
          [d('2018-03-07'), 'Báo Tây Ninh', 'Tin', 'Th¹nh §øc tuyªn truyÒn', null, null, null],
          [d('2018-03-08'), 'Báo Tây Ninh', 'Tin', 'X· Th¹nh §øc', null, null, null],
        ],
      }),
    );
    expect(found(report, 'validation.encoding')).toEqual([['validation.encoding.legacyMany', 'D4']]);
    expect(only(report, 'validation.encoding.legacyMany').params).toMatchObject({
      count: 3,
      from: 'D4',
      to: 'D7',
      encoding: 'TCVN3',
      decoded: 'Tỉnh Tây Ninh tuyên truyền',
    });
  });

  it('given a TCVN3 sheet with a title that alone looks like VNI, tells it with the sheet’s TCVN3', () => {
    const vniLooking = 'H\u00adíng dÉn dÞch vô c«ng trùc tuyÕn møc ®é 3';
    const report = validate(
      templateSheets({
        outputs: [
          [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'TØnh T©y Ninh tuyªn truyÒn', null, null, null],
          [d('2018-03-06'), 'Báo Tây Ninh', 'Tin', 'Th¹nh §øc tuyªn truyÒn', null, null, null],
          [d('2018-03-07'), 'Báo Tây Ninh', 'Tin', 'X· Th¹nh §øc', null, null, null],
          [d('2018-03-08'), 'Báo Tây Ninh', 'Tin', 'Tuyªn truyÒn c¶i c¸ch hµnh chÝnh', null, null, null],
          [d('2018-03-09'), 'Báo Tây Ninh', 'Tin', vniLooking, null, null, null],
        ],
      }),
    );
    expect(found(report, 'validation.encoding')).toEqual([['validation.encoding.legacyMany', 'D4']]);
    expect(only(report, 'validation.encoding.legacyMany').params).toMatchObject({ count: 5, to: 'D8', encoding: 'TCVN3' });
  });

  it('given a TCVN3 sheet whose first legacy title alone looks like VNI, one warning from that first cell to the last, in TCVN3, and the note column after it', () => {
    const vniLooking = 'H\u00adíng dÉn dÞch vô c«ng trùc tuyÕn møc ®é 3';
    const report = validate(
      templateSheets({
        outputs: [
          [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', vniLooking, null, null, null],
          [d('2018-03-06'), 'Báo Tây Ninh', 'Tin', 'Th¹nh §øc tuyªn truyÒn', null, null, '§· ®¨ng l¹i'],
          [d('2018-03-07'), 'Báo Tây Ninh', 'Tin', 'X· Th¹nh §øc', null, null, null],
          [d('2018-03-08'), 'Báo Tây Ninh', 'Tin', 'Tuyªn truyÒn c¶i c¸ch hµnh chÝnh', null, null, '§· ®¨ng l¹i'],
          [d('2018-03-09'), 'Báo Tây Ninh', 'Tin', 'TØnh T©y Ninh tuyªn truyÒn', null, null, null],
        ],
      }),
    );
    expect(found(report, 'validation.encoding')).toEqual([
      ['validation.encoding.legacyMany', 'D4'],
      ['validation.encoding.legacyMany', 'G5'],
    ]);
    expect(report.issues[0]?.params).toMatchObject({ count: 5, from: 'D4', to: 'D8', encoding: 'TCVN3', decoded: 'Hướng dẫn dịch vụ công trực tuyến mức đ…' });
    expect(report.issues[1]?.params).toMatchObject({ count: 2, from: 'G5', to: 'G7', encoding: 'TCVN3', decoded: 'Đã đăng lại' });
  });

  it('given a TCVN3 sheet where 3 of its 8 legacy cells alone look like VNI, tells them all in TCVN3 as the reader read them (issue 11, a helper’s tracker)', () => {
    // "thñ tôc" (thủ tục) holds a VNI sign; every title here is TCVN3, and the reader decodes the sheet so.
    const vniLooking = (n: number) => `Niªm yÕt c«ng khai thñ tôc hµnh chÝnh ®ît ${n}`;
    const report = validate(
      templateSheets({
        outputs: [
          [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', vniLooking(1), null, null, null],
          [d('2018-03-06'), 'Báo Tây Ninh', 'Tin', 'Ng\u00adêi d©n hµi lßng víi bé phËn mét cöa', null, null, '§· ®¨ng l¹i'],
          [d('2018-03-07'), 'Báo Tây Ninh', 'Tin', vniLooking(2), null, null, null],
          [d('2018-03-08'), 'Báo Tây Ninh', 'Tin', 'TiÕp nhËn hå s¬ qua dÞch vô b\u00adu chÝnh', null, null, '§· ®¨ng l¹i'],
          [d('2018-03-09'), 'Báo Tây Ninh', 'Tin', vniLooking(3), null, null, null],
          [d('2018-03-10'), 'Báo Tây Ninh', 'Tin', 'Tuyªn truyÒn c¶i c¸ch hµnh chÝnh', null, null, null],
        ],
      }),
    );
    expect(found(report, 'validation.encoding')).toEqual([
      ['validation.encoding.legacyMany', 'D4'],
      ['validation.encoding.legacyMany', 'G5'],
    ]);
    expect(report.issues[0]?.params).toMatchObject({ count: 6, from: 'D4', to: 'D9', encoding: 'TCVN3', decoded: 'Niêm yết công khai thủ tục hành chính đ…' });
  });

  it('given a legacy unit name, warns about the encoding and suggests the unit', () => {
    const report = validate(templateSheets({ outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Một tin', null, 'Th¹nh §øc', null]] }));
    expect(only(report, 'validation.encoding.legacy').params).toMatchObject({ field: 'Đơn vị', encoding: 'TCVN3', decoded: 'Thạnh Đức' });
    expect(only(report, 'validation.name.unknownSuggest').params['suggestion']).toBe('Xã Thạnh Đức');
  });
});
