import { acceptProposal, proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { adoptIntoTracker, sheetClashes } from '../../../src/core/usecases/adoptTracker';
import { plan, unitOf } from './books';

const office: RawSheet = {
  name: 'Tháng 3',
  origin: { row: 1, column: 1 },
  values: [
    ['UBND XÃ THẠNH ĐỨC'],
    ['STT', 'Ngày đăng', 'Đăng trên', 'Nội dung', 'Số tin'],
    [1, '05/03/2018', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC', 1],
    [2, '12/03/2018', 'Trạm truyền thanh xã', 'Tin phát trên loa tháng 3', 3],
    [null, 'Tổng cộng', null, null, 4],
  ],
};

describe('adopting an office tracker (Nhận sổ riêng, cchc adopt)', () => {
  it('given a tracker with a count column and a total, takes each row for its quantity into the new tracker and accounts for every row', () => {
    const mapping = acceptProposal(proposeAdoption(plan, [office]));
    const { result, layout, firstCell } = adoptIntoTracker({ plan, sheets: [office], mapping, unit: unitOf('XTD'), kind: 'unit', today: '2018-04-01' });
    expect(result.taken).toBe(2);
    expect(result.rows).toHaveLength(4); // 1 + 3: the progress formulas count rows
    expect(result.rowsRead).toBe(4); // the header, two data rows and the total row
    expect(result.skipped.map((s) => s.reason)).toEqual(['title', 'total']);
    expect(layout.sheets.map((s) => s.name)).toContain(firstCell.sheet);
  });

  it("given an office sheet named like one of the tracker's, says it would be replaced unless the caller may replace it", () => {
    const mapping = acceptProposal(proposeAdoption(plan, [office]));
    const { layout } = adoptIntoTracker({ plan, sheets: [office], mapping, unit: unitOf('XTD'), kind: 'unit', today: '2018-04-01' });
    expect(sheetClashes(['Tháng 3', 'tin bài'], layout, [])).toEqual(['tin bài']);
    expect(sheetClashes(['Tháng 3', 'tin bài'], layout, ['Tin bài'])).toEqual([]);
  });
});
