import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { fixturePlanBytes } from '../support/fixturePlans';
import { officeWithHiddenRows } from './communeTrackers';
import { memoryIo, type MemoryIo } from './memoryIo';

/**
 * Read13m defect 2: a hidden row of a spending table was lost by `consolidate` ("kênh thêm -1" in
 * its row account, quarantined 0), and `adopt --map` counted a hidden news row in its channel table.
 * Văn phòng's tracker (communeTrackers.officeWithHiddenRows) on the Thạnh Bình commune plan: 9 data
 * rows, 7 taken (4 news, 3 payments of 4.300.000 đồng), 2 hidden and set aside with their reason.
 */

let tracker: Uint8Array;
beforeAll(async () => {
  tracker = await officeWithHiddenRows();
});

function io(extra: Record<string, Uint8Array> = {}): MemoryIo {
  return memoryIo({ 'ke-hoach.xlsx': fixturePlanBytes('ke-hoach-thanh-binh-2026.xlsx'), 'Van phong.xlsx': tracker, ...extra }, { today: '2026-12-20' });
}

interface Summary {
  readonly conservation: Record<string, number>;
  readonly funding: readonly { readonly code: string | null; readonly yearToDate: number }[];
  readonly files: readonly { readonly records: number }[];
}

describe('hidden rows in the row account', () => {
  test('consolidate sets the hidden spending row aside with its reason: 9 data rows = 7 taken + 2 not taken, no "kênh thêm"', async () => {
    const memory = io();
    await run(
      ['consolidate', 'Van phong.xlsx', '--plan', 'ke-hoach.xlsx', '--unit-of', 'Van phong.xlsx=VP', '--from', '2026-01-01', '--to', '2026-12-31', '--json'],
      memory,
    );
    const summary = JSON.parse(memory.out()) as Summary;
    expect(summary.conservation).toMatchObject({ dataRows: 9, extraChannels: 0, consolidated: 7, duplicates: 0, quarantined: 2 });
    expect(summary.files[0]?.records).toBe(9);
    expect(summary.funding.reduce((sum, f) => sum + f.yearToDate, 0)).toBe(4_300_000);
  });

  test('the consolidation workbook lists the hidden payment among the rows not taken, with why', async () => {
    const memory = io();
    await run(
      [
        'consolidate',
        'Van phong.xlsx',
        '--plan',
        'ke-hoach.xlsx',
        '--unit-of',
        'Van phong.xlsx=VP',
        '--from',
        '2026-01-01',
        '--to',
        '2026-12-31',
        '-o',
        'th.xlsx',
      ],
      memory,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((memory.files.get('th.xlsx') ?? new Uint8Array()) as unknown as ExcelJS.Buffer);
    const rows: string[] = [];
    book.getWorksheet('TH Không tiếp nhận')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).join(' | ')));
    expect(rows).toContainEqual(expect.stringMatching(/^Kinh phí \| Dòng bị ẩn.*\| Dự kiến in tờ rơi \(chưa chi\) \|.*\| Kinh phí \| 6$/));
    expect(rows).toContainEqual(expect.stringMatching(/^Tin, bài \| Dòng bị ẩn.*\| Bản nháp chưa đăng \|.*\| Tin bài 2026 \| 7$/));
  });

  test('adopt --map counts only rows not hidden in its channel table, as adopt without --map does', async () => {
    const first = io();
    await run(['adopt', 'Van phong.xlsx', '--plan', 'ke-hoach.xlsx', '--unit', 'VP', '--write-map', 'ghep.json'], first);
    const withoutMap = first.out();
    const memory = io({ 'ghep.json': first.files.get('ghep.json') ?? new Uint8Array() });
    expect(await run(['adopt', 'Van phong.xlsx', '--plan', 'ke-hoach.xlsx', '--unit', 'VP', '--map', 'ghep.json', '-o', 'moi.xlsx'], memory)).toBe(0);
    for (const out of [withoutMap, memory.out()]) {
      expect(out).toMatch(/Facebook xã\s*\|\s*1\s*\|/);
      expect(out).toMatch(/Trang TTĐT xã\s*\|\s*2\s*\|/);
    }
    expect(memory.out()).toContain('lấy vào 7 + không lấy được 2');
  });
});
