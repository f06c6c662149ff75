/**
 * "Chuẩn hóa" (Vietnamese): what each rewrite does and why a cell is left as typed, for the pane's
 * list and `cchc normalise`. {old} and {new} are the cell's text before and after.
 */
export const viNormalise = {
  'normalise.reason.unicodeForm': 'Unicode tổ hợp đổi sang Unicode dựng sẵn',
  'normalise.reason.spacing': 'bỏ dấu cách thừa',
  'normalise.reason.letterCase': 'viết hoa, viết thường như trong danh sách',
  'normalise.reason.alias': 'tên gọi khác đổi sang tên trong danh sách',
  'normalise.reason.textDate': 'ngày dạng chữ đổi sang ngày',
  'normalise.reason.textMinutes': 'thời lượng dạng chữ đổi sang số phút',
  'normalise.reason.suggested': 'không có trong kế hoạch, đổi sang tên gần nhất trong danh sách như Kiểm tra gợi ý',
  'normalise.reason.textAmount': 'số tiền dạng chữ đổi sang số',
  'normalise.unsettled.unknownName': 'không có trong kế hoạch nên giữ nguyên, cần chọn lại trong danh sách',
  'normalise.unsettled.notADate': 'không đọc được là ngày nên giữ nguyên, cần nhập lại dạng dd/mm/yyyy',
  'normalise.unsettled.notMinutes': 'không đọc được là số phút (giờ không được tự đổi ra phút) nên giữ nguyên, cần nhập lại bằng số phút',
  'normalise.unsettled.ambiguousMinutes': 'viết như số có phần nghìn nên không rõ là bao nhiêu phút; giữ nguyên, cần nhập lại bằng số phút (ví dụ 45 hoặc 1,5)',
  'normalise.unsettled.notAnAmount': 'không đọc được là số tiền nên giữ nguyên, cần nhập lại bằng số',
  'normalise.change': '{sheet}!{cell}: "{old}" → "{new}" ({reason})',
  'normalise.unsettledLine': '{sheet}!{cell}: "{old}": {reason}',
  'pane.normalise.run': 'Chuẩn hóa',
  'pane.normalise.explain':
    'Sửa các ô mà sheet Tiến độ không tính: chữ Unicode tổ hợp, dấu cách thừa, tên gọi khác của kênh, hình thức, đơn vị, ngày và số tiền dạng chữ. Chỉ sửa các ô này; ô nào không tự sửa được thì giữ nguyên và liệt kê.',
  'pane.normalise.working': 'Đang chuẩn hóa…',
  'pane.normalise.done': 'Đã sửa {count} ô. Bấm "Kiểm tra lại" để xem còn gì cần sửa.',
  'pane.normalise.nothing': 'Không có ô nào cần chuẩn hóa.',
  'pane.normalise.unsettled': '{count} ô giữ nguyên vì không tự sửa được:',
  'pane.normalise.notTemplate': 'Sổ này không tạo bằng phần mềm nên không có sheet Tiến độ để chuẩn hóa theo. Chuyển sang mẫu sổ ở phần Sổ theo dõi trước.',
  'pane.normalise.cannotWrite': 'Excel đang mở không cho phần mềm ghi ô, nên chưa chuẩn hóa được.',
  'pane.normalise.failed': 'Không chuẩn hóa được',
  'pane.normalise.recheck': 'Kiểm tra lại',
} as const;
