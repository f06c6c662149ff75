import type { HostCellValue } from '../support/excelHost/model';

/**
 * A tracker as a commune office keeps it: a title and the unit above its own headers, dates typed
 * as text, a month heading, a channel the plan does not know ("Facebook xã"), a date that does
 * not exist and a total row. Shared by the pane's unit tests and the browser test.
 */
export const OFFICE_SHEET = 'Theo dõi 2018';

export const OFFICE_TRACKER: readonly (readonly HostCellValue[])[] = [
  ['SỔ THEO DÕI TUYÊN TRUYỀN CCHC NĂM 2018', '', '', '', ''],
  ['UBND xã Thạnh Đức', '', '', '', ''],
  ['', '', '', '', ''],
  ['STT', 'Ngày đăng', 'Nơi đăng', 'Tên tin bài', 'Ghi chú'],
  [1, '15/03/2018', 'Báo Tây Ninh', 'Xã Thạnh Đức ra mắt bộ phận một cửa', ''],
  [2, '02/04/2018', 'Facebook xã', 'Hướng dẫn nộp hồ sơ trực tuyến', '- đăng lại'],
  ['Tháng 5', '', '', '', ''],
  [3, '10/05/2018', 'Đài TT huyện', 'Phát tin cải cách hành chính', ''],
  [4, '31/02/2018', 'Báo TN', 'Tin có ngày sai', ''],
  ['Tổng cộng', '', '', '4 tin', ''],
];

/** As a RawSheet from the port: rows from A1. */
export const officeRawSheet = (): { name: string; values: (string | number | null)[][]; origin: { row: number; column: number } } => ({
  name: OFFICE_SHEET,
  values: OFFICE_TRACKER.map((row) => row.map((cell) => (cell === '' ? null : (cell as string | number)))),
  origin: { row: 1, column: 1 },
});
