import ExcelJS from 'exceljs';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readBook } from '../../../src/core/reader/readBook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';

const CHANNELS = ['Báo Tây Ninh', 'Đài PT-TH tỉnh', 'Đài TT huyện', 'Trạm TT xã', 'Cổng TTĐT tỉnh', 'Trang TTĐT huyện'];
/** The office's own columns beside ours, as a commune's 23-column log keeps them (issue 11's third tester, wide23). */
const OWN_AFTER = ['Thể loại', 'Số chữ', 'Số ảnh', 'Nhuận bút (đồng)', 'Link', 'Lượt xem', 'Người duyệt', 'Ngày duyệt', 'Tình trạng', 'Ghi chú'];

/**
 * A commune's publication log written with exceljs as Excel saves it: a title row, a two-row header
 * (each heading merged over both rows, "NƠI ĐĂNG TẢI" over six channel sub-columns marked "x"), and
 * 17 headings of which our roles name only date, title, form, link and notes. Counted by eye: 12
 * rows, two on each channel.
 */
async function wideLog(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhật ký tin bài');
  ws.getCell(1, 1).value = 'XÃ THANH ĐIỀN - NHẬT KÝ TIN, BÀI TUYÊN TRUYỀN CCHC NĂM 2018';
  const before = ['STT', 'Ngày đăng', 'Tháng', 'Quý', 'Tên tin, bài', 'Tác giả', 'Nguồn tin'];
  const top = [...before, 'NƠI ĐĂNG TẢI', ...CHANNELS.slice(1).map(() => null), ...OWN_AFTER];
  const sub = [...before.map(() => null), ...CHANNELS, ...OWN_AFTER.map(() => null)];
  ws.getRow(4).values = top;
  ws.getRow(5).values = sub;
  top.forEach((t, c) => {
    if (t !== null && sub[c] === null) ws.mergeCells(4, c + 1, 5, c + 1);
  });
  ws.mergeCells(4, before.length + 1, 4, before.length + CHANNELS.length);
  for (let i = 0; i < 12; i += 1) {
    const day = new Date(Date.UTC(2018, 2, 1 + i));
    const marks = CHANNELS.map((_, c) => (c === i % CHANNELS.length ? 'x' : null));
    const own = ['Tin', 500, 2, 200000, `https://thanhdien.gov.vn/tin/${i}`, 100, 'PCT', day, 'Đã đăng', null];
    ws.getRow(6 + i).values = [i + 1, day, 3, 'Quý I', `Tuyên truyền cải cách hành chính số ${i + 1}`, 'Nguyễn Văn An', 'Văn phòng', ...marks, ...own];
    ws.getRow(6 + i).getCell(2).numFmt = 'dd/mm/yyyy';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a header with more of the office’s own columns than ours', () => {
  test('given a 23-column log naming date, title and form among 17 headings, reads every row on its marked channel', async () => {
    const reading = readBook(GO_DAU_116, await readWorkbook(await wideLog()), { file: 'nhat-ky-xa-thanh-dien.xlsx' });
    expect(reading.blocks).toHaveLength(1);
    expect(reading.outputs).toHaveLength(12);
    const perChannel = new Map<string, number>();
    for (const o of reading.outputs) perChannel.set(o.record.channel ?? '(none)', (perChannel.get(o.record.channel ?? '(none)') ?? 0) + 1);
    expect([...perChannel.values()]).toEqual([2, 2, 2, 2, 2, 2]);
    expect(reading.outputs.map((o) => o.record.date)).toEqual(Array.from({ length: 12 }, (_, i) => `2018-03-${String(i + 1).padStart(2, '0')}`));
  });
});

/** A weekly tracker's hidden dropdown lists sheet "DM" (issue 11's fourth tester, F2): channel labels under "Kênh", forms under "Hình thức". */
async function withListsSheet(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const week = wb.addWorksheet('Tuần 01');
  week.getRow(1).values = ['STT', 'Ngày', 'Kênh', 'Hình thức', 'Nội dung'];
  week.getRow(2).values = [1, new Date(Date.UTC(2018, 0, 2)), 'Báo Tây Ninh', 'Tin', 'Tuyên truyền cải cách hành chính'];
  week.getRow(2).getCell(2).numFmt = 'dd/mm/yyyy';
  const lists = wb.addWorksheet('DM', { state: 'hidden' });
  lists.getRow(1).values = ['Kênh', 'Hình thức'];
  ['Báo Tây Ninh', 'Đài TT huyện', 'Trạm TT xã', 'Cổng TTĐT tỉnh', 'Trang TTĐT huyện', 'Đài PT-TH tỉnh'].forEach((label, i) => {
    lists.getCell(i + 2, 1).value = label;
    const form = ['Tin', 'Bài', 'Phóng sự'][i];
    if (form !== undefined) lists.getCell(i + 2, 2).value = form;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a row heading neither a date nor a title column', () => {
  test('given a dropdown lists sheet "Kênh | Hình thức", reads no entry table there and sets nothing aside', async () => {
    const reading = readBook(GO_DAU_116, await readWorkbook(await withListsSheet()), { file: 'dtt-theo-doi-tuan.xlsx' });
    expect(reading.blocks.map((b) => b.sheet)).toEqual(['Tuần 01']);
    expect(reading.outputs).toHaveLength(1);
  });
});
