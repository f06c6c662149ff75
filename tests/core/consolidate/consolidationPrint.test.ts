import { columnMillimetres, consolidationPrint, orientationFor, PORTRAIT_PRINTABLE_MM } from '../../../src/core/consolidate/consolidationPrint';
import { consolidationSheets } from '../../../src/core/consolidate/consolidationSheets';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';

describe('how a consolidation sheet prints', () => {
  test('a column of 10 characters prints 19.85 mm wide (75 px at 96 px an inch), as Excel sizes it', () => {
    expect(columnMillimetres(10)).toBeCloseTo(19.84, 2);
  });

  test.each([
    // 175 mm of portrait A4 between the margins holds about 92 characters of columns at full size.
    [[40, 40, 10], 'portrait'],
    [[30, 30, 30], 'portrait'],
    [[30, 30, 34], 'landscape'],
    [[12, 30, 12, 48, 24, 26, 20, 24, 14, 7], 'landscape'],
  ] as const)('given columns %j, prints %s', (widths, orientation) => {
    expect(orientationFor(widths)).toBe(orientation);
  });

  test("the portrait page's printable width is A4 less the binding and right margins", () => {
    expect(PORTRAIT_PRINTABLE_MM).toBe(175);
    expect(consolidationPrint([10], 2)).toEqual({
      orientation: 'portrait',
      paperSize: 'A4',
      margins: { top: 20, bottom: 20, left: 20, right: 15 },
      titleRows: '$1:$2',
      fitToWidth: true,
    });
  });

  test('every TH sheet of a consolidation, the unit list too, prints on A4 one page wide with its title and header on every page', () => {
    const result = consolidate(GO_DAU_116, [], { period: periodFor('year', 2018, undefined, 'nd09-cutoff'), today: '2018-12-20' });
    const { sheets } = consolidationSheets(GO_DAU_116, result);
    expect(sheets.map((s) => [s.name, s.print?.paperSize, s.print?.fitToWidth, s.print?.titleRows, s.print?.orientation])).toEqual([
      ['TH Tin bài', 'A4', true, '$1:$2', 'landscape'],
      ['TH Hạng mục', 'A4', true, '$1:$2', 'landscape'],
      ['TH Kinh phí', 'A4', true, '$1:$2', 'landscape'],
      ['TH Đơn vị', 'A4', true, '$1:$2', 'landscape'],
      ['TH Không tiếp nhận', 'A4', true, '$1:$2', 'landscape'],
      ['TH Lỗi từng tệp', 'A4', true, '$1:$2', 'landscape'],
      ['TH Tiến độ', 'A4', true, '$1:$3', 'landscape'],
    ]);
  });

  test("the unit list prints its table only: the review dropdown's word list beside it is not on the page", () => {
    const result = consolidate(GO_DAU_116, [], { period: periodFor('year', 2018, undefined, 'nd09-cutoff'), today: '2018-12-20' });
    const units = consolidationSheets(GO_DAU_116, result).sheets.find((s) => s.name === 'TH Đơn vị');
    // Title, header and one row per unit of the plan but the consolidating Phòng Nội vụ, columns A (code) to K (the officer's note).
    expect(units?.print?.printArea).toBe(`A1:L${2 + GO_DAU_116.units.length - 1}`);
  });
});
