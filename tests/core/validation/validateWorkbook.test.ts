import { t } from '../../../src/core/i18n/format';
import { vi } from '../../../src/core/i18n/messages';
import type { MessageKey } from '../../../src/core/i18n/messages';
import { customPeriod, periodFor } from '../../../src/core/periods';
import { RULES } from '../../../src/core/validation';
import { d, found, OK_OUTPUT, plan, rawSheet, templateSheets, validate } from './support';

describe('validateWorkbook on a template workbook', () => {
  it('happy path: a clean workbook has no issues and hands back its records', () => {
    const report = validate(
      templateSheets({
        // The channel as the dropdown writes it: a short name would be read but missed by Tiến độ (live.alias).
        outputs: [OK_OUTPUT, [d('2018-04-02'), 'Trang thông tin điện tử huyện', 'Bài', 'Hội nghị CCHC', 'Số 12', null, null]],
        standing: [['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', d('2018-03-02'), 'ảnh', null]],
        spending: [[d('2018-03-10'), 'In băng rôn', 1500000, 'Ngân sách UBND xã, thị trấn', null, null]],
      }),
    );
    expect(report.issues).toEqual([]);
    expect(report.counts).toEqual({ error: 0, warning: 0 });
    expect(report.records.outputs.map((o) => [o.date, o.channel, o.form, o.unit])).toEqual([
      ['2018-03-05', 'BTN', 'TIN', 'XTD'],
      ['2018-04-02', 'TTT-H', 'BAI', 'XTD'],
    ]);
    // The template pre-fills the other standing items a commune must have, as not done.
    expect(report.records.standing).toHaveLength(5);
    expect(report.records.spending[0]?.amount).toBe(1500000);
    expect(report.stamp?.unitCode).toBe('XTD');
    expect(report.tables.map((tb) => [tb.kind, tb.sheet, tb.header.row])).toEqual([
      ['output', 'Tin bài', 3],
      ['standing', 'Hạng mục', 3],
      ['spending', 'Kinh phí', 3],
    ]);
  });

  it('given a row with each kind of mistake, reports exact codes at exact cells, sorted by sheet, row, column', () => {
    const sheets = templateSheets({
      outputs: [
        /* 4 */ OK_OUTPUT,
        /* 5 */ ['32/13/2018', 'Báo Tây Ninhh', 'Tin', 'Tin có ngày sai', null, null, null],
        /* 6 */ [d('2019-02-01'), 'Báo Tây Ninh', 'Tinn', 'Tin năm sau', 'htp://baotayninh.vn/x', null, null],
        /* 7 */ [d('2018-06-20'), 'Facebook', 'Tin', '   ', 'Số 1234', 'Xã Không Có', null],
        /* 8 */ [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'GÒ DẦU  đẩy mạnh cải cách hành chính', null, null, null],
        /* 9 */ [d('2018-03-06'), 'Báo Tây Ninh', 'Tin', 'x'.repeat(501), 'baotayninh.vn/abc', null, null],
        /* 10 */ [null, 'Báo Tây Ninh', null, 'Th¹nh §øc ra qu©n', null, null, null],
        /* 11 */ ['tháng 3', 'Cổng TTĐT tỉnh', 'Tin', 'Tin tháng 3', null, null, null],
        /* 12 */ [d('2018-08-01'), 'Cổng TTĐT tỉnh', 'Tin', 'Tin tương lai', null, null, null],
      ],
      standing: [
        /* 4 */ ['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', null, null, null],
        /* 5 */ ['III.2.b', 'Bảng tên', 'Xã Thạnh Đức', 'Chưa thực hiện', null, null, null],
        /* 6 */ ['III.9', 'Không có', 'Xã Thạnh Đức', 'Tạm dừng', null, null, null],
      ],
      spending: [
        /* 4 */ [d('2018-03-10'), 'In băng rôn', '1.500.000 đ', 'Ngân sách UBND xã, thị trấn', null, null],
        /* 5 */ [d('2018-03-11'), 'Thuê xe', -200000, 'Ngân sách xã', null, null],
        /* 6 */ [d('2018-03-12'), 'Nước uống', 1500.5, 'Kinh phí CCHC cấp huyện', null, null],
        /* 7 */ [d('2018-03-13'), null, 'một triệu', null, null, null],
      ],
    });
    const report = validate(sheets, { period: periodFor('half-year', 2018, 1, 'nd09-cutoff') });
    expect(found(report)).toEqual([
      ['validation.date.notADate', 'A5'],
      ['validation.name.unknownSuggest', 'B5'],
      ['validation.date.outsidePlanYear', 'A6'],
      ['validation.name.unknownSuggest', 'C6'],
      ['validation.link.malformed', 'E6'],
      ['validation.date.outsidePeriod', 'A7'],
      ['validation.name.unknown', 'B7'],
      ['validation.title.empty', 'D7'],
      ['validation.name.unknown', 'F7'],
      ['validation.duplicate.output', 'D8'],
      ['validation.title.tooLong', 'D9'],
      ['validation.link.noScheme', 'E9'],
      ['validation.required.missing', 'A10'],
      ['validation.required.missing', 'C10'],
      ['validation.encoding.legacy', 'D10'],
      ['validation.date.notADate', 'A11'],
      ['validation.live.alias', 'B11'],
      ['validation.date.future', 'A12'],
      ['validation.live.alias', 'B12'],
      ['validation.standing.doneWithoutDate', 'E4'],
      ['validation.standing.wrongLevel', 'C5'],
      ['validation.standing.unknownItem', 'A6'],
      ['validation.name.unknown', 'D6'],
      ['validation.amount.text', 'C4'],
      ['validation.amount.notPositive', 'C5'],
      ['validation.name.unknownSuggest', 'D5'],
      ['validation.amount.notWhole', 'C6'],
      ['validation.required.missing', 'B7'],
      ['validation.amount.unreadable', 'C7'],
      ['validation.required.missing', 'D7'],
    ]);
    expect(report.issues.map((i) => i.where.sheet)).toEqual([
      ...Array<string>(19).fill('Tin bài'),
      ...Array<string>(4).fill('Hạng mục'),
      ...Array<string>(7).fill('Kinh phí'),
    ]);
    expect(report.counts).toEqual({ error: 19, warning: 11 });
    expect(report.bySheet['Tin bài']).toEqual({ error: 11, warning: 8 });
    expect(report.byCode['validation.required.missing']).toBe(4);
  });

  it('given a workbook stamped with an older revision, warns at the stamp', () => {
    const sheets = templateSheets({ outputs: [OK_OUTPUT] });
    const revised = { ...plan, identity: { ...plan.identity, revision: 2 } };
    expect(found(validate(sheets, {}, revised))).toEqual([['validation.stamp.olderRevision', 'B3']]);
  });

  it('renders every issue in both languages with every placeholder filled', () => {
    const sheets = templateSheets({ outputs: [['32/13/2018', 'Báo Tây Ninhh', 'Tn', 'Th¹nh §øc', 'htp://x', 'Xã Không Có', null]] });
    const report = validate(sheets, { period: customPeriod('2018-01-01', '2018-01-31') });
    expect(report.issues.length).toBeGreaterThan(3);
    for (const issue of report.issues) {
      expect(t(issue.code, issue.params, 'vi')).not.toMatch(/\{\w+\}/);
      expect(t(issue.code, issue.params, 'en')).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('the rules', () => {
  it('each declare ids, issue codes that exist in the dictionaries, and a severity', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.issues.length).toBeGreaterThan(0);
      for (const spec of rule.issues) {
        expect(Object.keys(vi)).toContain(spec.code);
        expect(['error', 'warning']).toContain(spec.severity);
      }
    }
  });

  it('cover every validation message', () => {
    const codes = new Set(RULES.flatMap((r) => r.issues.map((i) => i.code)));
    expect(
      Object.keys(vi)
        .filter((k) => k.startsWith('validation.'))
        .filter((k) => !codes.has(k as MessageKey)),
    ).toEqual([]);
  });
});

describe('validateWorkbook on an office tracker', () => {
  it('given title rows, its own headers, month headings, a total row and dates typed as text, finds the table and checks the rows', () => {
    const sheets = [
      rawSheet('Tháng 3', [
        ['UBND XÃ THẠNH ĐỨC'],
        ['SỔ THEO DÕI TIN BÀI TUYÊN TRUYỀN CCHC NĂM 2018'],
        [],
        ['STT', 'Ngày đăng', 'Phương tiện', 'Loại tin', 'Tên tin, bài', 'Số báo, link', 'Ghi chú'],
        ['Tháng 3'],
        [1, '05/3/2018', 'Báo TN', 'tin', 'Xã Thạnh Đức tuyên truyền CCHC', 'Số 3456', null],
        [2, '5-3-2018', 'website', 'bài', 'Hội nghị triển khai kế hoạch 116', 'http://godau.tayninh.gov.vn/tin/1', null],
        [3, '31/02/2018', 'Đài truyền thanh xã', 'tin', 'Tin phát thanh', null, null],
        [4, '06/3/2018', 'Trang TTĐT huyện', 'tin', 'TØnh T©y Ninh chØ ®¹o', null, null],
        ['Tổng cộng', null, null, null, 4],
      ]),
    ];
    const report = validate(sheets, { unit: 'XTD' });
    expect(report.tables.map((tb) => [tb.kind, tb.sheet, tb.header.row])).toEqual([['output', 'Tháng 3', 4]]);
    expect(report.records.outputs.map((o) => [o.source.row, o.date, o.channel, o.form, o.unit])).toEqual([
      [6, '2018-03-05', 'BTN', 'TIN', 'XTD'],
      [7, '2018-03-05', 'TTT-H', 'BAI', 'XTD'],
      [8, null, 'TT-X', 'TIN', 'XTD'],
      [9, '2018-03-06', 'TTT-H', 'TIN', 'XTD'],
    ]);
    expect(found(report)).toEqual([
      ['validation.date.notADate', 'B8'],
      ['validation.encoding.legacy', 'E9'],
    ]);
  });
});
