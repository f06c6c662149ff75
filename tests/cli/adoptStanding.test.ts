import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { memoryIo } from './memoryIo';
import { written } from './workbooks';

const banner = GO_DAU_116.standingItems[0]!;

/** An office's own tracker: news on one sheet, its standing items on another with its own headers under a merged title. */
async function officeTracker(codeColumn: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const news = book.addWorksheet('Theo dõi 2018');
  news.mergeCells('A1:D1');
  news.getCell('A1').value = 'THEO DÕI TIN BÀI CCHC NĂM 2018';
  news.getRow(3).values = ['STT', 'Ngày đăng', 'Tên tin bài', 'Nơi đăng'];
  news.getRow(4).values = [1, '05/03/2018', 'Hội nghị triển khai CCHC', 'TTĐT'];
  const own = book.addWorksheet('Việc thường xuyên');
  own.mergeCells('A1:F1');
  own.getCell('A1').value = 'THEO DÕI CÁC VIỆC THƯỜNG XUYÊN - XÃ THẠNH ĐỨC';
  own.getRow(3).values = [codeColumn ? 'Mã' : 'STT', 'Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng'];
  ['Quý I', 'Quý II', 'Quý III'].forEach((quarter, i) => {
    own.getRow(4 + i).values = [codeColumn ? banner.id : i + 1, banner.title, quarter, 'Đã hoàn thành', ['28/03/2018', '25/06/2018', '05/10/2018'][i]!, 'Ảnh'];
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each([
  ['without a "Mã" column', false],
  ['with a "Mã" column', true],
])('cchc adopt, an office standing-items table %s (issue 13, seventh tester, D2)', (_label, codeColumn) => {
  test('the rows land in Hạng mục with their Kỳ, dates and evidence, and the summary counts them', async () => {
    const io = memoryIo({ 'so-rieng.xlsx': await officeTracker(codeColumn) });
    const code = await run(['adopt', 'so-rieng.xlsx', '--unit', 'Thạnh Đức', '-o', 'so.xlsx'], io);
    expect(code).toBe(0);
    const out = io.out();
    expect(out).not.toContain('Không ghi kênh đăng, phát');
    expect(out).toContain('Số dòng đã đọc: 6 = lấy vào 4 + không lấy được 0 + dòng trống 0, dòng tiêu đề 2, dòng tổng cộng 0.');
    expect(out).toContain('Trong số dòng lấy vào: tin bài 1, hạng mục thường xuyên 3, kinh phí 0.');
    const sheets = await readWorkbook(written(io.files, 'so.xlsx'));
    const rows = (sheets.find((s) => s.name === 'Hạng mục')?.values ?? []).filter((row) => row[0] === banner.id && row[2] === 'Xã Thạnh Đức');
    expect(rows.map((row) => [row[3], row[5], row[7]])).toEqual([
      ['Đã thực hiện', 'Ảnh', 'Quý I năm 2018'],
      ['Đã thực hiện', 'Ảnh', 'Quý II năm 2018'],
      ['Đã thực hiện', 'Ảnh', 'Quý III năm 2018'],
    ]);
    expect(rows.map((row) => typeof row[4])).toEqual(['number', 'number', 'number']);
  });
});

describe('cchc adopt says which standing rows it matched by title, and --write-map lists them for the officer to fix (issue 13, closing note 5)', () => {
  test('given rows titled as the plan words the item and no code, the summary names the title and the code; with a code, it says nothing of titles', async () => {
    for (const codeColumn of [false, true]) {
      const io = memoryIo({ 'so-rieng.xlsx': await officeTracker(codeColumn) });
      expect(await run(['adopt', 'so-rieng.xlsx', '--unit', 'Thạnh Đức', '-o', 'so.xlsx'], io)).toBe(0);
      const line = `«${banner.title}» → ${banner.id} (3 dòng)`;
      if (codeColumn) expect(io.out()).not.toContain('ghép theo tên');
      else expect(io.out()).toContain(`3 dòng hạng mục ghép theo tên (sổ không ghi mã):\n  ${line}`);
    }
  });

  test('given --write-map, the file lists the standing table and the title; given it back with the title set to null, the rows are refused', async () => {
    const io = memoryIo({ 'so-rieng.xlsx': await officeTracker(false) });
    expect(await run(['adopt', 'so-rieng.xlsx', '--unit', 'Thạnh Đức', '--write-map', 'map.json'], io)).toBe(0);
    const map = JSON.parse(new TextDecoder().decode(io.files.get('map.json'))) as { standing: unknown; items: Record<string, string | null> };
    expect(map.standing).toEqual({
      'Việc thường xuyên': { headerRow: 3, columns: { A: null, B: 'title', C: 'period', D: 'state', E: 'dateDone', F: 'evidence' } },
    });
    expect(map.items).toEqual({ [banner.title]: banner.id });
    io.files.set('map.json', new TextEncoder().encode(JSON.stringify({ ...map, items: { [banner.title]: null } })));
    expect(await run(['adopt', 'so-rieng.xlsx', '--unit', 'Thạnh Đức', '--map', 'map.json', '-o', 'so.xlsx'], io)).toBe(0);
    expect(io.out()).toContain('Số dòng đã đọc: 6 = lấy vào 1 + không lấy được 3');
  });
});
