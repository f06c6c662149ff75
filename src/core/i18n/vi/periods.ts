/** Names of reporting periods as reports print them, and messages about a typed period (Vietnamese). */
export const viPeriods = {
  'period.quarter.1': 'quý I năm {year}',
  'period.quarter.2': 'quý II năm {year}',
  'period.quarter.3': 'quý III năm {year}',
  'period.quarter.4': 'quý IV năm {year}',
  'period.half.1': '6 tháng đầu năm {year}',
  'period.half.2': '6 tháng cuối năm {year}',
  'period.year': 'năm {year}',
  'period.range': 'từ ngày {from} đến ngày {to}',
  'period.spec.empty': 'Chưa nhập kỳ báo cáo. Nhập ví dụ 2018-H1 (6 tháng đầu năm), 2018 (cả năm), 2018-Q3 (quý III) hoặc 01/3/2018..31/5/2018.',
  'period.spec.badSyntax':
    'Không hiểu kỳ báo cáo "{spec}". Nhập theo một trong các dạng: 2018-H1 (6 tháng đầu năm), 2018-H2 (6 tháng cuối năm), 2018 (cả năm), 2018-Q3 (quý III) hoặc 01/3/2018..31/5/2018 (từ ngày … đến ngày …).',
  'period.spec.badYear': 'Năm "{year}" trong "{spec}" không hợp lệ. Nhập năm đủ 4 chữ số, ví dụ 2018.',
  'period.spec.badQuarter': 'Không có quý "{quarter}" (trong "{spec}"). Một năm có 4 quý: Q1, Q2, Q3, Q4.',
  'period.spec.badHalf': 'Không có nửa năm "{half}" (trong "{spec}"). Dùng H1 cho 6 tháng đầu năm, H2 cho 6 tháng cuối năm.',
  'period.spec.incompleteRange': 'Kỳ "{spec}" thiếu ngày bắt đầu hoặc ngày kết thúc. Nhập đủ hai ngày, ví dụ 01/3/2018..31/5/2018.',
  'period.spec.badDate': '"{value}" (trong "{spec}") không phải ngày có thật. Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/5/2018.',
  'period.spec.fromAfterTo': 'Ngày bắt đầu {from} sau ngày kết thúc {to} (trong "{spec}"). Nhập ngày sớm hơn trước dấu "..".',
} as const;
