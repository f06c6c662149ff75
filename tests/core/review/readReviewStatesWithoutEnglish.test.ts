import { CONSOLIDATION_SHEETS } from '../../../src/core/consolidate/consolidationSheetNames';
import type { RawCell, RawSheet } from '../../../src/core/ports/workbookPort';
import { readReviewStates } from '../../../src/core/review/readReviewStates';

// The pane's first load: its English dictionary is empty until the officer picks English (src/taskpane/i18n/lazyEnglish.ts).
jest.mock('../../../src/core/i18n/en', () => ({ en: {} }));

const HEADER: RawCell[] = [
  'Mã',
  'Đơn vị',
  'Cấp',
  'Tình trạng',
  'Tệp',
  'Số dòng',
  'Lỗi',
  'Cảnh báo',
  'Ghi chú',
  'Xem xét',
  'Ghi chú xem xét',
  null,
  'Xem xét (chọn một)',
];
const sheet: RawSheet = {
  name: CONSOLIDATION_SHEETS.units,
  origin: { row: 1, column: 1 },
  values: [
    ['TÌNH HÌNH GỬI SỔ THEO DÕI CỦA CÁC ĐƠN VỊ – 6 THÁNG ĐẦU NĂM 2018 (TỪ NGÀY 15/12/2017 ĐẾN NGÀY 14/6/2018)'],
    HEADER,
    ['XTD', 'Xã Thạnh Đức', 'Xã/thị trấn', 'Đã gửi', 'Thanh Duc.xlsx', 7, 0, 2, null, 'Trả lại', 'Thiếu số báo', null, 'Đã nhận'],
    ['XCG', 'Xã Cẩm Giang', 'Xã/thị trấn', 'Đã gửi', 'Cam Giang.xlsx', 6, 0, 1, null, 'Xong', null, null, 'Cần sửa'],
  ],
};

describe('reading the kept review states without the English dictionary (the pane before English is picked)', () => {
  it('given a blank column beside the review columns, still reads the states from "Xem xét", and a word that is no state at its cell', () => {
    const kept = readReviewStates([sheet]);
    expect(kept.reviews).toEqual([
      { unit: 'XTD', file: 'Thanh Duc.xlsx', state: 'returned', note: 'Thiếu số báo' },
      { unit: 'XCG', file: 'Cam Giang.xlsx', state: 'received', note: '', unreadable: expect.any(String) as unknown },
    ]);
    expect(kept.issues).toEqual([expect.objectContaining({ code: 'review.issue.badState', where: { sheet: 'TH Đơn vị', cell: 'J4' } })]);
  });
});
