import type { ReportJson } from '../../src/cli/commands/report';
import { run } from '../../src/cli/run';
import { countedThrough, countedUpTo } from '../../src/core/progress/countingWindow';
import type { OutputRecord, SpendingRecord } from '../../src/core/records/types';
import { memoryIo } from './memoryIo';
import { loadExcel, output, unitWorkbook, written } from './workbooks';

/**
 * count13n defect 1 (try13m D2): a report dated inside its period counts nothing dated after that day, in the unit's
 * report, the consolidation (--json, TH Tiến độ, TH Đơn vị) and the report of the consolidated workbook alike. The row
 * stays listed on TH Tin bài, "Thuộc kỳ" = "Không", and TH Đơn vị says how many such rows the file has. Counted by eye:
 * Thạnh Đức has three Báo Tây Ninh news, on 05/03, 01/06 and 10/06/2018; a first-half report (15/12/2017–14/06/2018,
 * Nghị định 09's cut-off) dated 05/06 counts two, one dated 14/06 all three.
 */

/** What these tests read of a target in `report --json` and `consolidate --json` (both print these fields alike). */
type TargetJson = Pick<ReportJson['targets'][number], 'id' | 'achieved' | 'yearToDate'>;

let files: Record<string, Uint8Array>;
beforeAll(async () => {
  files = {
    'thanh-duc.xlsx': await unitWorkbook('XTD', [
      output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC'),
      output('2018-06-01', 'Báo Tây Ninh', 'Một cửa liên thông'),
      output('2018-06-10', 'Báo Tây Ninh', 'Tin hẹn đăng sau ngày báo cáo'),
    ]),
  };
});

const btn = (targets: readonly TargetJson[]): Pick<TargetJson, 'achieved' | 'yearToDate'> | undefined => {
  const found = targets.find((t) => t.id === 'III.1.a');
  return found === undefined ? undefined : { achieved: found.achieved, yearToDate: found.yearToDate };
};

describe('a report counts up to its date (count13n defect 1)', () => {
  test("the unit's own report dated 05/06 counts the two news up to that day, and all three dated 14/06", async () => {
    for (const [day, expected] of [
      ['05/06/2018', 2],
      ['14/06/2018', 3],
    ] as const) {
      const io = memoryIo({ ...files }, { today: '2018-07-05' });
      const code = await run(['report', 'thanh-duc.xlsx', '--period', '2018-H1', '--date', day, '--json'], io);
      expect(code).toBe(0);
      expect(btn((JSON.parse(io.out()) as { targets: TargetJson[] }).targets)).toEqual({ achieved: expected, yearToDate: expected });
    }
  });

  test('the consolidation dated 05/06 counts two in --json and on TH Tiến độ, lists the third on TH Tin bài as not in the period, and TH Đơn vị says so', async () => {
    const io = memoryIo({ ...files }, { today: '2018-07-05' });
    const code = await run(['consolidate', 'thanh-duc.xlsx', '--period', '2018-H1', '--date', '05/06/2018', '--json', '-o', 'th.xlsx'], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.out()) as { targets: TargetJson[]; files: { file: string; afterReportDate?: number }[] };
    expect(btn(json.targets)).toEqual({ achieved: 2, yearToDate: 2 });
    // The file says how many of its rows were left out for being after the report's date.
    expect(json.files.find((f) => f.file === 'thanh-duc.xlsx')?.afterReportDate).toBe(1);
    const book = await loadExcel(written(io.files, 'th.xlsx'));
    const records = book.getWorksheet('TH Tin bài');
    const units = book.getWorksheet('TH Đơn vị');
    const progress = book.getWorksheet('TH Tiến độ');
    if (records === undefined || units === undefined || progress === undefined) throw new Error('a TH sheet is missing');
    const rowText = (row: { values: unknown }): string =>
      Array.isArray(row.values) ? row.values.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ''))).join('|') : '';
    const listed: string[] = [];
    records.eachRow((row) => listed.push(rowText(row)));
    expect(listed.filter((r) => r.includes('Tin hẹn đăng sau ngày báo cáo'))).toEqual([expect.stringContaining('|Không')]);
    expect(listed.filter((r) => r.includes('Một cửa liên thông'))).toEqual([expect.stringContaining('|Có')]);
    const unitRows: string[] = [];
    units.eachRow((row) => unitRows.push(rowText(row)));
    expect(unitRows.find((r) => r.includes('thanh-duc.xlsx'))).toContain('1 dòng có ngày sau ngày báo cáo (05/06/2018), không tính vào kỳ này');
    const progressRows: string[] = [];
    progress.eachRow((row) => progressRows.push(rowText(row)));
    const line = progressRows.find((r) => r.includes('Tin đăng trên Báo Tây Ninh'));
    expect(line).toMatch(/\|2\|/);
    expect(line).not.toMatch(/\|3\|/);

    // The district report made later from the consolidated workbook, on the same date: the same two.
    const again = memoryIo({ 'th.xlsx': written(io.files, 'th.xlsx') }, { today: '2018-07-05' });
    expect(await run(['report', 'th.xlsx', '--period', '2018-H1', '--date', '05/06/2018', '--json'], again)).toBe(0);
    expect(btn((JSON.parse(again.out()) as { targets: TargetJson[] }).targets)).toEqual({ achieved: 2, yearToDate: 2 });
  });
});

describe('countingWindow', () => {
  const half = { from: '2018-01-01', to: '2018-06-30' };
  const row = (date: string | null): OutputRecord => ({
    source: { file: 'f', sheet: 'Tin bài', row: 1 },
    date,
    channel: 'BTN',
    form: 'TIN',
    title: 't',
    link: '',
    unit: 'XTD',
    note: '',
  });
  const spent = (date: string): SpendingRecord => ({
    source: { file: 'f', sheet: 'Kinh phí', row: 1 },
    date,
    content: 'c',
    amount: 100,
    fundingSource: 'NS',
    unit: 'XTD',
    note: '',
  });

  test('ends on the report date inside the period, else on its last day', () => {
    expect(countedThrough(half, '2018-06-15')).toBe('2018-06-15');
    expect(countedThrough(half, '2018-07-05')).toBe('2018-06-30');
    expect(countedThrough(half, '2018-06-30')).toBe('2018-06-30');
    expect(countedThrough(half, undefined)).toBe('2018-06-30');
  });

  test('leaves out outputs and Kinh phí rows after the report date, keeps undated ones and earlier ones, and returns the same records when none is', () => {
    const records = { outputs: [row('2018-06-15'), row('2018-06-16'), row(null)], spending: [spent('2018-02-01'), spent('2018-06-20')], standing: [] };
    const counted = countedUpTo(records, half, '2018-06-15');
    expect(counted.outputs.map((r) => r.date)).toEqual(['2018-06-15', null]);
    expect(counted.spending.map((r) => r.date)).toEqual(['2018-02-01']);
    expect(countedUpTo(records, half, '2018-07-10')).toBe(records);
  });
});
