import fc from 'fast-check';
import { checkLink, parsedLinkVerdict } from '../../../src/core/validation/rules/link';
import { d, found, only, rawSheet, templateSheets, validate } from './support';

describe('links', () => {
  it.each([
    ['https://baotayninh.vn/go-dau-day-manh-cchc-a12345.html'],
    ['http://godau.tayninh.gov.vn/tin-tuc?id=5'],
    ['Số 1234'],
    ['số 45 ngày 3/5'],
    ['Số 45 ngày 3/5/2018; https://baotayninh.vn/a'],
    ['Bản tin thời sự 19h ngày 05.03.2018'],
    ['Phát lúc 6h, 1.500 lượt nghe'],
    ['TP.HCM'],
  ])('happy path: %j is fine', (value) => {
    const report = validate(templateSheets({ outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Một tin', value, null, null]] }));
    expect(found(report, 'validation.link')).toEqual([]);
  });

  it.each([
    ['htp://baotayninh.vn/a', 'malformed'],
    ['http//baotayninh.vn/a', 'malformed'],
    ['https://baotayninh', 'malformed'],
    ['https:/baotayninh.vn', 'malformed'],
    ['https://bao tayninh.vn', 'malformed'],
    ['httpss://baotayninh.vn', 'malformed'],
    ['www.baotayninh.vn/a', 'noScheme'],
    ['baotayninh.vn/go-dau', 'noScheme'],
    ['godau.tayninh.gov.vn', 'noScheme'],
  ])('given %j, finds it %s', (value, verdict) => {
    expect(checkLink(value.split(' ')[0] ?? '')).toBe(verdict);
  });

  it('warns at the link cell and suggests the address with https://', () => {
    const report = validate(templateSheets({ outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Một tin', 'baotayninh.vn/a', null, null]] }));
    expect(only(report, 'validation.link.noScheme')).toMatchObject({
      severity: 'warning',
      where: { cell: 'E4' },
      params: { value: 'baotayninh.vn/a', suggestion: 'https://baotayninh.vn/a' },
    });
  });

  it('given a column of links without a scheme, warns once for the column at its first cell, counting its cells (issue 11, fifth tester)', () => {
    const report = validate(
      templateSheets({
        outputs: [
          [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Tin một', 'godau.tayninh.gov.vn/tin/1', null, null],
          [d('2018-03-06'), 'Báo Tây Ninh', 'Tin', 'Tin hai', 'https://godau.tayninh.gov.vn/tin/2', null, null],
          [d('2018-03-07'), 'Báo Tây Ninh', 'Tin', 'Tin ba', 'godau.tayninh.gov.vn/tin/3', null, null],
          [d('2018-03-08'), 'Báo Tây Ninh', 'Tin', 'Tin bốn', 'htp://baotayninh.vn/a', null, null],
          [d('2018-03-09'), 'Báo Tây Ninh', 'Tin', 'Tin năm', 'Số 45; www.baotayninh.vn/b', null, null],
        ],
      }),
    );
    expect(found(report, 'validation.link')).toEqual([
      ['validation.link.noSchemeMany', 'E4'],
      ['validation.link.malformed', 'E7'],
    ]);
    expect(only(report, 'validation.link.noSchemeMany')).toMatchObject({
      severity: 'warning',
      where: { cell: 'E4' },
      params: { count: 3, from: 'E4', to: 'E8', value: 'godau.tayninh.gov.vn/tin/1', suggestion: 'https://godau.tayninh.gov.vn/tin/1' },
    });
    expect(only(report, 'validation.link.noSchemeMany').params['field']).toEqual(expect.any(String));
  });

  it('given cells showing an address without https:// over a hyperlink to it, keeps quiet: the record keeps the hyperlink, which works', () => {
    const tracker = rawSheet('Theo dõi', [
      ['Ngày đăng', 'Kênh', 'Loại', 'Nội dung', 'Link bài'],
      ['05/3/2018', 'Báo Tây Ninh', 'Tin', 'Tin một', 'baotayninh.vn/tin/1'],
      ['06/3/2018', 'Báo Tây Ninh', 'Tin', 'Tin hai', 'baotayninh.vn/tin/2'],
      ['07/3/2018', 'Báo Tây Ninh', 'Tin', 'Tin ba', 'baotayninh.vn/tin/3'],
    ]);
    // E2 and E3 link to their address (Excel's Insert > Link, the text shown shorter); E4 is plain text.
    const linked = { ...tracker, links: [2, 3].map((row) => ({ row, column: 5, target: `https://baotayninh.vn/tin/${row - 1}` })) };
    expect(found(validate([tracker], { unit: 'XTD' }), 'validation.link')).toEqual([['validation.link.noSchemeMany', 'E2']]);
    expect(found(validate([linked], { unit: 'XTD' }), 'validation.link')).toEqual([['validation.link.noScheme', 'E4']]);
  });

  it("given a template's cells showing an address without https:// over a hyperlink on the link or title cell, keeps quiet and keeps the hyperlink as the record's link", () => {
    const sheets = templateSheets({
      outputs: [
        [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Tin một', 'baotayninh.vn/tin/1', null, null],
        [d('2018-03-06'), 'Báo Tây Ninh', 'Tin', 'Tin hai', 'baotayninh.vn/tin/2', null, null],
        [d('2018-03-07'), 'Báo Tây Ninh', 'Tin', 'Tin ba', 'baotayninh.vn/tin/3', null, null],
      ],
    });
    const withLinks = sheets.map((sheet) => {
      const header = sheet.values.findIndex((cells) => cells.includes('Tiêu đề'));
      if (header < 0) return sheet;
      const cells = sheet.values[header] ?? [];
      const title = cells.indexOf('Tiêu đề') + 1;
      const link = cells.findIndex((c) => typeof c === 'string' && c.startsWith('Liên kết')) + 1;
      const first = sheet.origin.row + header + 1;
      // Row 1: Insert > Link on the link cell; row 2: on the title cell; row 3: plain text.
      return {
        ...sheet,
        links: [
          { row: first, column: link, target: 'https://baotayninh.vn/tin/1' },
          { row: first + 1, column: title, target: 'https://baotayninh.vn/tin/2' },
        ],
      };
    });
    expect(found(validate(sheets), 'validation.link')).toEqual([['validation.link.noSchemeMany', 'E4']]);
    const report = validate(withLinks);
    expect(found(report, 'validation.link')).toEqual([['validation.link.noScheme', 'E6']]);
    expect(report.records.outputs.map((o) => o.link)).toEqual(['https://baotayninh.vn/tin/1', 'https://baotayninh.vn/tin/2', 'baotayninh.vn/tin/3']);
  });

  it('quotes a malformed address as the cell holds it, not the piece it broke into ("https:// baotayninh.vn/a")', () => {
    const report = validate(templateSheets({ outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Một tin', 'https:// baotayninh.vn/a', null, null]] }));
    expect(only(report, 'validation.link.malformed').params).toMatchObject({ value: 'https:// baotayninh.vn/a' });
  });

  it.each([['https://baotayninh.vn/go-dau-a12345 .html'], ['https://godau.tayninh.gov.vn/tin-tuc ?id=5'], ['baotayninh.vn/tin /a-1.html']])(
    'given an address a space broke (%j), finds it malformed and quotes the whole cell',
    (value) => {
      const report = validate(templateSheets({ outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Một tin', value, null, null]] }));
      expect(found(report, 'validation.link')).toEqual([['validation.link.malformed', 'E4']]);
      expect(only(report, 'validation.link.malformed').params).toMatchObject({ value });
    },
  );

  it.each([['https://baotayninh.vn/a / https://baotayninh.vn/b'], ['Số 45 .Trang 2'], ['https://baotayninh.vn/a - trang 2']])(
    'given %j (two addresses, or no address before the piece), finds nothing to mend',
    (value) => {
      const report = validate(templateSheets({ outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Một tin', value, null, null]] }));
      expect(found(report, 'validation.link')).toEqual([]);
    },
  );

  it('given a column of malformed links, warns once for the column with the first one', () => {
    const report = validate(
      templateSheets({
        outputs: [
          [d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Tin một', 'http//baotayninh.vn/a', null, null],
          [d('2018-03-06'), 'Báo Tây Ninh', 'Tin', 'Tin hai', 'htp://baotayninh.vn/b', null, null],
        ],
      }),
    );
    expect(found(report, 'validation.link')).toEqual([['validation.link.malformedMany', 'E4']]);
    expect(only(report, 'validation.link.malformedMany').params).toMatchObject({ count: 2, from: 'E4', to: 'E5', value: 'http//baotayninh.vn/a' });
    expect(only(report, 'validation.link.malformedMany').params).not.toHaveProperty('suggestion');
  });
});

describe('plain addresses told without parsing', () => {
  it.each([
    'https://baotayninh.vn/go-dau-a12345.html',
    'http://godau.tayninh.gov.vn/tin-tuc?id=5#top',
    'https://xn--bo-lia.vn/a',
    'https://a.xn--p1ai/',
    'https://-bad.vn/',
    'https://bad-.vn',
    'https://a..vn',
    'https://host.v',
    'https://host.vn:99999/x',
    'https://host.vn:8080/x',
    'https://user@host.vn/x',
    'https://host.vn/a\\b%zz',
    'HTTP://HOST.VN/X',
  ])('given %s, gives the verdict the URL parser gives', (token) => {
    expect(checkLink(token)).toBe(parsedLinkVerdict(token));
  });

  test('given any address built of schemes, host labels and paths, gives the verdict the URL parser gives', () => {
    const parts = [
      'http://',
      'https://',
      'HTTPS://',
      'www.',
      'baotayninh',
      'xn--bo-lia',
      'a-b',
      '-x',
      'x-',
      '.',
      '..',
      'vn',
      'com',
      'v',
      '1',
      ':8080',
      ':99999',
      '/tin/4-12',
      '?id=1',
      '#a',
      ' ',
      'ä',
      '%',
      '\\',
      '@',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 8 }), (chosen) => {
        const token = chosen.join('');
        expect(checkLink(token)).toBe(parsedLinkVerdict(token));
      }),
      { numRuns: 20000 },
    );
  });
});
