import { join } from 'node:path';
import type { IdentityField, SectionKey } from '../src/core/plan/planSheetFormat';
import { planSheetValues, writePlanWorkbook } from './planSheetWorkbook';

/**
 * A 2026 province's plan (Tây Ninh after its merger with Long An, 1 July 2025: 96 communes and
 * wards, its departments and the provincial public service centre), written the way an officer
 * fills in the "Kế hoạch" sheet: the sections and column headers of the plan sheet layout, one row
 * of cell text per entry. Nothing here is a Plan object: the add-in reads the workbook this writes
 * exactly as it reads an officer's sheet. The names look real; the plan, its people and its figures
 * are an example.
 *
 *   node examples/make-province-plan.cjs      → examples/ke-hoach-tinh-2026.xlsx
 */

const IDENTITY: Readonly<Record<IdentityField, string | number>> = {
  id: '58/KH-UBND-2026',
  number: '58/KH-UBND',
  date: '20/01/2026',
  issuer: 'UBND tỉnh Tây Ninh',
  superior: '',
  place: 'Tây Ninh',
  title: 'Tuyên truyền cải cách hành chính trên địa bàn tỉnh năm 2026',
  year: 2026,
  revision: 1,
  periodConvention: 'Dương lịch',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Trần Minh Tâm',
  reportRecipients: 'UBND tỉnh Tây Ninh; Bộ Nội vụ; Lưu: VT, CCHC',
  reportingBody: 'Sở Nội vụ',
  reportIssuer: '',
  government: 'Tỉnh',
  area: '',
  participants: 'các sở, ban, ngành tỉnh và UBND các xã, phường',
  reception: '',
};

/** 14 wards, then 82 communes. "Hòa Thành"/"Hòa Thạnh" and "Tân Thành"/"Tân Thạnh" differ by a tone mark only, as in the province. */
const WARDS = [
  'Tân Ninh',
  'Bình Minh',
  'Ninh Thạnh',
  'Long Hoa',
  'Hòa Thành',
  'Thanh Điền',
  'Trảng Bàng',
  'An Tịnh',
  'Gò Dầu',
  'Gia Lộc',
  'Long An',
  'Tân An',
  'Khánh Hậu',
  'Kiến Tường',
];
const COMMUNES = [
  'Hòa Thạnh',
  'Tân Thành',
  'Tân Thạnh',
  'Tân Đông',
  'Tân Châu',
  'Tân Phú',
  'Tân Hội',
  'Tân Hòa',
  'Tân Lập',
  'Tân Biên',
  'Thạnh Bình',
  'Trà Vong',
  'Phước Vinh',
  'Hòa Hội',
  'Ninh Điền',
  'Châu Thành',
  'Hảo Đước',
  'Long Chữ',
  'Long Thuận',
  'Bến Cầu',
  'Cầu Khởi',
  'Dương Minh Châu',
  'Truông Mít',
  'Lộc Ninh',
  'Thạnh Đức',
  'Phước Thạnh',
  'Hưng Thuận',
  'Phước Chỉ',
  'Đức Hòa',
  'Hậu Nghĩa',
  'Hòa Khánh',
  'Đức Lập',
  'Mỹ Hạnh',
  'Đức Huệ',
  'Mỹ Quý',
  'Đông Thành',
  'Bến Lức',
  'Lương Hòa',
  'Bình Đức',
  'Mỹ Yên',
  'Thạnh Lợi',
  'Cần Giuộc',
  'Phước Lý',
  'Mỹ Lộc',
  'Cần Đước',
  'Rạch Kiến',
  'Long Cang',
  'Mỹ Lệ',
  'Tân Lân',
  'Long Hựu',
  'Tân Trụ',
  'Nhựt Tảo',
  'Vàm Cỏ',
  'Thủ Thừa',
  'Mỹ An',
  'Mỹ Thạnh',
  'Tân Long',
  'Tầm Vu',
  'Vĩnh Công',
  'An Lục Long',
  'Nhơn Hòa Lập',
  'Hậu Thạnh',
  'Nhơn Ninh',
  'Thạnh Hóa',
  'Bình Thành',
  'Thạnh Phước',
  'Tân Tây',
  'Bình Hiệp',
  'Bình Hòa',
  'Tuyên Thạnh',
  'Vĩnh Hưng',
  'Khánh Hưng',
  'Tuyên Bình',
  'Vĩnh Thạnh',
  'Vĩnh Châu',
  'Tân Hưng',
  'Hưng Điền',
  'Mỹ Thạnh Đông',
  'Long Phước',
  'Thạnh An',
  'Phước Đông',
  'Lộc Giang',
];

/** Short codes: "P" or "X" and the initials, numbered when two places share them. */
function codes(names: readonly string[], prefix: string, taken: Set<string>): string[] {
  return names.map((name) => {
    const initials = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/Đ/gu, 'D')
      .replace(/đ/gu, 'd')
      .split(' ')
      .map((word) => word[0]?.toUpperCase() ?? '')
      .join('');
    let code = `${prefix}${initials}`;
    for (let n = 2; taken.has(code); n += 1) code = `${prefix}${initials}${n}`;
    taken.add(code);
    return code;
  });
}

const taken = new Set<string>();
const wardCodes = codes(WARDS, 'P', taken);
const communeCodes = codes(COMMUNES, 'X', taken);

/** A commune's own recipients, place, signer title and name, where they differ from its level's (blank: the level's). */
const OWN_REPORT_FACTS: Readonly<Record<string, readonly string[]>> = {
  'Hòa Thạnh': ['Sở Nội vụ; Đảng ủy xã Hòa Thạnh', '', '', 'Nguyễn Văn Hùng'],
};

/** Units' rows: code, name, aliases, level, active from, active to; then Nơi nhận, Địa danh, Chức danh người ký, Người ký where written. */
const UNITS: readonly (readonly string[])[] = [
  ['SNV', 'Sở Nội vụ', 'SNV; Sở Nội vụ tỉnh Tây Ninh', 'Sở', '', '', '', '', '', 'Phạm Thị Thu Hà'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', 'Sở', '', ''],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'Sở', '', ''],
  ['STP', 'Sở Tư pháp', '', 'Sở', '', ''],
  ['BDT', 'Ban Dân tộc và Tôn giáo', '', 'Sở', '', ''],
  ['BQLKKT', 'Ban Quản lý Khu kinh tế', '', 'Sở', '', ''],
  // Merged into another body at the end of the first quarter: not expected to report after it.
  ['TTXTDT', 'Trung tâm Xúc tiến đầu tư', 'TT Xúc tiến đầu tư', 'Sở', '', '31/03/2026'],
  ['TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm PVHCC tỉnh', 'Trung tâm Phục vụ hành chính công', '', ''],
  ...WARDS.map((name, index) => [wardCodes[index] ?? '', `Phường ${name}`, name, 'Phường', index === 3 ? '01/07/2025' : '', '']),
  ...COMMUNES.map((name, index) => [communeCodes[index] ?? '', `Xã ${name}`, name, 'Xã', '', '', ...(OWN_REPORT_FACTS[name] ?? [])]),
];

/** Section rows as the officer types them, column by column in the section's header order. */
const ROWS: Readonly<Partial<Record<SectionKey, readonly (readonly string[])[]>>> = {
  units: UNITS,
  channels: [
    ['CTTT', 'Cổng thông tin điện tử tỉnh', 'Cổng TTĐT tỉnh', 'Cổng TTĐT tỉnh Tây Ninh; website tỉnh'],
    ['BTN', 'Báo và Phát thanh, Truyền hình Tây Ninh', 'Báo và PTTH Tây Ninh', 'Báo Tây Ninh; Đài PTTH Tây Ninh'],
    ['TTX', 'Trang thông tin điện tử xã, phường', 'Trang TTĐT xã, phường', 'Trang TTĐT xã; Trang TTĐT phường'],
    ['FBX', 'Trang Facebook của UBND xã, phường', 'Facebook xã, phường', 'Facebook xã; Facebook phường; Fanpage'],
    ['LOA', 'Hệ thống truyền thanh cơ sở', 'Truyền thanh cơ sở', 'Loa truyền thanh; Đài truyền thanh xã'],
  ],
  forms: [
    ['TIN', 'Tin', 'tin ngắn'],
    ['BAI', 'Bài', 'bài viết'],
    ['PS', 'Phóng sự', 'phóng sự truyền hình'],
    ['PT', 'Phát thanh', 'bản tin phát thanh'],
  ],
  targets: [
    ['1.a', 'Tin, bài trên Cổng thông tin điện tử tỉnh', 'CTTT', 'TIN; BAI', '120', 'Toàn kế hoạch', ''],
    ['1.b', 'Phóng sự trên Báo và Phát thanh, Truyền hình Tây Ninh', 'BTN', 'PS', '8', 'Toàn kế hoạch', ''],
    ['1.c', 'Tin, bài trên trang thông tin điện tử hoặc Facebook của xã, phường', 'TTX; FBX', 'TIN; BAI', '3', 'Mỗi đơn vị', 'Mỗi quý'],
    ['1.d', 'Phát thanh trên hệ thống truyền thanh cơ sở', 'LOA', 'PT', '12', 'Mỗi đơn vị', ''],
  ],
  standingItems: [
    ['2.a', 'Niêm yết bộ thủ tục hành chính, số điện thoại đường dây nóng và mã QR dịch vụ công', 'Trung tâm Phục vụ hành chính công; Xã', '', ''],
    ['2.b', 'Pa-nô tuyên truyền cải cách hành chính tại trụ sở UBND xã, phường', 'Xã', '30/06/2026', ''],
  ],
  fundingSources: [
    ['NS-TINH', 'Ngân sách tỉnh', 'Giao Sở Nội vụ', 'Sở', '350000000'],
    ['NS-XA', 'Ngân sách xã, phường', 'Tự cân đối', 'Xã', ''],
  ],
  responsibilities: [
    ['SNV', 'Chủ trì, theo dõi, đôn đốc; tổng hợp báo cáo kết quả thực hiện kế hoạch hằng quý', '', '1.a'],
    ['SVHTTDL', 'Chỉ đạo Báo và Phát thanh, Truyền hình Tây Ninh xây dựng chuyên mục cải cách hành chính', '', '1.b'],
    ['TTPVHCC', 'Niêm yết thủ tục hành chính, hướng dẫn người dân thực hiện dịch vụ công trực tuyến', '', '2.a'],
    ['', 'Tuyên truyền trên trang thông tin điện tử, Facebook và hệ thống truyền thanh cơ sở', 'Xã', '1.c; 1.d; 2.a; 2.b'],
  ],
  reportingDuties: [['SNV', 'UBND tỉnh Tây Ninh; Bộ Nội vụ', 'Quý']],
  levels: [
    ['department', 'Sở, ban, ngành', 'Sở; Ban; Ngành', '{cơ quan ban hành}', '{tên}', '{tên}', '', '', '', '', '', ''],
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
    [
      'commune-ward',
      'UBND xã, phường',
      'Xã; Phường; Cấp xã',
      '',
      'ỦY BAN NHÂN DÂN / {tên}',
      'UBND {tên}',
      'UBND',
      '{địa danh}',
      'CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'TM. ỦY BAN NHÂN DÂN',
      '',
    ],
  ],
};

/** The plan sheet's cell values, top to bottom (see planSheetWorkbook.planSheetValues). */
export function provincePlanValues(): (string | number | null)[][] {
  return planSheetValues({ identity: IDENTITY, rows: ROWS });
}

export async function main(args: readonly string[]): Promise<void> {
  await writePlanWorkbook({ identity: IDENTITY, rows: ROWS }, args[0] ?? join(__dirname, 'ke-hoach-tinh-2026.xlsx'));
}
