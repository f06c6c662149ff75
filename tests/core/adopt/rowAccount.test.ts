import fc from 'fast-check';
import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { acceptProposal, proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawCell } from '../../../src/core/ports/workbookPort';
import { rawSheet } from '../validation/support';

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD') ?? plan.units[0]!;
const banner = plan.standingItems[0]!;

interface Shape {
  readonly standing: number;
  readonly news: number;
  readonly spending: number;
  readonly gap: number;
  readonly sectionTitles: boolean;
  readonly newsTotal: boolean;
  readonly trailingBlank: number;
}

/** One sheet holding a standing-items table, a news table and a spending table, as KP1 of try13j keeps them; returns the first header's row too. */
function trackerSheet(shape: Shape): { rows: RawCell[][]; firstHeader: number } {
  const rows: RawCell[][] = [['UBND XÃ THẠNH ĐỨC - SỔ THEO DÕI CCHC NĂM 2018'], []];
  const blanks = (n: number): void => {
    for (let i = 0; i < n; i += 1) rows.push([]);
  };
  if (shape.sectionTitles) rows.push(['I. CÔNG VIỆC THƯỜNG XUYÊN']);
  const firstHeader = rows.length + 1;
  rows.push(['STT', 'Nội dung công việc', 'Kết quả', 'Ngày làm xong']);
  for (let i = 1; i <= shape.standing; i += 1) rows.push([i, banner.title, 'Đã làm', `0${i}/03/2018`]);
  blanks(shape.gap);
  if (shape.sectionTitles) rows.push(['II. TIN BÀI ĐĂNG TRÊN TRANG THÔNG TIN ĐIỆN TỬ']);
  rows.push(['STT', 'Ngày đăng', 'Tên tin bài', 'Nơi đăng']);
  for (let i = 1; i <= shape.news; i += 1) rows.push([i, `${10 + i}/04/2018`, `Tin cải cách hành chính số ${i}`, 'TTĐT']);
  if (shape.newsTotal) rows.push([null, 'Cộng', shape.news]);
  blanks(shape.gap);
  if (shape.sectionTitles) rows.push(['III. KINH PHÍ']);
  rows.push(['STT', 'Ngày chi', 'Nội dung chi', 'Số tiền', 'Nguồn kinh phí']);
  for (let i = 1; i <= shape.spending; i += 1) rows.push([i, `${10 + i}/05/2018`, `In tờ rơi đợt ${i}`, 500000 * i, 'Ngân sách UBND xã, thị trấn']);
  blanks(shape.trailingBlank);
  return { rows, firstHeader };
}

describe("adopt's conservation line on a sheet of several tables with section titles (try13j defect 4)", () => {
  it('accounts for every row from the first header to the last row: taken + not taken + blank + title + total', () => {
    fc.assert(
      fc.property(
        fc.record({
          standing: fc.integer({ min: 1, max: 3 }),
          news: fc.integer({ min: 2, max: 6 }),
          spending: fc.integer({ min: 1, max: 3 }),
          gap: fc.integer({ min: 0, max: 2 }),
          sectionTitles: fc.boolean(),
          newsTotal: fc.boolean(),
          trailingBlank: fc.integer({ min: 0, max: 1 }),
        }),
        (shape) => {
          const { rows, firstHeader } = trackerSheet(shape);
          const sheets = [rawSheet('Theo dõi 2018', rows)];
          const result = applyAdoption(plan, sheets, acceptProposal(proposeAdoption(plan, sheets, [], thanhDuc)), thanhDuc);
          const count = (reason: 'blank' | 'title' | 'total'): number => result.skipped.filter((s) => s.reason === reason).length;
          expect(result.rowsRead).toBe(rows.length - firstHeader + 1);
          expect(result.taken + result.quarantined.length + count('blank') + count('title') + count('total')).toBe(result.rowsRead);
          // Every table's header row and each section title is a title row; nothing is counted twice.
          expect(count('title')).toBe(3 + (shape.sectionTitles ? 2 : 0));
          expect(count('blank')).toBe(2 * shape.gap + shape.trailingBlank);
          const counted = [...result.skipped.map((s) => s.row)];
          expect(new Set(counted).size).toBe(counted.length);
          expect(result.taken).toBe(shape.standing + shape.news + shape.spending);
        },
      ),
      { numRuns: 40 },
    );
  });
});
