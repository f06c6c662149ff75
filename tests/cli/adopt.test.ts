import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { readExistingRows } from '../../src/core/template/readExisting';
import { readStamp } from '../../src/core/template/stamp';
import { cellText } from '../../src/core/text/cellText';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { hiepThanhTracker, thanhDucTracker } from '../fixtures/trackers/makeTrackers';
import { memoryIo } from './memoryIo';
import { unitWorkbook, written } from './workbooks';

let tracker: Uint8Array;
beforeAll(async () => {
  tracker = await thanhDucTracker();
});

async function adopt(args: string[], files: Record<string, Uint8Array> = {}) {
  const io = memoryIo({ 'so-rieng.xlsx': tracker, ...files });
  const code = await run(['adopt', 'so-rieng.xlsx', '--unit', 'Thạnh Đức', ...args], io);
  return { io, code };
}

describe('cchc adopt', () => {
  test('keeps every data row or says why, and the rows read add up', async () => {
    const { io, code } = await adopt(['-o', 'so.xlsx']);
    expect(code).toBe(0);
    expect(io.err()).toBe('');
    const out = io.out();
    expect(out).toContain('Số dòng đã đọc: 13 = lấy vào 6 + không lấy được 3 + dòng trống 1, dòng tiêu đề 2, dòng tổng cộng 1.');
    // each row set aside: where, why in words, what was typed
    expect(out).toMatch(/Tháng 3!10 +\| Ngày "31\/02\/2018" không đọc được/);
    expect(out).toMatch(/Tháng 3!11 +\| Kênh "Facebook xã" không có trong kế hoạch/);
    expect(out).toMatch(/Tháng 4!5 +\| Không có ngày/);
    const rows = readExistingRows(await readWorkbook(written(io.files, 'so.xlsx'))).outputs;
    expect(rows).toHaveLength(6);
    const titles = rows.map((row) => (row[3]?.kind === 'text' ? row[3].text : ''));
    expect(titles).toContain('- Tin ngắn: nộp hồ sơ qua dịch vụ bưu chính');
    expect(titles).toContain('=> Kết quả CCHC quý I/2018');
    // NFD typed text comes out composed
    expect(titles).toContain('Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa');
    const dates = rows.map((row) => (row[0]?.kind === 'date' ? row[0].iso : ''));
    expect(dates).toEqual(['2018-03-05', '2018-03-06', '2018-03-08', '2018-03-12', '2018-04-02', '2018-04-05']);
  });

  test("prints each sheet's header row and column → field, and channel labels → plan channels with row counts", async () => {
    const { io } = await adopt(['-o', 'so.xlsx']);
    const out = io.out();
    expect(out).toContain('Sheet "Tháng 3": dòng tiêu đề cột là dòng 4');
    expect(out).toContain('Sheet "Tháng 4": dòng tiêu đề cột là dòng 2');
    expect(out).toMatch(/\| B +\| Ngày đăng +\| Ngày +\|/);
    expect(out).toMatch(/\| B +\| Thời gian +\| Ngày +\|/);
    expect(out).toMatch(/\| C +\| Nội dung +\| Tiêu đề +\|/);
    expect(out).toMatch(/\| D +\| Phương tiện +\| Kênh +\|/);
    expect(out).toMatch(/\| A +\| STT +\| Số thứ tự \(không lấy\) +\|/);
    expect(out).toMatch(/\| TTĐT +\| 3 +\| TTT-H – Trang thông tin điện tử huyện/);
    expect(out).toMatch(/\| Trang TTĐT huyện Gò Dầu +\| 1 +\| TTT-H/);
    expect(out).toMatch(/\| PT-TH +\| 1 +\| PTTH-T/);
    expect(out).toMatch(/\| TT +\| 1 +\| TT-H/);
    expect(out).toMatch(/\| website +\| 1 +\| TTT-H/);
    expect(out).toMatch(/\| Facebook xã +\| 1 +\| \(chưa ghép/);
    expect(out).toContain('Sheet không có bảng theo dõi (không lấy): Ghi chú');
  });

  test("the new workbook is the unit's, stamped with today", async () => {
    const { io } = await adopt(['-o', 'so.xlsx']);
    expect(readStamp(await readWorkbook(written(io.files, 'so.xlsx')))).toMatchObject({ kind: 'unit', unitCode: 'XTD', createdOn: '2018-06-10' });
  });

  test('--write-map writes the proposal; edited and passed back with --map, it takes the rows it mapped', async () => {
    const proposed = await adopt(['--write-map', 'map.json']);
    expect(proposed.code).toBe(0);
    const map = JSON.parse(new TextDecoder().decode(written(proposed.io.files, 'map.json'))) as { channels: Record<string, string | null> };
    expect(map.channels).toMatchObject({ TTĐT: 'TTT-H', 'Facebook xã': null });
    map.channels['Facebook xã'] = 'Trang TTĐT huyện';
    const { io, code } = await adopt(['--map', 'map.json', '-o', 'so.xlsx'], { 'map.json': new TextEncoder().encode(JSON.stringify(map)) });
    expect(code).toBe(0);
    expect(io.out()).toContain('lấy vào 7 + không lấy được 2');
  });

  test('a mapping file with errors exits 1, lists them, and writes nothing', async () => {
    const bad = { columns: { 'Nơi đăng': 'kenh' }, channels: { 'Facebook xã': 'Báo Nhân Dân' } };
    const { io, code } = await adopt(['--map', 'map.json', '-o', 'so.xlsx'], { 'map.json': new TextEncoder().encode(JSON.stringify(bad)) });
    expect(code).toBe(1);
    expect(io.err()).toContain('2 lỗi');
    expect(io.err()).toMatch(/Lỗi map\.json: Trường .*kenh.* không có/);
    expect(io.err()).toContain('Kênh "Báo Nhân Dân"');
    expect(io.files.has('so.xlsx')).toBe(false);
  });

  test.each([
    ['not JSON', '{"columns": '],
    ['missing', null],
  ])('a --map file that is %s exits 2', async (_what, content) => {
    const files: Record<string, Uint8Array> = content === null ? {} : { 'map.json': new TextEncoder().encode(content) };
    const { io, code } = await adopt(['--map', 'map.json', '-o', 'so.xlsx'], files);
    expect(code).toBe(2);
    expect(io.err()).toContain('map.json');
  });

  test('a tracker with no recognisable table exits 1', async () => {
    const io = memoryIo({ 'x.xlsx': await blankTracker() });
    expect(await run(['adopt', 'x.xlsx', '--unit', 'XTD', '-o', 'so.xlsx'], io)).toBe(1);
    expect(io.err()).toContain('Không tìm thấy bảng theo dõi');
  });

  test("the add-in's own workbook is sent to template --upgrade", async () => {
    const io = memoryIo({ 'so.xlsx': await unitWorkbook('XTD', []) });
    expect(await run(['adopt', 'so.xlsx', '--unit', 'XTD', '-o', 'moi.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('template --upgrade');
  });

  test.each([
    ['-o is the tracker, even with --force', ['-o', 'so-rieng.xlsx', '--force'], 'chỉ được đọc'],
    ['neither -o nor --write-map', [], '-o'],
  ])('bad usage: %s', async (_what, args, message) => {
    const { io, code } = await adopt(args);
    expect(code).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.files.get('so-rieng.xlsx')).toBe(tracker);
  });

  test.each(['thanh-duc-tu-theo-doi.xlsx', 'hiep-thanh-2018.xlsx'])('the committed fixture %s adopts like the generated one', async (name) => {
    const committed = readFileSync(join(__dirname, '../fixtures/trackers', name));
    const generated = name.startsWith('thanh') ? tracker : await hiepThanhTracker();
    const summaries = await Promise.all(
      [committed, generated].map(async (bytes) => {
        const io = memoryIo({ 't.xlsx': bytes });
        await run(['adopt', 't.xlsx', '--unit', name.startsWith('thanh') ? 'XTD' : 'XHT', '--write-map', 'm.json'], io);
        return io.out();
      }),
    );
    expect(summaries[0]).toBe(summaries[1]);
  });
});

/** A workbook with only notes on it: nothing that looks like a table. */
async function blankTracker(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'Chưa có số liệu';
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  expect(cellText((await readWorkbook(bytes))[0]?.values[0]?.[0] ?? null)).toBe('Chưa có số liệu');
  return bytes;
}

describe('cchc adopt on a tracker kept in month blocks', () => {
  test('prints the columns once for blocks that share them, naming every block header row (try13m D10)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Theo doi');
    let row = 1;
    for (const [month, day] of [
      ['01', '05'],
      ['02', '10'],
      ['03', '12'],
    ] as const) {
      sheet.getRow(row).values = [`THÁNG ${month}/2018`];
      sheet.getRow(row + 1).values = ['Ngày', 'Tên tin bài', 'Nơi đăng'];
      sheet.getRow(row + 2).values = [`${day}/${month}/2018`, `Tin CCHC tháng ${month}`, 'Báo Tây Ninh'];
      row += 4;
    }
    const io = memoryIo({ 'thang.xlsx': new Uint8Array(await book.xlsx.writeBuffer()) });
    expect(await run(['adopt', 'thang.xlsx', '--unit', 'XTD', '-o', 'so.xlsx'], io)).toBe(0);
    const headings = io
      .out()
      .split('\n')
      .filter((line) => line.startsWith('Sheet "Theo doi"'));
    expect(headings).toEqual(['Sheet "Theo doi": dòng tiêu đề cột là dòng 2, 6, 10']);
    expect(io.out()).toContain('Số dòng đã đọc');
  });
});
