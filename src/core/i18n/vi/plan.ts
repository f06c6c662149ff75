/** Messages about reading and checking a plan sheet (Vietnamese, the default language). */
export const viPlan = {
  'plan.sheet.missing': 'Không tìm thấy sheet "{sheet}". Hãy tạo sheet kế hoạch hoặc dùng kế hoạch mặc định.',
  'plan.section.missing': 'Sheet kế hoạch thiếu mục "{section}". Thêm một dòng tiêu đề "{section}" và bảng của mục đó.',
  'plan.section.unknown': 'Không nhận ra mục "{text}"; mục này bị bỏ qua. Các mục hợp lệ: {known}.',
  'plan.column.missing': 'Mục "{section}" thiếu cột "{column}". Thêm cột này vào dòng tiêu đề của mục.',
  'plan.field.missing': 'Thiếu "{field}". Nhập giá trị vào ô này.',
  'plan.field.notNumber': '"{field}" phải là một số, nhưng ô chứa "{value}".',
  'plan.field.negative': '"{field}" không được âm (đang là {value}).',
  'plan.field.notWhole': '"{field}" phải là số nguyên (đang là {value}).',
  'plan.field.badDate': '"{field}" không phải ngày hợp lệ ("{value}"). Nhập theo dạng dd/mm/yyyy.',
  'plan.field.badValue': '"{field}" không nhận giá trị "{value}". Giá trị hợp lệ: {allowed}.',
  'plan.field.outOfRange': '"{field}" phải từ {min} đến {max}, nhưng ô chứa {value}. Kiểm tra lỗi gõ phím.',
  'plan.name.duplicate': 'Tên "{name}" đã dùng cho một mục khác trong mục "{section}" (ô {first}). Mỗi tên chỉ dùng một lần.',
  'plan.alias.shadows':
    'Tên gọi khác "{alias}" đọc giống "{other}" (ô {otherCell}) của một mục khác trong mục "{section}", nên sổ ghi "{alias}" sẽ không biết là của ai. Bỏ hoặc sửa tên gọi khác này.',
  'plan.name.tooLongForFormula':
    '"{field}" dài {length} ký tự; Excel không nhận chữ dài quá {max} ký tự trong công thức, mà công thức tiến độ của sổ dùng tên này. Rút gọn tên (tên đầy đủ có thể ghi vào cột tên gọi khác).',
  'plan.target.formulaTooLong':
    'Chỉ tiêu "{id}" tính trên {channels} kênh và {forms} hình thức nên công thức tiến độ dài {length} ký tự, quá giới hạn {max} ký tự của Excel. Bớt kênh hoặc hình thức, hoặc tách thành nhiều chỉ tiêu.',
  'plan.code.duplicate': 'Mã "{code}" bị trùng trong mục "{section}" (đã có ở ô {first}). Mỗi mã chỉ dùng một lần.',
  'plan.reference.unknownChannel': 'Chỉ tiêu dùng kênh "{value}" nhưng kênh này không có trong mục Kênh tuyên truyền.',
  'plan.reference.unknownForm': 'Chỉ tiêu dùng hình thức "{value}" nhưng hình thức này không có trong mục Hình thức.',
  'plan.reference.unknownUnit': 'Đơn vị "{value}" không có trong mục Đơn vị.',
  'plan.reference.unknownLevel': 'Cấp "{value}" không hợp lệ. Dùng: Cơ quan huyện, Bộ phận một cửa, Xã/thị trấn.',
  'plan.reference.unknownItem': 'Mã "{value}" không phải chỉ tiêu hay hạng mục nào của kế hoạch.',
  'plan.target.noChannel': 'Chỉ tiêu "{id}" chưa có kênh nào. Ghi ít nhất một mã kênh.',
  'plan.units.none': 'Kế hoạch chưa có đơn vị nào.',
  'plan.targets.none': 'Kế hoạch chưa có chỉ tiêu nào.',
} as const;
