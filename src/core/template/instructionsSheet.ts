import { blankSheet, text } from '../layout/cells';
import type { SheetLayout } from '../layout/types';
import { formatVietnameseDate } from '../dates/parseDate';
import { planWording } from '../plan/planWording';
import type { Plan } from '../plan/types';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET } from '../records/recordSheets';
import { LISTS_SHEET_NAME } from './listsSheet';
import { PROGRESS_SHEET_NAME } from './progressSheet';
import { PLAN_SHEET_NAME } from '../plan/planSheetFormat';
import { INSTRUCTIONS_SHEET_NAME } from './sheetNames';

export { INSTRUCTIONS_SHEET_NAME };

/** A short first sheet that tells an officer, in plain words, what goes where. */
export function instructionsSheet(plan: Plan, ownerName: string, districtWide: boolean): SheetLayout {
  const lines: [string, string][] = [
    ['Sổ theo dõi', `Công tác tuyên truyền cải cách hành chính năm ${plan.identity.year} – ${ownerName}`],
    ['Theo kế hoạch', `${plan.identity.number} ngày ${formatVietnameseDate(plan.identity.date)} của ${plan.identity.issuer}`],
    ['', ''],
    [
      OUTPUT_SHEET.sheetName,
      'Mỗi tin, bài, phóng sự đã đăng hoặc phát sóng ghi một dòng: ngày, kênh, hình thức, tiêu đề, liên kết hoặc số báo. Chọn kênh và hình thức trong danh sách.',
    ],
    [
      STANDING_SHEET.sheetName,
      'Các hạng mục thường xuyên (băng rôn, niêm yết TTHC, các bảng hướng dẫn). Cập nhật tình trạng, ngày hoàn thành và minh chứng (ảnh, biên bản...). Hạng mục làm theo từng kỳ (mỗi quý, mỗi tháng): chọn kỳ của dòng ở cột Kỳ, kể cả khi làm chậm sau hạn; sheet Tiến độ chỉ tính kỳ chọn từ danh sách (gõ "Q1" thì báo cáo vẫn đọc nhưng Tiến độ không tính).',
    ],
    [SPENDING_SHEET.sheetName, 'Mỗi khoản chi cho tuyên truyền CCHC một dòng: ngày, nội dung, số tiền (đồng), nguồn kinh phí.'],
    [
      PROGRESS_SHEET_NAME,
      districtWide
        ? `Tiến độ ${planWording(plan, 'vi').area} so với từng chỉ tiêu, và theo từng đơn vị. Tự tính, không cần nhập; chỉ đánh giá các tháng, quý đã kết thúc đến ô Ngày đánh giá (mặc định là hôm nay, gõ ngày khác để xem tiến độ đến ngày đó).`
        : 'Tiến độ của đơn vị so với từng chỉ tiêu kế hoạch giao cho đơn vị (mục PHÂN CÔNG); bên dưới là phần đóng góp vào chỉ tiêu giao cho đơn vị khác. Tự tính, không cần nhập; sửa hai ô ngày để xem kỳ khác. Chỉ đánh giá các tháng, quý đã kết thúc đến ô Ngày đánh giá (mặc định là hôm nay, gõ ngày khác để xem tiến độ đến ngày đó).',
    ],
    [PLAN_SHEET_NAME, 'Nội dung kế hoạch: đơn vị, kênh, chỉ tiêu, hạng mục. Khi kế hoạch thay đổi, sửa sheet này rồi dùng add-in để cập nhật sổ.'],
    [LISTS_SHEET_NAME, 'Danh sách cho các ô chọn. Không cần sửa.'],
    ['', ''],
    [
      'Lưu ý',
      'Ngày nhập theo dạng ngày/tháng/năm (dd/mm/yyyy). Không đổi tên các sheet và dòng tiêu đề. Sổ dùng được cả khi không có add-in (Excel 2016, 2019).',
    ],
  ];
  return {
    ...blankSheet(INSTRUCTIONS_SHEET_NAME),
    blocks: [{ at: 'A1', rows: [[text('HƯỚNG DẪN SỬ DỤNG SỔ THEO DÕI')], [], ...lines.map(([a, b]) => [text(a), text(b)])] }],
    merges: ['A1:B1'],
    styles: [
      { range: 'A1:B1', style: { bold: true, fontSize: 14, horizontal: 'center' } },
      { range: `A3:A${lines.length + 2}`, style: { bold: true, vertical: 'top' } },
      { range: `B3:B${lines.length + 2}`, style: { wrap: true, vertical: 'top' } },
    ],
    columns: [
      { column: 'A', width: 18 },
      { column: 'B', width: 90 },
    ],
    tabColor: '#2F5597',
  };
}
