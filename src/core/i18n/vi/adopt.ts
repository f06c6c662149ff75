/** Messages about adopting an office's own tracker. */
export const viAdopt = {
  'adopt.reason.noDate': 'Không có ngày',
  'adopt.reason.badDate': 'Ngày "{value}" không đọc được (nhập dạng dd/mm/yyyy)',
  'adopt.reason.noChannel': 'Không ghi kênh đăng, phát',
  'adopt.reason.unknownChannel': 'Kênh "{value}" không có trong kế hoạch và chưa được ghép với kênh nào',
  'adopt.reason.noTitle': 'Không có tiêu đề, nội dung',
  'adopt.skipped.blank': 'dòng trống',
  'adopt.skipped.title': 'dòng tiêu đề',
  'adopt.skipped.total': 'dòng tổng cộng',
  'adopt.map.notObject': 'Tệp ghép cột phải là một đối tượng JSON, ví dụ {"columns": {"Ngày đăng": "date"}}.',
  'adopt.map.unknownField': 'Trường "{value}" không có. Dùng một trong: {allowed}, hoặc null để bỏ cột.',
  'adopt.map.unknownChannel': 'Kênh "{value}" trong tệp ghép không có trong kế hoạch. Dùng mã hoặc tên kênh của kế hoạch, hoặc null.',
  'adopt.map.unknownForm': 'Hình thức "{value}" trong tệp ghép không có trong kế hoạch. Dùng mã hoặc tên hình thức, hoặc null.',
  'adopt.map.unknownSheet': 'Sheet "{value}" trong tệp ghép không có trong sổ.',
  'adopt.map.badColumn': 'Cột "{value}" không hợp lệ. Ghi chữ cái của cột (A, B, ...) hoặc đúng tiêu đề cột.',
  'adopt.noTable': 'Không tìm thấy bảng theo dõi nào (cần ít nhất cột ngày và cột tiêu đề).',
} as const;
