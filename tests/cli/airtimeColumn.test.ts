import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { fixturePlanBytes } from '../support/fixturePlans';
import { AIRTIME, day, loudspeakerLog, writeRows } from './communeTrackers';
import { memoryIo, type MemoryIo } from './memoryIo';

/**
 * Read13m defect 1: a hamlet's loudspeaker log "Ngày | Nội dung | Kênh | TL" (TL = thời lượng,
 * minutes 15, 30, 60) was read with TL as "Số lượng": 12 rows became 375 outputs and the minutes
 * were lost. On the commune plan of tests/fixtures/plans/ke-hoach-thanh-binh-2026.xlsx, CT3 counts
 * loudspeaker items per hamlet and CT4 sums loudspeaker minutes; counted by eye, the log has 12
 * items and 375 minutes.
 */

const PLAN = fixturePlanBytes('ke-hoach-thanh-binh-2026.xlsx');
const MINUTES = AIRTIME.reduce((a, b) => a + b, 0);

function io(tracker: Uint8Array, extra: Record<string, Uint8Array> = {}): MemoryIo {
  return memoryIo({ 'ke-hoach.xlsx': PLAN, 'Ap Hoa Binh.xlsx': tracker, ...extra }, { today: '2026-12-20' });
}

async function adopt(tracker: Uint8Array, map?: unknown): Promise<{ io: MemoryIo; code: number; rows: number }> {
  const files: Record<string, Uint8Array> = map === undefined ? {} : { 'map.json': new TextEncoder().encode(JSON.stringify(map)) };
  const memory = io(tracker, files);
  const args = ['adopt', 'Ap Hoa Binh.xlsx', '--plan', 'ke-hoach.xlsx', '--unit', 'AHB', '-o', 'moi.xlsx', ...(map === undefined ? [] : ['--map', 'map.json'])];
  const code = await run(args, memory);
  const written = /với (\d+) tin bài/.exec(memory.out());
  return { io: memory, code, rows: written ? Number(written[1]) : -1 };
}

interface Summary {
  readonly targets: readonly { readonly id: string; readonly achieved: number }[];
  readonly files: readonly { readonly warnings: number }[];
}

async function consolidate(tracker: Uint8Array, map?: unknown): Promise<Summary> {
  const files: Record<string, Uint8Array> = map === undefined ? {} : { 'map.json': new TextEncoder().encode(JSON.stringify(map)) };
  const memory = io(tracker, files);
  const args = ['consolidate', 'Ap Hoa Binh.xlsx', '--plan', 'ke-hoach.xlsx', '--from', '2026-01-01', '--to', '2026-12-31', '--json'];
  await run(map === undefined ? args : [...args, '--map', 'map.json'], memory);
  return JSON.parse(memory.out()) as Summary;
}

const achieved = (summary: Summary, id: string): number | undefined => summary.targets.find((t) => t.id === id)?.achieved;

describe('an airtime column headed as offices abbreviate it', () => {
  test.each(['TL', 'TL (phút)', 'T.lượng', 'Thời lượng (phút)', 'Số phút'])(
    'given "%s", adopt takes 12 rows and consolidate 12 items and 375 minutes',
    async (header) => {
      const tracker = await loudspeakerLog(header);
      const adopted = await adopt(tracker);
      expect(adopted.code).toBe(0);
      expect(adopted.rows).toBe(AIRTIME.length);
      expect(adopted.io.out()).toMatch(new RegExp(`D\\s*\\|\\s*${header.replace(/[.()]/g, '\\$&')}\\s*\\|\\s*Thời lượng \\(phút\\)`));
      const summary = await consolidate(tracker);
      expect(achieved(summary, 'CT3')).toBe(AIRTIME.length);
      expect(achieved(summary, 'CT4')).toBe(MINUTES);
    },
  );

  test('given "TL" over plan forms ("Tin", "Thông báo"), it is the form column (thể loại), not minutes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tin');
    writeRows(ws, [
      ['Ngày', 'Nội dung', 'Kênh', 'TL'],
      [day(2, 3), 'Lịch tiếp công dân tháng 2', 'Loa ấp', 'Thông báo'],
      [day(2, 9), 'Hướng dẫn nộp hồ sơ trực tuyến', 'Loa ấp', 'Tin'],
      [day(2, 16), 'Đăng ký khai sinh trực tuyến', 'Loa ấp', 'Tin'],
    ]);
    const adopted = await adopt(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(adopted.rows).toBe(3);
    expect(adopted.io.out()).toMatch(/D\s*\|\s*TL\s*\|\s*Hình thức/);
  });
});

describe('a quantity column whose numbers look like airtime', () => {
  const doubt = /Cảnh báo Loa ấp!D3: Cột D "Số lượng" có vẻ ghi thời lượng phát \(phút\).*12 dòng thành 375 tin, bài/;

  test('given "Số lượng" holding 15, 30, 60 on "Loa ấp", adopt takes each row once, reads minutes and says why', async () => {
    const adopted = await adopt(await loudspeakerLog('Số lượng'));
    expect(adopted.rows).toBe(AIRTIME.length);
    expect(adopted.io.out()).toMatch(doubt);
  });

  test('given the officer maps that column to "count", each row stands for its number again and nothing is doubted', async () => {
    const adopted = await adopt(await loudspeakerLog('Số lượng'), { sheets: { 'Loa ấp': { headerRow: 3, columns: { D: 'count' } } } });
    expect(adopted.rows).toBe(MINUTES);
    expect(adopted.io.out()).not.toMatch(doubt);
  });

  test('consolidate reads it the same way: 12 items, 375 minutes, one warning; mapped to count, 375 items', async () => {
    const tracker = await loudspeakerLog('Số lượng');
    const summary = await consolidate(tracker);
    expect(achieved(summary, 'CT3')).toBe(AIRTIME.length);
    expect(achieved(summary, 'CT4')).toBe(MINUTES);
    expect(summary.files[0]?.warnings).toBe(1);
    const mapped = await consolidate(tracker, { sheets: { 'Loa ấp': { headerRow: 3, columns: { D: 'count' } } } });
    expect(achieved(mapped, 'CT3')).toBe(MINUTES);
  });

  test('given "SL (phút)" on a Facebook channel, the header alone makes it doubted', async () => {
    const adopted = await adopt(await loudspeakerLog('SL (phút)', 'Facebook xã'));
    expect(adopted.rows).toBe(AIRTIME.length);
    expect(adopted.io.out()).toContain('Cột D "SL (phút)" có vẻ ghi thời lượng phát (phút)');
  });

  test('given "Số lượng" holding 2, 1, 3 on "Loa ấp", it is a count: 6 outputs, no doubt', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Loa ấp');
    writeRows(ws, [
      ['Ngày', 'Nội dung', 'Kênh', 'Số lượng'],
      [day(3, 2), 'Thông báo lịch tiếp dân', 'Loa ấp', 2],
      [day(3, 9), 'Hướng dẫn dịch vụ công', 'Loa ấp', 1],
      [day(3, 16), 'Thanh toán không dùng tiền mặt', 'Loa ấp', 3],
    ]);
    const adopted = await adopt(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(adopted.rows).toBe(6);
    expect(adopted.io.out()).not.toContain('có vẻ ghi thời lượng');
  });
});
