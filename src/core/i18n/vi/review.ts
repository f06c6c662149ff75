/**
 * The words of a file returned to its unit with what to fix (Phòng Nội vụ's round): the first sheet
 * "Cần sửa" and the note left at each cell. Plain administrative Vietnamese: the reader is the
 * officer who typed the tracker, not the one who checked it.
 */
export const viReview = {
  'review.sheetName': 'Cần sửa',
  'review.title': 'NHỮNG CHỖ CẦN SỬA TRONG TỆP',
  'review.file': 'Tệp: {file}',
  'review.unit': 'Đơn vị: {unit}',
  'review.checked': 'Kiểm tra ngày {date} bởi {reviewer}: {errors} lỗi, {warnings} cảnh báo.',
  'review.howTo':
    'Mỗi ô cần sửa có ghi chú (góc ô có tam giác đỏ, trỏ chuột vào để đọc). Bấm vào địa chỉ ở cột "Ô" để đến ô đó. Sửa xong, lưu tệp và gửi lại; có thể xóa trang này trước khi gửi.',
  'review.header.number': 'STT',
  'review.header.sheet': 'Trang tính',
  'review.header.cell': 'Ô',
  'review.header.severity': 'Mức độ',
  'review.header.what': 'Cần sửa',
  'review.severity.error': 'Lỗi',
  'review.severity.warning': 'Cảnh báo',
  'review.wholeSheet': '(cả trang)',
  'review.wholeFile': '(cả tệp)',
  'review.note': '{reviewer}: {message}',
  // The review of each file on the unit list sheet "TH Đơn vị" (issue 15).
  'review.state.received': 'Đã nhận',
  'review.state.needsFix': 'Cần sửa',
  'review.state.returned': 'Trả lại',
  'review.column.state': 'Xem xét',
  'review.column.note': 'Ghi chú xem xét',
  'review.legend': 'Xem xét (chọn một)',
  'review.prompt': 'Chọn Đã nhận, Cần sửa hoặc Trả lại; ghi lý do ở cột bên cạnh.',
  'review.issue.badState': 'Cột "Xem xét" ghi "{value}", không phải một trạng thái; dùng một trong: {allowed}. Dòng này tạm lấy trạng thái đề xuất.',
  'review.issue.noHeader': 'Sheet "TH Đơn vị" không còn dòng tiêu đề có cột "Xem xét" và "Tệp": không giữ lại được trạng thái xem xét của lần trước.',
  // Reminders to units that have not sent, or sent a file that cannot be used (issue 15): a letter to the unit.
  'review.reminder.subject.missing': 'Đề nghị gửi sổ theo dõi tuyên truyền CCHC {period}',
  'review.reminder.subject.rejected': 'Đề nghị gửi lại sổ theo dõi tuyên truyền CCHC {period}',
  'review.reminder.greeting': 'Kính gửi: {unit}.',
  'review.reminder.missing': '{body} chưa nhận được sổ theo dõi kết quả tuyên truyền cải cách hành chính {period} ({range}) của đơn vị.',
  'review.reminder.rejected': '{body} đã nhận tệp "{file}" của đơn vị cho {period} nhưng chưa sử dụng được: {problem}',
  'review.reminder.deadline': 'Đề nghị đơn vị gửi về {body} chậm nhất ngày {deadline} (hạn gửi theo Kế hoạch số {plan}).',
  'review.reminder.overdue': 'Hạn gửi theo Kế hoạch số {plan} là ngày {deadline}, nay đã quá hạn; đề nghị đơn vị gửi về {body} ngay.',
  'review.reminder.noDeadline': 'Đề nghị đơn vị gửi về {body} sớm để kịp tổng hợp, báo cáo.',
  'review.reminder.sendTo': 'Địa chỉ nhận: {emails}.',
  'review.reminder.closing': 'Trân trọng.',
} as const;
