import { join } from 'node:path';
import type { IdentityField, SectionKey } from '../src/core/plan/planSheetFormat';
import { planSheetValues, writePlanWorkbook } from './planSheetWorkbook';

/**
 * A 2026 commune's plan (two-level local government, from 1 July 2025), written the way an officer
 * fills in the "Kế hoạch" sheet: the sections and column headers of the plan sheet layout, one row
 * of cell text per entry. Nothing here is a Plan object: the add-in reads the workbook this writes
 * exactly as it reads an officer's sheet. The names are an example, not a real plan. Its targets
 * show each kind the plan sheet holds: plan-wide yearly counts (1.a, 1.c), a monthly one (1.b: 2 Zalo
 * posts a month), a per-hamlet monthly one (1.d: every hamlet broadcasts at least once a month) and
 * one in minutes of airtime (1.e: 120 minutes a quarter on the hamlets' loudspeakers); the commune
 * budget carries its dự toán (20.000.000 đồng).
 *
 *   node examples/make-commune-plan.cjs      → examples/ke-hoach-xa-2026.xlsx
 */

const IDENTITY: Readonly<Record<IdentityField, string | number>> = {
  id: '25/KH-UBND-2026',
  number: '25/KH-UBND',
  date: '15/01/2026',
  issuer: 'UBND xã Thạnh Đức',
  superior: 'UBND tỉnh Tây Ninh',
  place: 'Thạnh Đức',
  title: 'Tuyên truyền cải cách hành chính năm 2026',
  year: 2026,
  revision: 1,
  periodConvention: 'Dương lịch',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Lê Văn Minh',
  reportRecipients: 'UBND tỉnh Tây Ninh; Sở Nội vụ tỉnh Tây Ninh; TT. Đảng ủy, TT. HĐND xã; Lưu: VT',
  reportingBody: '',
  reportIssuer: '',
  government: 'Xã',
  area: '',
  participants: '',
  reception: '',
};

/** Section rows as the officer types them, column by column in the section's header order. */
const ROWS: Readonly<Partial<Record<SectionKey, readonly (readonly string[])[]>>> = {
  units: [
    ['VP', 'Văn phòng HĐND và UBND xã', 'VP HĐND-UBND; Văn phòng UBND xã', 'Cơ quan chuyên môn', '', ''],
    ['PVHXH', 'Phòng Văn hóa - Xã hội', 'Phòng VH-XH; P.VHXH', 'Cơ quan chuyên môn', '', ''],
    ['TTPVHCC', 'Trung tâm Phục vụ hành chính công xã', 'Trung tâm PVHCC xã', 'Trung tâm Phục vụ hành chính công', '', ''],
    ['BM', 'Ấp Bến Mương', 'Bến Mương', 'Ấp', '', ''],
    ['XB', 'Ấp Xóm Bố', 'Xóm Bố', 'Ấp', '', ''],
    ['CX', 'Ấp Cầu Xe', 'Cầu Xe', 'Ấp', '', ''],
  ],
  channels: [
    ['FB', 'Trang Facebook của UBND xã', 'Facebook xã', 'Facebook; Fanpage xã'],
    ['ZALO', 'Zalo OA của UBND xã', 'Zalo OA xã', 'Zalo; Zalo OA'],
    ['CTT', 'Cổng thông tin điện tử xã', 'Cổng TTĐT xã', 'Trang TTĐT xã; website xã'],
    ['LOA', 'Loa truyền thanh ấp', 'Loa ấp', 'Truyền thanh ấp; loa phát thanh ấp'],
  ],
  forms: [
    ['TIN', 'Tin', 'tin ngắn'],
    ['BAI', 'Bài', 'bài viết'],
    ['PT', 'Phát thanh', 'phát loa; bản tin phát thanh'],
  ],
  targets: [
    ['1.a', 'Tin đăng trên Trang Facebook của UBND xã', 'FB', 'TIN; BAI', '48', 'Toàn kế hoạch'],
    ['1.b', 'Tin đăng trên Zalo OA của UBND xã', 'ZALO', 'TIN; BAI', '2', 'Toàn kế hoạch', 'Mỗi tháng'],
    ['1.c', 'Tin đăng trên Cổng thông tin điện tử xã', 'CTT', 'TIN; BAI', '24', 'Toàn kế hoạch'],
    ['1.d', 'Phát thanh trên Loa truyền thanh ấp', 'LOA', 'PT', '1', 'Mỗi đơn vị', 'Mỗi tháng'],
    ['1.e', 'Thời lượng phát thanh tuyên truyền CCHC trên loa ấp', 'LOA', 'PT', '120', 'Toàn kế hoạch', 'Mỗi quý', 'Số phút'],
  ],
  standingItems: [
    ['2.a', 'Niêm yết công khai bộ thủ tục hành chính và số điện thoại đường dây nóng', 'Trung tâm Phục vụ hành chính công'],
    ['2.b', 'Pa-nô tuyên truyền cải cách hành chính tại nhà văn hóa ấp', 'Ấp'],
  ],
  fundingSources: [['NS-XA', 'Ngân sách xã', 'Chi cho công tác tuyên truyền CCHC', 'Cơ quan chuyên môn; Ấp', '20.000.000']],
  responsibilities: [
    ['VP', 'Tham mưu UBND xã triển khai, theo dõi, tổng hợp báo cáo kết quả thực hiện kế hoạch', '', '1.a; 1.b; 1.c'],
    ['TTPVHCC', 'Niêm yết thủ tục hành chính, hướng dẫn người dân thực hiện dịch vụ công trực tuyến', '', '2.a'],
    ['', 'Phát thanh tuyên truyền trên loa ấp, treo pa-nô tại nhà văn hóa ấp', 'Ấp', '1.d; 1.e; 2.b'],
  ],
  reportingDuties: [['VP', 'UBND tỉnh Tây Ninh; Sở Nội vụ tỉnh Tây Ninh', 'Quý']],
  levels: [
    ['agency', 'Cơ quan chuyên môn', 'Phòng chuyên môn', '{cơ quan ban hành}', '{tên}', '{tên}', '', '', '', '', '', ''],
    [
      'service-centre',
      'Trung tâm Phục vụ hành chính công',
      'Trung tâm PVHCC',
      '{cơ quan ban hành}',
      '{tên}',
      '{tên}',
      '',
      '',
      'GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      '',
    ],
    ['hamlet', 'Ấp, khu phố', 'Ấp; Khu phố', '{cơ quan ban hành}', '{tên}', '{tên}', '', '', 'TRƯỞNG ẤP', 'PHÓ TRƯỞNG ẤP', '', 'UBND xã Thạnh Đức'],
  ],
};

/** The plan sheet's cell values, top to bottom (see planSheetWorkbook.planSheetValues). */
export function communePlanValues(): (string | number | null)[][] {
  return planSheetValues({ identity: IDENTITY, rows: ROWS });
}

export async function main(args: readonly string[]): Promise<void> {
  await writePlanWorkbook({ identity: IDENTITY, rows: ROWS }, args[0] ?? join(__dirname, 'ke-hoach-xa-2026.xlsx'));
}
