import type { RawCell, RawSheet } from '../../../src/core/ports/workbookPort';
import { d, rawSheet } from '../validation/support';

/**
 * Xã Thạnh Đức's own news log, as a commune keeps it against Gò Dầu's plan (GO_DAU_116): the commune's
 * name above, "Đơn vị" naming who did each item (null: blank), one Báo Tây Ninh news item a row.
 */
export function communeLog(units: readonly (string | null)[], sheet = 'Tổng hợp'): RawSheet {
  const rows: RawCell[][] = [
    ['UBND XÃ THẠNH ĐỨC'],
    [],
    ['TỔNG HỢP TIN, BÀI TUYÊN TRUYỀN CCHC CỦA CÁC BỘ PHẬN, ẤP NĂM 2018'],
    [],
    ['STT', 'Đơn vị', 'Ngày đăng', 'Tên tin, bài', 'Đăng trên', 'Thể loại'],
    ...units.map((unit, i): RawCell[] => [
      i + 1,
      unit,
      d(`2018-03-${String(5 + i).padStart(2, '0')}`),
      `Tuyên truyền thủ tục số ${i + 1} (${sheet})`,
      'Báo Tây Ninh',
      'Tin',
    ]),
  ];
  return rawSheet(sheet, rows);
}

/** A spending table of the same log: "Ngày | Nội dung chi | Số tiền | Đơn vị". */
export function spendingSheet(units: readonly string[]): RawSheet {
  return rawSheet('Kinh phí', [
    ['Ngày', 'Nội dung chi', 'Số tiền', 'Đơn vị'],
    ...units.map((unit, i): RawCell[] => [d(`2018-04-${String(2 + i).padStart(2, '0')}`), `In tờ rơi ${i + 1}`, 500000, unit]),
  ]);
}
