import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readBook } from '../../../src/core/reader/readBook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { officeWorkbook, type OfficeCell } from '../../support/officeWorkbook';

/**
 * A commune's loudspeaker log as offices keep it, written with exceljs as Excel saves it: airtime
 * in a "Thời lượng (phút)" column typed both as numbers and as "15 phút", and the cost of some
 * items in a "Kinh phí" column in Vietnamese notation. Counted by eye: 4 rows, 15 + 20 + 7.5 + 0
 * minutes (the last blank), 1.500.000 + 2.000.000 đồng.
 */
async function loudspeakerLog(): Promise<Uint8Array> {
  const rows: OfficeCell[][] = [
    ['NHẬT KÝ PHÁT THANH CẢI CÁCH HÀNH CHÍNH NĂM 2018'],
    [],
    ['STT', 'Ngày phát', 'Kênh', 'Nội dung', 'Thời lượng (phút)', 'Kinh phí'],
    [1, new Date(Date.UTC(2018, 2, 5)), 'Trạm truyền thanh xã', 'Hướng dẫn nộp hồ sơ trực tuyến', 15, '1.500.000'],
    [2, new Date(Date.UTC(2018, 2, 9)), 'Trạm truyền thanh xã', 'Thủ tục một cửa liên thông', '20 phút', null],
    [3, new Date(Date.UTC(2018, 2, 14)), 'Trạm truyền thanh xã', 'Lịch tiếp công dân của xã', '7,5', '2 triệu'],
    [4, new Date(Date.UTC(2018, 2, 20)), 'Trạm truyền thanh xã', 'Kết quả chỉ số cải cách hành chính', null, null],
  ];
  return officeWorkbook({ Loa: rows });
}

describe('an office tracker with airtime and cost columns', () => {
  it('given "Thời lượng (phút)" and "Kinh phí" headers, takes them as minutes and cost, as typed in numbers, "20 phút", "7,5" and "2 triệu"', async () => {
    const reading = readBook(GO_DAU_116, await readWorkbook(await loudspeakerLog()), { file: 'loa.xlsx' });
    const roles = reading.blocks[0]?.columns.map((c) => c.role);
    expect(roles).toEqual(['seq', 'date', 'channel', 'title', 'minutes', 'amount']);
    expect(reading.outputs.map((o) => [o.record.minutes ?? null, o.record.amount ?? null])).toEqual([
      [15, 1_500_000],
      [20, null],
      [7.5, 2_000_000],
      [null, null],
    ]);
  });
});
