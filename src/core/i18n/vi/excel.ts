/** What the Office.js adapter's failures mean to an officer (src/excel/describeError.ts picks the key). */
export const viExcel = {
  'excel.error.officeUnavailable': 'Chưa kết nối được với Excel, nên chưa ghi hay đọc được sổ.',
  'excel.error.sheetName': 'Excel không nhận tên trang tính "{name}": tối đa 31 ký tự và không có các ký tự \\ / ? * [ ] :.',
  'excel.error.duplicateSheet': 'Có hai trang tính cùng tên "{name}" (Excel không phân biệt chữ hoa, chữ thường).',
  'excel.error.rowTooLarge': 'Dòng {row} của trang "{sheet}" quá lớn để gửi tới Excel trong một lần.',
  'excel.error.tableNameTaken': 'Sổ đã có một bảng tên "{table}" ở trang "{sheet}". Hãy đổi tên hoặc xóa bảng đó (Table Design > Table Name) rồi làm lại.',
  'excel.error.invalidAddress': 'Địa chỉ ô "{address}" không hợp lệ.',
  'excel.error.requestTooLarge': 'Excel trên web từ chối vì một lần gửi vượt quá giới hạn 5 MB. Sổ có thể mới được ghi một phần; hãy thử lại.',
  'excel.error.refused': 'Excel từ chối thao tác (mã lỗi {code}). Sổ có thể mới được ghi một phần; hãy thử lại. Chi tiết: {detail}',
  'excel.error.sheetProtected':
    'Trang tính "{sheet}" đang được bảo vệ nên Excel không cho ghi. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi làm lại; sổ chưa bị thay đổi.',
  'excel.error.accessDenied':
    'Excel không cho thay đổi vì một trang tính hoặc cả sổ đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi làm lại. Chi tiết: {detail}',
  'excel.error.cellEditMode': 'Bạn đang nhập dở một ô trong Excel. Hãy nhấn Enter hoặc Esc để kết thúc rồi làm lại.',
  'excel.error.sheetTooLarge': 'Trang tính "{sheet}" có quá nhiều ô dữ liệu rải rác nên không đọc được. Hãy xóa các ô thừa ở xa bảng dữ liệu rồi làm lại.',
  'excel.error.unexpected': 'Có lỗi ngoài dự kiến khi làm việc với Excel: {detail}',
  /** Tiến độ sheet words (src/core/template/progressSheet.ts; the sheet is written in Vietnamese). */
  'excel.progress.running': 'Đang thực hiện',
  'excel.progress.notBegun': 'Chưa đến kỳ',
  'excel.progress.met': 'Đạt',
  'excel.progress.notMet': 'Chưa đạt',
  'excel.progress.helperHeader': 'Cột phụ (không sửa)',
  'excel.progress.noTargets': 'Kế hoạch không giao chỉ tiêu đếm được cho đơn vị này (xem mục PHÂN CÔNG của sheet Kế hoạch).',
  'excel.progress.contribution': 'Đóng góp',
  /** Tiến độ, a unit's sheet: a target PHÂN CÔNG gives other units, which the unit's rows count for no part of (progress/countsFor, verdict13). */
  'excel.progress.notGiven': 'Không giao',
  /** Tiến độ, the district's sheet: the table of the units whose rows count towards a target PHÂN CÔNG gives to some units. */
  'excel.progress.countedUnits': '{id}: đơn vị được tính (PHÂN CÔNG)',
  /** Tiến độ: a recurring standing item with every occurrence owed done, one or more after its last day (report: "trong đó hoàn thành chậm"). */
  'excel.progress.metWithLate': 'Đạt (có lượt hoàn thành chậm)',
  /** Tiến độ: a standing item with a deadline, done, but only after the deadline (report: "Hoàn thành chậm (hạn …)"; try13i defect 6). */
  'excel.progress.metLate': 'Đạt (hoàn thành chậm)',
} as const;
