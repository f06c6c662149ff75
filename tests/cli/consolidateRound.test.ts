import type ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { text } from '../../src/core/layout/cells';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import type { Plan } from '../../src/core/plan/types';
import type { Reminder } from '../../src/core/review/reminders';
import type { FileReviewState } from '../../src/core/review/reviewStates';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { memoryIo, type MemoryIo } from './memoryIo';
import { loadExcel, output, plan, savedAt, unitWorkbook, written } from './workbooks';

/** The part of the JSON this round adds (issue 15). */
interface RoundJson {
  readonly reviews: readonly FileReviewState[];
  readonly reminders: readonly Reminder[];
  readonly files: readonly { readonly file: string; readonly records: number; readonly returned?: true }[];
  readonly reporting: readonly { readonly unit: string; readonly status: string }[];
  readonly conservation: { readonly consolidated: number; readonly duplicates: number; readonly quarantined: number };
}

const withDeadlines: Plan = {
  ...plan,
  units: plan.units.map((u) => (u.code === 'XHT' ? { ...u, emails: ['hiepthanh@godau.gov.vn'] } : u)),
  reportingDuties: [
    ...plan.reportingDuties,
    { from: 'XHT', to: ['Phòng Nội vụ'], frequency: 'half-year', deadline: { kind: 'dayOfLastMonth', day: 15 } },
    { from: 'XTD', to: ['Phòng Nội vụ'], frequency: 'half-year', deadline: { kind: 'dayOfLastMonth', day: 15 } },
  ],
};
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  files = {
    'ke-hoach.xlsx': await renderToBuffer(planToSheet(withDeadlines)),
    'thanh-duc.xlsx': await unitWorkbook('XTD', [
      output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị'),
      [text('32/13/2018'), text('Báo Tây Ninh'), text('Tin'), text('Ngày sai')],
    ]),
    'cam-giang.xlsx': await unitWorkbook('XCG', [output('2018-03-05', 'Báo Tây Ninh', 'Một cửa xã Cẩm Giang')]),
  };
});

const UNITS = ['thanh-duc.xlsx', 'cam-giang.xlsx'];
/** TH Đơn vị of the district workbook `file` the run wrote, to edit as the officer does in Excel; rowOf finds a unit file's row (0 when absent). */
async function unitList(io: MemoryIo, file: string): Promise<{ book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet; rowOf: (unitFile: string) => number }> {
  const book = await loadExcel(written(io.files, file));
  const sheet = book.getWorksheet('TH Đơn vị');
  if (sheet === undefined) throw new Error('no unit list sheet');
  const rowOf = (unitFile: string): number => {
    let found = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(5).value === unitFile) found = number;
    });
    return found;
  };
  return { book, sheet, rowOf };
}

async function consolidate(extra: Record<string, Uint8Array>, ...args: string[]): Promise<{ io: MemoryIo; code: number; json: RoundJson }> {
  const io = memoryIo({ ...files, ...extra });
  const code = await run(['consolidate', ...UNITS, '--plan', 'ke-hoach.xlsx', '--period', '2018-H1', '--json', ...args], io);
  return { io, code, json: JSON.parse(io.out()) as RoundJson };
}

describe('cchc consolidate: the round (issue 15)', () => {
  test("lists each file's proposed review and a reminder, with the plan's deadline and a mailto:, for each unit that has not sent", async () => {
    const { code, json } = await consolidate({});
    expect(code).toBe(0);
    expect(json.reviews.map((r) => [r.unit, r.file, r.state, r.by])).toEqual([
      ['XTD', 'thanh-duc.xlsx', 'needsFix', 'proposed'],
      ['XCG', 'cam-giang.xlsx', 'received', 'proposed'],
    ]);
    const units = json.reminders.map((r) => r.unit);
    expect(units).not.toContain('XTD');
    expect(units).not.toContain('PNV');
    const hiepThanh = json.reminders.find((r) => r.unit === 'XHT');
    expect(hiepThanh).toMatchObject({ reason: 'missing', deadline: '2018-06-15', emails: ['hiepthanh@godau.gov.vn'] });
    expect(hiepThanh?.body).toContain('chậm nhất ngày 15/06/2018');
    expect(hiepThanh?.mailto).toMatch(/^mailto:hiepthanh@godau\.gov\.vn\?subject=/);
    expect(json.reminders.find((r) => r.unit === 'XBD')).toMatchObject({ deadline: null, mailto: null });
  });

  test('judges deadlines on --date, the day the round is dated, not on the machine clock', async () => {
    const before = (await consolidate({}, '--date', '2018-06-10')).json.reminders.find((r) => r.unit === 'XHT');
    const after = (await consolidate({}, '--date', '2018-06-20')).json.reminders.find((r) => r.unit === 'XHT');
    expect(before).toMatchObject({ deadline: '2018-06-15', overdue: false });
    expect(after).toMatchObject({ deadline: '2018-06-15', overdue: true });
    expect(after?.body).toContain('nay đã quá hạn');
  });

  test('without --json, says which units to remind, why, by when and where, after the tables', async () => {
    const io = memoryIo({ ...files });
    expect(await run(['consolidate', ...UNITS, '--plan', 'ke-hoach.xlsx', '--period', '2018-H1', '--date', '2018-06-20'], io)).toBe(0);
    expect(io.out()).toMatch(/CẦN NHẮC \(\d+;/u);
    expect(io.out()).toContain('Xã Hiệp Thạnh: chưa gửi sổ — đã quá hạn gửi 15/06/2018 — hiepthanh@godau.gov.vn');
  });

  test("keeps the officer's states and notes of a district workbook given by --map for the same period, and none for another", async () => {
    const first = await consolidate({}, '-o', 'tong-hop.xlsx');
    const { book, sheet, rowOf } = await unitList(first.io, 'tong-hop.xlsx');
    expect(sheet.getCell(`J${rowOf('thanh-duc.xlsx')}`).value).toBe('Cần sửa');
    expect(sheet.getCell(`J${rowOf('thanh-duc.xlsx')}`).dataValidation).toMatchObject({ type: 'list', formulae: ['$N$3:$N$5'] });
    // The officer picks in Excel: Thạnh Đức returned with a note, a typo on Cẩm Giang.
    sheet.getCell(`J${rowOf('thanh-duc.xlsx')}`).value = 'Trả lại';
    sheet.getCell(`K${rowOf('thanh-duc.xlsx')}`).value = 'Sai ngày ở dòng 4';
    sheet.getCell(`J${rowOf('cam-giang.xlsx')}`).value = 'Xong';
    const edited = new Uint8Array(await book.xlsx.writeBuffer());

    const again = await consolidate({ 'tong-hop-1.xlsx': edited }, '--map', 'tong-hop-1.xlsx', '-o', 'tong-hop-2.xlsx');
    expect(again.code).toBe(0);
    expect(again.io.err()).toContain(`TH Đơn vị!J${rowOf('cam-giang.xlsx')}`);
    expect(again.json.reviews.find((r) => r.file === 'thanh-duc.xlsx')).toMatchObject({ state: 'returned', note: 'Sai ngày ở dòng 4', by: 'officer' });
    expect(again.json.reviews.find((r) => r.file === 'cam-giang.xlsx')).toMatchObject({ state: 'received', by: 'proposed' });
    // "Trả lại": listed with its rows, not counted, the unit said as returned (JSON and text alike).
    const taken = first.json.files.find((f) => f.file === 'thanh-duc.xlsx');
    expect(again.json.files.find((f) => f.file === 'thanh-duc.xlsx')).toEqual(expect.objectContaining({ returned: true, records: taken?.records }));
    const accounted = ({ conservation: c }: RoundJson): number => c.consolidated + c.duplicates + c.quarantined;
    expect(accounted(again.json)).toBe(accounted(first.json) - (taken?.records ?? 0));
    expect(again.json.reporting.find((r) => r.unit === 'XTD')?.status).toBe('returned');
    const text = memoryIo({ ...files, 'tong-hop-1.xlsx': edited });
    await run(['consolidate', ...UNITS, '--plan', 'ke-hoach.xlsx', '--period', '2018-H1', '--map', 'tong-hop-1.xlsx'], text);
    expect(text.out()).toMatch(/Đã trả lại, không tính vào tổng hợp \(1\): Xã Thạnh Đức/u);
    // A district workbook with review states but no reading decisions: said as such, not "Dùng 0 quyết định".
    expect(text.out()).toContain('tong-hop-1.xlsx chưa có quyết định đọc tệp nào');
    expect(text.out()).not.toContain('Dùng 0');
    const next = (await loadExcel(written(again.io.files, 'tong-hop-2.xlsx'))).getWorksheet('TH Đơn vị');
    expect(next?.getCell(`J${rowOf('thanh-duc.xlsx')}`).value).toBe('Trả lại');
    expect(next?.getCell(`K${rowOf('thanh-duc.xlsx')}`).value).toBe('Sai ngày ở dòng 4');
    // The source workbook is only read.
    expect(again.io.files.get('tong-hop-1.xlsx')).toEqual(edited);

    const otherPeriod = memoryIo({ ...files, 'tong-hop-1.xlsx': edited });
    expect(await run(['consolidate', ...UNITS, '--plan', 'ke-hoach.xlsx', '--period', '2018', '--json', '--map', 'tong-hop-1.xlsx'], otherPeriod)).toBe(0);
    const other = JSON.parse(otherPeriod.out()) as RoundJson & { reviewIssues: { code: string; message: string }[] };
    expect(other.reviews.every((r) => r.by === 'proposed')).toBe(true);
    // Not carried, and said once, with why (tester, issue 15: they were dropped silently).
    const said = other.reviewIssues.filter((i) => i.code === 'cli.consolidate.reviewsNotCarried');
    expect(said.map((i) => i.message)).toEqual([
      'Không mang sang 1 trạng thái xem xét của sheet "TH Đơn vị": sheet lập cho kỳ 15/12/2017 – 14/06/2018, lần tổng hợp này là kỳ 15/12/2017 – 14/12/2018. Kỳ mới xem xét lại từ đầu.',
    ]);
    expect(otherPeriod.err().match(/Không mang sang/gu)).toHaveLength(1);
    // The typo on a state not carried is no one's concern in this run (tester, issue 15).
    expect(otherPeriod.err()).not.toContain(`TH Đơn vị!J${rowOf('cam-giang.xlsx')}`);
    expect(other.reviewIssues.map((i) => i.code)).toEqual(['cli.consolidate.reviewsNotCarried']);
  });
});

describe('cchc consolidate: a review is about one version of a file (tester, issue 15)', () => {
  test('a unit that sends its corrected file again under the same name is reviewed afresh: proposed again, no reminder, and the run says so', async () => {
    const firstVersion = savedAt(written(new Map(Object.entries(files)), 'thanh-duc.xlsx'), '2018-06-10T08:00:00Z');
    const first = await consolidate({ 'thanh-duc.xlsx': firstVersion }, '-o', 'tong-hop.xlsx');
    expect(first.json.reviews.find((r) => r.file === 'thanh-duc.xlsx')).toMatchObject({ version: '2018-06-10 08:00:00' });
    const { book, sheet, rowOf } = await unitList(first.io, 'tong-hop.xlsx');
    const row = rowOf('thanh-duc.xlsx');
    expect(sheet.getCell('L2').value).toBe('Bản đã xem xét (giờ lưu)');
    expect(sheet.getCell(`L${row}`).value).toBe('2018-06-10 08:00:00');
    sheet.getCell(`J${row}`).value = 'Trả lại';
    sheet.getCell(`K${row}`).value = 'Sai ngày ở dòng 4';
    const edited = new Uint8Array(await book.xlsx.writeBuffer());

    // The same version again: the officer's "Trả lại" holds, and the unit is owed its file.
    const same = await consolidate({ 'thanh-duc.xlsx': firstVersion, 'tong-hop-1.xlsx': edited }, '--map', 'tong-hop-1.xlsx');
    expect(same.json.reviews.find((r) => r.file === 'thanh-duc.xlsx')).toMatchObject({ state: 'returned', by: 'officer' });
    expect(same.json.reminders.map((r) => r.unit)).toContain('XTD');

    // The corrected file, saved again, sent under the same name.
    const fixed = savedAt(await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị')]), '2018-06-20T09:30:00Z');
    const again = await consolidate({ 'thanh-duc.xlsx': fixed, 'tong-hop-1.xlsx': edited }, '--map', 'tong-hop-1.xlsx');
    expect(again.json.reviews.find((r) => r.file === 'thanh-duc.xlsx')).toEqual({
      unit: 'XTD',
      file: 'thanh-duc.xlsx',
      state: 'received',
      note: '',
      by: 'proposed',
      version: '2018-06-20 09:30:00',
      resent: { state: 'returned', note: 'Sai ngày ở dòng 4', version: '2018-06-10 08:00:00' },
    });
    expect(again.json.reminders.map((r) => r.unit)).not.toContain('XTD');
    expect(again.json.files.find((f) => f.file === 'thanh-duc.xlsx')?.returned).toBeUndefined();
    expect(again.json.reporting.find((r) => r.unit === 'XTD')?.status).toBe('reported');
    const text = memoryIo({ ...files, 'thanh-duc.xlsx': fixed, 'tong-hop-1.xlsx': edited });
    await run(['consolidate', ...UNITS, '--plan', 'ke-hoach.xlsx', '--period', '2018-H1', '--map', 'tong-hop-1.xlsx'], text);
    expect(text.out()).toContain(
      'Xã Thạnh Đức (thanh-duc.xlsx) đã gửi tệp mới (lưu lúc 2018-06-20 09:30:00 UTC), xem xét lại; bản trước (lưu lúc 2018-06-10 08:00:00 UTC) đã ghi "Trả lại"',
    );
  });
});

describe('cchc consolidate: words on TH Đơn vị that are no state (tester, issue 15)', () => {
  test('are an issue in --json, are written back as typed and marked, are never read as the decision, and send no return copy', async () => {
    const first = await consolidate({}, '-o', 'tong-hop.xlsx');
    const { book, sheet, rowOf } = await unitList(first.io, 'tong-hop.xlsx');
    const row = rowOf('thanh-duc.xlsx');
    sheet.getCell(`J${row}`).value = 'Xong rồi';
    sheet.getCell(`K${row}`).value = 'Đã gọi điện';
    const edited = new Uint8Array(await book.xlsx.writeBuffer());

    const again = await consolidate({ 'tong-hop-1.xlsx': edited }, '--map', 'tong-hop-1.xlsx', '-o', 'tong-hop-2.xlsx', '--return-dir', 'tra-lai');
    const json = again.json as RoundJson & { reviewIssues: unknown[]; returned: { copies: unknown[] } };
    expect(json.reviewIssues).toEqual([
      {
        sheet: 'TH Đơn vị',
        cell: `J${row}`,
        severity: 'error',
        code: 'review.issue.badState',
        message: expect.stringContaining('"Xong rồi"') as unknown,
      },
    ]);
    expect(json.reviews.find((r) => r.file === 'thanh-duc.xlsx')).toMatchObject({
      state: 'needsFix',
      by: 'proposed',
      note: 'Đã gọi điện',
      unreadable: 'Xong rồi',
    });
    // Thạnh Đức's file has an error, so it would go back "Cần sửa" as proposed; what the officer meant is not known yet.
    expect(json.returned.copies).toEqual([]);
    expect([...again.io.files.keys()].filter((name) => name.startsWith('tra-lai/'))).toEqual([]);

    const next = (await loadExcel(written(again.io.files, 'tong-hop-2.xlsx'))).getWorksheet('TH Đơn vị');
    expect(next?.getCell(`J${row}`).value).toBe('Xong rồi');
    expect(next?.getCell(`K${row}`).value).toBe('Đã gọi điện');
    expect(next?.getCell(`J${row}`).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    // Read once more, the words are still no decision.
    const third = await consolidate({ 'tong-hop-2.xlsx': written(again.io.files, 'tong-hop-2.xlsx') }, '--map', 'tong-hop-2.xlsx');
    expect(third.json.reviews.find((r) => r.file === 'thanh-duc.xlsx')).toMatchObject({ by: 'proposed', unreadable: 'Xong rồi' });
    expect(third.io.err()).toContain(`TH Đơn vị!J${row}`);
  });
});

describe('cchc consolidate: a 0-byte file (tester, issue 15)', () => {
  test('is proposed "Trả lại", not "Cần sửa" (nothing in it to fix), the unit is reminded, and the next run does not take the proposal for the officer\'s', async () => {
    const empty = { 'phuoc-dong.xlsx': new Uint8Array(0) };
    const args = ['phuoc-dong.xlsx', '--unit-of', 'phuoc-dong.xlsx=XPD', '--date', '2018-06-20'];
    const first = await consolidate(empty, ...args, '-o', 'tong-hop.xlsx', '--return-dir', 'tra-lai');
    expect(first.json.reviews.find((r) => r.file === 'phuoc-dong.xlsx')).toMatchObject({ unit: 'XPD', state: 'returned', by: 'proposed' });
    expect(first.json.reminders.map((r) => r.unit)).toContain('XPD');
    expect([...first.io.files.keys()].filter((name) => name.includes('phuoc-dong ('))).toEqual([]);
    const again = await consolidate({ ...empty, 'tong-hop.xlsx': written(first.io.files, 'tong-hop.xlsx') }, ...args, '--map', 'tong-hop.xlsx');
    expect(again.json.reviews.find((r) => r.file === 'phuoc-dong.xlsx')).toMatchObject({ state: 'returned', by: 'proposed' });
  });
});

describe('cchc consolidate: files set aside are recorded in the district workbook (tester, issue 15)', () => {
  test("TH Đơn vị lists a unit's older file and the folder's files not read (a .pdf, Excel's lock file), each with why, and none is reviewed", async () => {
    const older = savedAt(await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị')]), '2018-05-01T08:00:00Z');
    const newer = savedAt(await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị')]), '2018-06-01T08:00:00Z');
    const io = memoryIo(
      {
        'ke-hoach.xlsx': written(new Map(Object.entries(files)), 'ke-hoach.xlsx'),
        'don-vi/thanh-duc.xlsx': newer,
        'don-vi/cu/thanh-duc-cu.xlsx': older,
        'don-vi/cong-van.pdf': new Uint8Array([37, 80, 68, 70]),
        'don-vi/~$thanh-duc.xlsx': new Uint8Array([0, 1]),
      },
      { folders: ['don-vi', 'don-vi/cu'] },
    );
    expect(await run(['consolidate', 'don-vi', '--plan', 'ke-hoach.xlsx', '--period', '2018-H1', '-o', 'tong-hop.xlsx'], io)).toBe(0);
    const sheet = (await loadExcel(written(io.files, 'tong-hop.xlsx'))).getWorksheet('TH Đơn vị');
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push([4, 5, 9, 10].map((c) => row.getCell(c).text)));
    expect(rows.find((r) => r[1] === 'don-vi/cu/thanh-duc-cu.xlsx')).toEqual([
      'Không dùng (đã có tệp mới hơn)',
      'don-vi/cu/thanh-duc-cu.xlsx',
      expect.stringContaining('don-vi/thanh-duc.xlsx') as unknown,
      '',
    ]);
    expect(rows.find((r) => r[1] === 'don-vi/cong-van.pdf')).toEqual([
      'Bỏ qua (không đọc)',
      'don-vi/cong-van.pdf',
      expect.stringContaining('không phải tệp bảng tính') as unknown,
      '',
    ]);
    expect(rows.find((r) => r[1] === 'don-vi/~$thanh-duc.xlsx')?.[2]).toContain('tệp khóa tạm');
    // The next run reads no review from those rows.
    const again = memoryIo({ ...Object.fromEntries(io.files) }, { folders: ['don-vi', 'don-vi/cu'] });
    expect(await run(['consolidate', 'don-vi', '--plan', 'ke-hoach.xlsx', '--period', '2018-H1', '--map', 'tong-hop.xlsx', '--json'], again)).toBe(0);
    expect((JSON.parse(again.out()) as RoundJson & { reviewIssues: unknown[] }).reviewIssues).toEqual([]);
    expect((JSON.parse(again.out()) as RoundJson).reviews.every((r) => r.by === 'proposed')).toBe(true);
  });
});
