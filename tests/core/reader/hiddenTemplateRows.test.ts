import { run } from '../../../src/cli/run';
import type { MemoryIo } from '../../cli/memoryIo';
import { thanhBinhTracker } from './thanhBinhTracker';

/**
 * A row hidden in the add-in's own Tin bài table (issue 13, second tester, finding 4): Văn phòng
 * hid a draft ("BẢN NHÁP - chưa đăng") and its November report still counted it. Hidden rows are
 * set aside and listed in a workbook the add-in made, as in an office's tracker. Counted by eye:
 * four Facebook news items in November 2026, one of them hidden, so three count.
 */
const trackerWithHiddenDraft = (): Promise<MemoryIo> =>
  thanhBinhTracker(
    ['Hướng dẫn dịch vụ công trực tuyến', 'Lịch tiếp công dân tháng 11', 'BẢN NHÁP - chưa đăng', 'Kết quả giải quyết hồ sơ tháng 11'],
    (sheet) => {
      sheet.getRow(6).hidden = true;
    },
  );

describe('a hidden row in a tracker the add-in made', () => {
  test('given a hidden draft among four November items, the report counts three', async () => {
    const io = await trackerWithHiddenDraft();
    const before = io.out().length;
    expect(await run(['report', 'so.xlsx', '--period', '2026-11', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out().slice(before)) as { targets: { id: string; achieved: number }[] };
    expect(json.targets.find((target) => target.id === 'CT1')?.achieved).toBe(3);
  });

  test('given a hidden draft, checking the workbook lists its row and says the Tiến độ sheet still counts it', async () => {
    const io = await trackerWithHiddenDraft();
    const before = io.out().length;
    await run(['validate', 'so.xlsx'], io);
    const out = io.out().slice(before);
    expect(out).toContain('Có 1 dòng bị ẩn trong sheet này (dòng 6): báo cáo và tổng hợp không tính, nhưng sheet Tiến độ vẫn đếm');
  });
});
