/** Messages of the one tracker reader: what it noticed while reading a workbook the way an officer reads it. */
export const viReader = {
  'reader.columnNotTaken':
    'Cột {column} "{header}" không được dùng: không rõ cột này ghi gì. Nếu đây là ngày, kênh, hình thức, tiêu đề hay số lượng, hãy chọn lại vai trò của cột.',
  'reader.columnSecond':
    'Cột {column} "{header}" không được dùng: bảng đã đọc cột {other} "{otherHeader}" cho nội dung này. Nếu cột {column} mới đúng, hãy chọn lại vai trò của hai cột.',
  'reader.columnWeak': 'Cột "{header}" khó xác định: tiêu đề cột và dữ liệu trong cột không khớp nhau. Hãy kiểm tra và chọn lại vai trò của cột nếu cần.',
  'reader.countMismatch': 'Dòng tổng ghi {written} nhưng cộng các dòng phía trên được {counted}. Số liệu tính theo từng dòng ({counted}).',
  'reader.countLooksLikeAirtime':
    'Cột {column} "{header}" có vẻ ghi thời lượng phát (phút), không phải số lượng tin, bài: nếu là số lượng thì {rows} dòng thành {outputs} tin, bài. Mỗi dòng được tính là một tin, bài và cột được đọc là thời lượng (phút) (trừ khi bảng đã có cột thời lượng). Nếu cột đúng là số lượng tin, bài của mỗi dòng, hãy chọn lại vai trò "số lượng" cho cột.',
  'reader.cellsNotRead':
    'Các ô {range} (bảng đặt bên cạnh bảng tin, bài) không đọc được: tiêu đề cột của bảng không khớp bảng tin, bài, hạng mục hay kinh phí nào. Chuyển bảng sang sheet riêng với tiêu đề cột như sổ mẫu (Hạng mục: "Tình trạng", "Ngày hoàn thành"; Kinh phí: "Ngày", "Số tiền") để được tính.',
  'reader.yearAssumed': 'Ngày "{value}" không ghi năm: đã hiểu là năm {year}.',
  'reader.usDateSwapped': 'Ngày ở ô này có vẻ bị Excel (cài đặt tiếng Anh) đọc đảo tháng và ngày: đã hiểu là {date}. Nếu không đúng, nhập lại dạng dd/mm/yyyy.',
  'reader.hiddenSheet': 'Sheet "{sheet}" đang bị ẩn: các dòng trong đó không được tính.',
  'reader.hiddenRows': 'Có {count} dòng bị ẩn trong sheet này: không được tính.',
  'reader.hiddenRowsLive':
    'Có {count} dòng bị ẩn trong sheet này (dòng {rows}): báo cáo và tổng hợp không tính, nhưng sheet Tiến độ vẫn đếm (công thức COUNTIFS đếm cả dòng ẩn). Bỏ ẩn dòng nếu cần tính, hoặc xoá dòng nếu không dùng.',
  'reader.totalRowSetAside':
    'Dòng {row} là dòng cộng ("{label}"), không phải một tin, bài hay khoản chi: không tính. Số liệu được cộng từ từng dòng; có thể xoá dòng này.',
  'reader.unitColumnOwnParts':
    'Cột "{header}" có {count} dòng ghi tên không phải đơn vị trong kế hoạch ({names}) và cả tệp không ghi đơn vị nào khác của kế hoạch: các tên này được hiểu là bộ phận, ấp của {unit} và các dòng được tính cho {unit}, tên được giữ ở cột Ghi chú của bảng tổng hợp. Nếu có tên là một đơn vị khác trong kế hoạch, sửa lại đúng tên trong kế hoạch.',
  'reader.channelFromTitle':
    'Bảng không có cột Kênh: {count} dòng được tính cho kênh "{channel}" theo dòng tiêu đề ở ô {title}. Nếu không đúng, thêm cột Kênh vào bảng.',
  'reader.noChannelAnywhere':
    'Bảng không có cột Kênh, tên sheet và dòng tiêu đề cũng không nêu một kênh của kế hoạch: {count} dòng không được tính. Thêm cột Kênh, hoặc đặt tên sheet theo tên kênh (ví dụ "Báo Tây Ninh").',
  'reader.noTable': 'Sheet "{sheet}" không có bảng theo dõi nào đọc được (cần ít nhất cột ngày hoặc kênh và cột tiêu đề).',
  'reader.repeatsOtherSheets': 'Sheet "{sheet}" lặp lại các dòng của sheet khác ({count} dòng): mỗi tin, bài chỉ tính một lần.',
  'reader.role.date': 'ngày',
  'reader.role.channel': 'kênh đăng, phát',
  'reader.role.form': 'hình thức',
  'reader.role.title': 'tiêu đề',
  'reader.role.link': 'liên kết',
  'reader.role.unit': 'đơn vị',
  'reader.role.note': 'ghi chú',
  'reader.role.count': 'số lượng',
  'reader.role.minutes': 'thời lượng (phút)',
  'reader.role.amount': 'kinh phí (đồng)',
  'reader.role.seq': 'số thứ tự',
  'reader.role.mark': 'đánh dấu kênh',
  'reader.reason.hidden': 'Dòng bị ẩn (không tính; bỏ ẩn nếu cần tính)',
  'reader.reason.noDate': 'Không có ngày',
  'reader.reason.badDate': 'Ngày "{value}" không đọc được (nhập dạng dd/mm/yyyy)',
  'reader.reason.monthOnly': 'Chỉ ghi tháng "{value}", không có ngày cụ thể: không xếp được vào kỳ báo cáo',
  'reader.reason.noChannel': 'Không ghi kênh đăng, phát',
  'reader.reason.unknownChannel': 'Kênh "{value}" không có trong kế hoạch và chưa được ghép với kênh nào',
  'reader.reason.noTitle': 'Không có tiêu đề, nội dung',
  'reader.reason.unknownUnit': 'Đơn vị "{value}" không có trong kế hoạch',
  'reader.reason.ambiguousUnit': 'Đơn vị "{value}" có thể là {names} (các tên chỉ khác nhau ở dấu). Ghi tên có dấu đúng như kế hoạch, hoặc ghi mã đơn vị',
} as const;
