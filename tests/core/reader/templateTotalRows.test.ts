import ExcelJS from 'exceljs';
import { run } from '../../../src/cli/run';
import { memoryIo, type MemoryIo } from '../../cli/memoryIo';
import { fixturePlanBytes } from '../../support/fixturePlans';

/**
 * A "Cộng" row typed under the entries of the add-in's own Tin bài table (issue 13, second tester,
 * finding 6: `cchc validate X009.xlsx` gave three errors, a date "Cộng", no channel, no form). It
 * is a totals row: set aside, listed with its cell, and not counted. "Cộng đồng dân cư…" with a
 * date stays a news item. Counted by eye: three dated items, one of them titled "Cộng đồng…".
 */
const plan = fixturePlanBytes('ke-hoach-thanh-binh-2026.xlsx');

async function trackerWithTotalRow(): Promise<MemoryIo> {
  const io = memoryIo({ 'ke-hoach.xlsx': plan }, { today: '2026-11-30' });
  expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'VP', '-o', 'so.xlsx'], io)).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((io.files.get('so.xlsx') ?? new Uint8Array()) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('Tin bài');
  if (!sheet) throw new Error('the template has no Tin bài sheet');
  const titles = ['Hướng dẫn dịch vụ công trực tuyến', 'Cộng đồng dân cư góp ý thủ tục hành chính', 'Kết quả giải quyết hồ sơ tháng 11'];
  titles.forEach((title, i) => {
    const row = sheet.getRow(4 + i);
    row.getCell(1).value = new Date(Date.UTC(2026, 10, 5 + i * 5));
    row.getCell(2).value = 'Trang Facebook UBND xã Thạnh Bình';
    row.getCell(3).value = 'Tin';
    row.getCell(4).value = title;
  });
  sheet.getRow(7).getCell(1).value = 'Cộng';
  sheet.getRow(7).getCell(4).value = '3 tin bài';
  io.files.set('so.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
  return io;
}

describe('a totals row typed into a template’s entry table', () => {
  test('given "Cộng" under three items, checking lists it as a totals row set aside, with no error', async () => {
    const io = await trackerWithTotalRow();
    const before = io.out().length;
    expect(await run(['validate', 'so.xlsx'], io)).toBe(0);
    const out = io.out().slice(before);
    expect(out).toContain('Tin bài!A7: Dòng 7 là dòng cộng ("Cộng"), không phải một tin, bài hay khoản chi: không tính.');
    expect(out).not.toContain('Lỗi');
  });

  test('given "Cộng" under three items, the report counts the three, "Cộng đồng…" among them', async () => {
    const io = await trackerWithTotalRow();
    const before = io.out().length;
    expect(await run(['report', 'so.xlsx', '--period', '2026-11', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out().slice(before)) as { targets: { id: string; achieved: number }[] };
    expect(json.targets.find((target) => target.id === 'CT1')?.achieved).toBe(3);
  });
});
