import ExcelJS from 'exceljs';

/**
 * Offices' own trackers of a 2026 commune as the read13m tester brought them (their files are gone;
 * these are made like them): free-form headers under a merged title row, Vietnamese abbreviations,
 * hidden rows, a second table beside the first. They name the hamlets and channels of the commune
 * plan tests/fixtures/plans/ke-hoach-thanh-binh-2026.xlsx (LOA "Loa ấp", FB "Facebook xã").
 */

export type Cell = string | number | Date | null;

/** Writes `rows` from A1 (null leaves a cell empty); dates as dd/mm/yyyy cells, as Excel saves them. */
export function writeRows(ws: ExcelJS.Worksheet, rows: readonly (readonly Cell[])[], from = 1, firstColumn = 1): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(from + r, firstColumn + c);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    }),
  );
}

export const day = (month: number, date: number): Date => new Date(Date.UTC(2026, month - 1, date));

/** Airtime of Ấp Hòa Bình's 12 loudspeaker broadcasts, in minutes: 375 in all. */
export const AIRTIME = [15, 30, 60, 15, 30, 15, 60, 30, 15, 30, 15, 60] as const;

/**
 * Ấp Hòa Bình's loudspeaker log: "Ngày | Nội dung | Kênh | <airtimeHeader>" under a merged title,
 * 12 broadcasts on "Loa ấp" in January–March 2026 with AIRTIME minutes, and a "Tổng cộng" row of 375.
 */
export async function loudspeakerLog(airtimeHeader: string, channel = 'Loa ấp'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Loa ấp');
  ws.getCell('A1').value = 'ẤP HÒA BÌNH - THEO DÕI PHÁT THANH CCHC NĂM 2026';
  ws.mergeCells('A1:D1');
  writeRows(ws, [['Ngày', 'Nội dung', 'Kênh', airtimeHeader]], 3);
  writeRows(
    ws,
    AIRTIME.map((minutes, i) => [day(1 + Math.floor(i / 4), 5 + i), `Tuyên truyền thủ tục hành chính số ${i + 1}`, channel, minutes]),
    4,
  );
  writeRows(ws, [['Tổng cộng', null, null, AIRTIME.reduce((a, b) => a + b, 0)]], 16);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Văn phòng's tracker: a news sheet "Tin bài 2026" (5 rows, row 7 a hidden draft on "Facebook xã")
 * and a spending sheet "Kinh phí" (4 rows, row 6 a hidden planned payment of 800.000 đồng).
 * Counted by eye: 4 news items and 3 payments taken, 2 rows hidden.
 */
export async function officeWithHiddenRows(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const news = wb.addWorksheet('Tin bài 2026');
  news.getCell('A1').value = 'VĂN PHÒNG HĐND VÀ UBND XÃ THẠNH BÌNH';
  news.mergeCells('A1:E1');
  writeRows(
    news,
    [
      ['STT', 'Ngày đăng', 'Đăng trên', 'Tên tin, bài', 'Ghi chú'],
      [1, day(1, 5), 'Facebook xã', 'Hướng dẫn dịch vụ công trực tuyến'],
      [2, day(1, 12), 'Trang TTĐT xã', 'Kết quả CCHC quý IV/2025'],
      [3, day(2, 3), 'Zalo OA', 'Thông báo lịch tiếp dân'],
      [4, day(2, 20), 'Facebook xã', 'Bản nháp chưa đăng'],
      [5, day(3, 2), 'Trang TTĐT xã', 'Chỉ số PAR INDEX'],
    ],
    3,
  );
  news.getRow(7).hidden = true;
  const spending = wb.addWorksheet('Kinh phí');
  spending.getCell('A1').value = 'THEO DÕI KINH PHÍ TUYÊN TRUYỀN CCHC';
  writeRows(
    spending,
    [
      ['Ngày', 'Nội dung chi', 'Số tiền', 'Nguồn kinh phí'],
      [day(1, 10), 'In pa-nô tuyên truyền', 2_500_000, 'Ngân sách xã chi CCHC 2026'],
      [day(2, 14), 'Nhuận bút tin bài Trang TTĐT', 1_200_000, 'Ngân sách xã chi CCHC 2026'],
      [day(3, 1), 'Dự kiến in tờ rơi (chưa chi)', 800_000, 'Ngân sách xã chi CCHC 2026'],
      [day(3, 20), 'Băng rôn', 600_000, 'Ngân sách xã chi CCHC 2026'],
    ],
    3,
  );
  spending.getRow(6).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Trung tâm Phục vụ hành chính công's sheet "Theo dõi 2026": a title merged over A1:K1, "Quý I/2026"
 * in A3 on the same row as the standing-items header in H3:K3 (`sideHeader`), the news header in
 * A4:F4 over 4 news items (rows 5–8), the standing items in H4:K5; column G blank between the tables.
 */
export async function sideBySideTracker(sideHeader: readonly string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Theo dõi 2026');
  ws.getCell('A1').value = 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ THẠNH BÌNH - THEO DÕI TUYÊN TRUYỀN CCHC NĂM 2026';
  ws.mergeCells('A1:K1');
  writeRows(ws, [['Quý I/2026']], 3);
  writeRows(ws, [sideHeader], 3, 8);
  writeRows(
    ws,
    [
      ['STT', 'Ngày', 'Kênh', 'H.thức', 'Nội dung', 'Ghi chú'],
      [1, day(1, 6), 'Facebook xã', 'Tin', 'Hướng dẫn nộp hồ sơ trực tuyến'],
      [2, day(1, 20), 'Zalo OA', 'Tin', 'Lịch làm việc dịp Tết'],
      [3, day(2, 10), 'Trang TTĐT xã', 'Bài', 'Kết quả giải quyết hồ sơ tháng 1'],
      [4, day(3, 3), 'Facebook xã', 'Tin', 'Thanh toán trực tuyến phí, lệ phí'],
    ],
    4,
  );
  const second = sideHeader[1] === 'Tình trạng' ? 'Đã thực hiện' : 1;
  writeRows(
    ws,
    [
      ['Treo băng rôn tuyên truyền CCHC tại Trung tâm Phục vụ hành chính công xã', second, day(3, 15)],
      ['Thay pa-nô tuyên truyền CCHC tại trụ sở', second, day(3, 28), '2 pa-nô'],
    ],
    4,
    8,
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
