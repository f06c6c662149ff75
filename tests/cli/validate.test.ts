import { run } from '../../src/cli/run';
import type { ValidationJson } from '../../src/cli/commands/validate';
import { text } from '../../src/core/layout/cells';
import { thanhDucTracker } from '../fixtures/trackers/makeTrackers';
import { memoryIo } from './memoryIo';
import { output, unitWorkbook } from './workbooks';

let clean: Uint8Array;
let withErrors: Uint8Array;
let withWarnings: Uint8Array;
beforeAll(async () => {
  clean = await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC')]);
  withErrors = await unitWorkbook('XTD', [
    output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC'),
    [text('31/02/2018'), text('Báo Tây Ninh'), text('Tin'), text('Ngày không có thật')],
    output('2018-03-07', 'Báo Nhân Dân', 'Kênh không có trong kế hoạch'),
  ]);
  // dated after the first half: a warning when checking the first half, nothing otherwise
  withWarnings = await unitWorkbook('XTD', [output('2018-07-02', 'Báo Tây Ninh', 'Tin tháng 7')]);
});

async function validate(bytes: Uint8Array, ...args: string[]) {
  const io = memoryIo({ 'so.xlsx': bytes });
  const code = await run(['validate', 'so.xlsx', ...args], io);
  return { io, code };
}

describe('cchc validate', () => {
  test('a clean workbook exits 0 and says so', async () => {
    const { io, code } = await validate(clean);
    expect(code).toBe(0);
    expect(io.out()).toBe('so.xlsx: không có lỗi, không có cảnh báo.\n');
  });

  test('warnings alone still exit 0', async () => {
    const { io, code } = await validate(withWarnings, '--period', '2018-H1');
    expect(code).toBe(0);
    expect(io.out()).toContain('so.xlsx: không có lỗi, 1 cảnh báo.');
    expect(io.out()).toMatch(/^ {2}Cảnh báo Tin bài!A\d+: /m);
  });

  test('--date checks as of that day, as report and consolidate take it (try13m D7): a row of 02/07 is "after today" on 10/06, not on 31/12', async () => {
    const codes = async (...args: string[]) => {
      const { io, code } = await validate(withWarnings, '--json', ...args);
      expect(code).toBe(0);
      return (JSON.parse(io.out()) as ValidationJson).issues.map((found) => found.code);
    };
    expect(await codes()).toContain('validation.date.future');
    expect(await codes('--date', '31/12/2018')).not.toContain('validation.date.future');
    expect(await codes('--date', '2018-06-30')).toContain('validation.date.future');
    const { io, code } = await validate(withWarnings, '--date', '31/13/2018');
    expect(code).not.toBe(0);
    expect(io.err()).toContain('31/13/2018');
  });

  test('errors exit 1, listed under their sheet with sheet!cell and severity', async () => {
    const { io, code } = await validate(withErrors);
    expect(code).toBe(1);
    const lines = io.out().split('\n');
    expect(lines[0]).toBe('Sheet "Tin bài": 2 lỗi, 0 cảnh báo');
    expect(lines[1]).toMatch(/^ {2}Lỗi Tin bài!A\d+: .*31\/02\/2018/);
    expect(lines[2]).toMatch(/^ {2}Lỗi Tin bài!B\d+: .*Báo Nhân Dân/);
    expect(io.out()).toContain('so.xlsx: 2 lỗi, 0 cảnh báo.');
  });

  test('--json prints the file, the counts and each issue with its code, severity, sheet, cell and message', async () => {
    const { io, code } = await validate(withErrors, '--json', '--lang', 'en');
    expect(code).toBe(1);
    const json = JSON.parse(io.out()) as ValidationJson;
    expect(Object.keys(json)).toEqual(['file', 'counts', 'issues']);
    expect(json.file).toBe('so.xlsx');
    expect(json.counts).toEqual({ error: 2, warning: 0 });
    expect(json.issues).toHaveLength(2);
    for (const found of json.issues) {
      expect(Object.keys(found)).toEqual(['code', 'severity', 'sheet', 'cell', 'message']);
      expect(found).toMatchObject({ severity: 'error', sheet: 'Tin bài', cell: expect.stringMatching(/^[A-Z]+\d+$/) as unknown });
    }
    expect(json.issues[0]?.code).toBe('validation.date.notADate');
    expect(json.issues[0]?.message).toContain('cannot be read as a date');
  });

  test('an office tracker is checked under its own headers; its unit is read from its title rows as Tổng hợp reads it, or given with --unit', async () => {
    const tracker = await thanhDucTracker();
    const without = await validate(tracker, '--json');
    const withUnit = await validate(tracker, '--json', '--unit', 'Thạnh Đức');
    const codes = (out: string): string[] => (JSON.parse(out) as ValidationJson).issues.map((i) => i.code);
    // "UBND XÃ THẠNH ĐỨC" in the title rows says whose rows they are (a new user was told the tracker named no unit).
    expect(codes(without.io.out())).not.toContain('validation.table.unknownOwner');
    expect(codes(withUnit.io.out())).not.toContain('validation.table.unknownOwner');
    expect(withUnit.code).toBe(1);
  });

  test.each([
    ['an empty file', new Uint8Array(), 'rỗng (0 byte)'],
    ['a CSV renamed .xlsx', new TextEncoder().encode('Ngày,Tiêu đề,Kênh\n05/03/2018,Hội nghị,TTĐT\n'), 'tệp văn bản, CSV'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), '.xls'],
    ['a truncated file', null, 'bị cắt cụt'],
    [
      'a password-protected file',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0])]),
      'mật khẩu',
    ],
  ])('%s exits 2 and says why', async (_what, bytes, message) => {
    const { io, code } = await validate(bytes ?? clean.subarray(0, Math.floor(clean.length / 2)));
    expect(code).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain(message);
  });

  test('a bad --period is bad usage', async () => {
    const { io, code } = await validate(clean, '--period', '2018-Q5');
    expect(code).toBe(2);
    expect(io.err()).toContain('quý "5"');
  });
});
