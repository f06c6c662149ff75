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
