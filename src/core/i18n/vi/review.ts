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
  'review.cli.copySuffix': 'cần sửa',
  'review.cli.isSource': 'không ghi {path}: đó là một tệp đang đọc.',
  'review.cli.exists': 'đã có {path} (từ lần trước?). Thêm --force để ghi đè.',
  'review.cli.written': 'Bản trả lại cho đơn vị sửa ({count}), trong {dir}:',
  'review.cli.line': '  {copy}: {unit}, {errors} lỗi, {warnings} cảnh báo',
  'review.cli.problem': 'Không ghi được bản trả lại của {source}: {message}',
  'review.cli.none': 'Không tệp nào phải trả lại: các tệp nhận được không có lỗi hay cảnh báo.',
} as const;
