import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { memoryIo } from './memoryIo';

const thanhDuc = GO_DAU_116.units.find((u) => u.code === 'XTD')!;
const banner = GO_DAU_116.standingItems.find((s) => s.appliesTo.includes(thanhDuc.level))!;

/** An ấp's tracker: news, its standing work with one state word no one reads, its spending with one row missing its content. */
async function tracker(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Tin loa').addRows([
    ['TT', 'Ngày', 'Nơi đăng', 'Tên tin bài'],
    [1, '05/03/2018', 'TTĐT', 'Hội nghị triển khai CCHC'],
  ]);
  book.addWorksheet('Việc thường xuyên').addRows([
    ['TT', 'Công việc', 'Ngày thực hiện', 'Tình hình', 'Ghi chú'],
    [1, banner.title, '02/04/2018', 'Đã xong'],
    [2, banner.title, '05/07/2018', 'Tạm dừng'],
  ]);
  book.addWorksheet('Chi tiêu').addRows([
    ['Ngày chi', 'Khoản chi', 'Thành tiền', 'Nguồn'],
    ['14/03/2018', 'In pa-nô bảng tin CCHC', 1800000, 'Ngân sách xã'],
    ['02/08/2018', null, 2200000, 'Ngân sách xã'],
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('cchc adopt says what it kept as typed and what it took with a blank content (issue 13, ninth tester, D3, D4)', () => {
  test('given a state word the reader does not know and a spending row without content, the summary names the word, its cell and the row', async () => {
    const io = memoryIo({ 'so-rieng.xlsx': await tracker() });
    expect(await run(['adopt', 'so-rieng.xlsx', '--unit', 'Thạnh Đức', '-o', 'so.xlsx'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('Trong số dòng lấy vào: tin bài 1, hạng mục thường xuyên 2, kinh phí 2.');
    expect(out).toContain('Tình trạng không đọc được, giữ nguyên chữ trong Hạng mục');
    expect(out).toContain('"Tạm dừng" ở Việc thường xuyên!3 (1 dòng)');
    expect(out).not.toContain('"Đã xong"');
    expect(out).toContain('Dòng kinh phí không có nội dung chi (đã lấy số tiền, cần ghi nội dung): Chi tiêu!3');
  });
});
