import { run } from '../../src/cli/run';
import { fixturePlanBytes } from '../support/fixturePlans';
import { sideBySideTracker } from './communeTrackers';
import { memoryIo, type MemoryIo } from './memoryIo';

/**
 * Read13m defects 3 and 4: a standing-items table beside the news table on one sheet (news in A–F,
 * items in H–K, column G blank) was dropped silently, and the row "Quý I/2026" (A3) sharing its row
 * with the side table's header (H3) was read as the news header, giving errors on the news rows with
 * another column's words. Counted by eye: 4 news items (rows 5–8), 2 standing items (rows 4–5), of which the pa-nô is HM2, a
 * hamlets' item the service centre does not owe.
 */

function io(tracker: Uint8Array): MemoryIo {
  return memoryIo({ 'ke-hoach.xlsx': fixturePlanBytes('ke-hoach-thanh-binh-2026.xlsx'), 'ttpv.xlsx': tracker }, { today: '2026-12-20' });
}

describe('tables side by side on one sheet', () => {
  test('given the side header "Hạng mục | Số lượng | Ngày hoàn thành | Ghi chú" (no state column), both tables are read: the news from row 4, the banner (HM1) taken as done on its date, nothing said not read', async () => {
    const tracker = await sideBySideTracker(['Hạng mục', 'Số lượng', 'Ngày hoàn thành', 'Ghi chú']);
    const adopted = io(tracker);
    expect(await run(['adopt', 'ttpv.xlsx', '--plan', 'ke-hoach.xlsx', '--unit', 'TTPV', '-o', 'moi.xlsx'], adopted)).toBe(0);
    expect(adopted.out()).toContain('dòng tiêu đề cột là dòng 4');
    expect(adopted.out()).toContain('lấy vào 5 + không lấy được 1');
    expect(adopted.out()).toContain('tin bài 4, hạng mục thường xuyên 1');
    expect(adopted.out()).toMatch(/Theo dõi 2026!5\s*\|\s*Hạng mục "Thay pa-nô/);
    expect(adopted.out()).not.toContain('không đọc được');
    const checked = io(tracker);
    await run(['validate', 'ttpv.xlsx', '--plan', 'ke-hoach.xlsx', '--unit', 'TTPV'], checked);
    expect(checked.out()).not.toMatch(/Lỗi|không đọc được|thiếu cột/);
  });

  test('given a side header naming no table ("Hạng mục | Số lượng | Ngày | Ghi chú": a bare "Ngày" is no completion date), the news table is read from row 4 with no error, and H3:K5 is said not read', async () => {
    const tracker = await sideBySideTracker(['Hạng mục', 'Số lượng', 'Ngày', 'Ghi chú']);
    const adopted = io(tracker);
    expect(await run(['adopt', 'ttpv.xlsx', '--plan', 'ke-hoach.xlsx', '--unit', 'TTPV', '-o', 'moi.xlsx'], adopted)).toBe(0);
    expect(adopted.out()).toContain('dòng tiêu đề cột là dòng 4');
    expect(adopted.out()).toContain('lấy vào 4 + không lấy được 0');
    expect(adopted.out()).toContain('Cảnh báo Theo dõi 2026!H3: Các ô H3:K5 (bảng đặt bên cạnh bảng tin, bài) không đọc được');
  });

  test('given the side header "Hạng mục | Tình trạng | Ngày hoàn thành | Ghi chú", both tables are read: 4 news items, the banner (HM1) taken, the pa-nô (the hamlets’ item) said not taken', async () => {
    const adopted = io(await sideBySideTracker(['Hạng mục', 'Tình trạng', 'Ngày hoàn thành', 'Ghi chú']));
    expect(await run(['adopt', 'ttpv.xlsx', '--plan', 'ke-hoach.xlsx', '--unit', 'TTPV', '-o', 'moi.xlsx'], adopted)).toBe(0);
    expect(adopted.out()).toContain('lấy vào 5 + không lấy được 1');
    expect(adopted.out()).toContain('tin bài 4, hạng mục thường xuyên 1');
    expect(adopted.out()).toMatch(/Theo dõi 2026!5\s*\|\s*Hạng mục "Thay pa-nô/);
    expect(adopted.out()).not.toContain('không đọc được');
  });
});
