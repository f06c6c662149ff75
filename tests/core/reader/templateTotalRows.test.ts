import { run } from '../../../src/cli/run';
import type { MemoryIo } from '../../cli/memoryIo';
import { thanhBinhTracker } from './thanhBinhTracker';

/**
 * A "Cộng" row typed under the entries of the add-in's own Tin bài table (issue 13, second tester,
 * finding 6: `cchc validate X009.xlsx` gave three errors, a date "Cộng", no channel, no form). It
 * is a totals row: set aside, listed with its cell, and not counted. "Cộng đồng dân cư…" with a
 * date stays a news item. Counted by eye: three dated items, one of them titled "Cộng đồng…".
 */
const trackerWithTotalRow = (): Promise<MemoryIo> =>
  thanhBinhTracker(['Hướng dẫn dịch vụ công trực tuyến', 'Cộng đồng dân cư góp ý thủ tục hành chính', 'Kết quả giải quyết hồ sơ tháng 11'], (sheet) => {
    sheet.getRow(7).getCell(1).value = 'Cộng';
    sheet.getRow(7).getCell(4).value = '3 tin bài';
  });

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
