import { progressOn } from '../../src/cli/progress';
import { run } from '../../src/cli/run';
import { memoryIo } from './memoryIo';
import { output, unitWorkbook } from './workbooks';

let thanhDuc: Uint8Array;
let camGiang: Uint8Array;
beforeAll(async () => {
  thanhDuc = await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC')]);
  camGiang = await unitWorkbook('XCG', [output('2018-04-01', 'Cổng TTĐT tỉnh', 'Tin mới')]);
});

const ERASE = '\u001b[K';

/** The lines a terminal would have shown, in order: each "\r…\x1b[K" rewrite, the erasing ones as ''. */
const shown = (stderr: string): string[] =>
  stderr
    .split('\r')
    .slice(1)
    .map((part) => (part.endsWith(ERASE) ? part.slice(0, -ERASE.length) : part));

describe('progress of cchc consolidate on a terminal', () => {
  test('given standard error is a terminal, says each file read n/N, the consolidation and the write, then erases its line before the summary', async () => {
    const io = memoryIo({ 'don-vi/thanh-duc.xlsx': thanhDuc, 'don-vi/cam-giang.xlsx': camGiang }, { terminalColumns: 100 });
    expect(await run(['consolidate', 'don-vi', '--period', '2018-H1', '-o', 'tong-hop.xlsx'], io)).toBe(0);
    expect(shown(io.err())).toEqual([
      'Đang đọc tệp 1/2: don-vi/cam-giang.xlsx',
      'Đang đọc tệp 2/2: don-vi/thanh-duc.xlsx',
      'Đang tổng hợp 2 tệp…',
      '',
      'Đang ghi tong-hop.xlsx…',
      '',
    ]);
    // The line is gone before the summary: stdout holds only the summary, stderr ends erased.
    expect(io.err().endsWith('\r\u001b[K')).toBe(true);
    expect(io.out()).not.toContain('\r');
    expect(io.out()).toContain('CÁC TỆP (2)');
  });

  test('given --json, says nothing on standard error even on a terminal, and the JSON is one clean line', async () => {
    const io = memoryIo({ 'thanh-duc.xlsx': thanhDuc }, { terminalColumns: 100 });
    expect(await run(['consolidate', 'thanh-duc.xlsx', '--period', '2018-H1', '--json'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out().trim().split('\n')).toHaveLength(1);
  });

  test('given standard error is a pipe or a file, says nothing', async () => {
    const io = memoryIo({ 'thanh-duc.xlsx': thanhDuc });
    expect(await run(['consolidate', 'thanh-duc.xlsx', '--period', '2018-H1'], io)).toBe(0);
    expect(io.err()).toBe('');
  });
});

describe('progress of cchc normalise and cchc report on a terminal', () => {
  test('given a tracker to normalise, says reading, checking and writing, and leaves the line erased', async () => {
    const io = memoryIo({ 'thanh-duc.xlsx': thanhDuc }, { terminalColumns: 100 });
    await run(['normalise', 'thanh-duc.xlsx', '-o', 'chuan.xlsx'], io);
    const lines = shown(io.err()).filter((line) => line !== '');
    expect(lines.slice(0, 2)).toEqual(['Đang đọc thanh-duc.xlsx…', 'Đang kiểm tra các dòng của thanh-duc.xlsx…']);
    expect(io.err().endsWith(`\r${ERASE}`)).toBe(true);
  });

  test('given a report to write, says reading, checking and writing; with --json, nothing', async () => {
    const io = memoryIo({ 'thanh-duc.xlsx': thanhDuc }, { terminalColumns: 100 });
    expect(await run(['report', 'thanh-duc.xlsx', '--period', '2018-H1', '-o', 'bao-cao.docx'], io)).toBe(0);
    expect(shown(io.err()).filter((line) => line !== '')).toEqual([
      'Đang đọc thanh-duc.xlsx…',
      'Đang kiểm tra các dòng của thanh-duc.xlsx…',
      'Đang ghi bao-cao.docx…',
    ]);
    expect(io.err().endsWith(`\r${ERASE}`)).toBe(true);
    const json = memoryIo({ 'thanh-duc.xlsx': thanhDuc }, { terminalColumns: 100 });
    expect(await run(['report', 'thanh-duc.xlsx', '--period', '2018-H1', '--json'], json)).toBe(0);
    expect(json.err()).toBe('');
  });

  test('given a file that cannot be read, the error starts on an erased line, never at the end of the progress line', async () => {
    const io = memoryIo({ 'hong.xlsx': thanhDuc.subarray(0, 100) }, { terminalColumns: 100 });
    expect(await run(['report', 'hong.xlsx', '--period', '2018-H1', '-o', 'bao-cao.docx'], io)).toBe(2);
    expect(io.err()).toMatch(new RegExp(`^\\rĐang đọc hong\\.xlsx…\\u001b\\[K\\r\\u001b\\[KLỗi`));
  });
});

describe('the progress line', () => {
  test('given a narrow terminal, a long line is cut to one column less than its width, so it never wraps', () => {
    const io = memoryIo({}, { terminalColumns: 30 });
    const progress = progressOn(io, 'vi');
    progress.say('cli.progress.reading', { done: 12, total: 30, file: 'Phòng Văn hóa và Thông tin huyện/so-theo-doi-2018.xlsx' });
    const [line] = shown(io.err());
    expect(line).toBe('Đang đọc tệp 12/30: Phòng Vă…');
    expect([...(line ?? '')]).toHaveLength(29);
  });

  test('given English, says it in English with the count agreeing', () => {
    const io = memoryIo({}, { terminalColumns: 80 });
    const progress = progressOn(io, 'en');
    progress.say('cli.progress.consolidating', { files: 1 });
    progress.say('cli.progress.consolidating', { files: 3 });
    progress.done();
    expect(shown(io.err())).toEqual(['Consolidating 1 file…', 'Consolidating 3 files…', '']);
  });

  test('given nothing said, done writes nothing', () => {
    const io = memoryIo({}, { terminalColumns: 80 });
    progressOn(io, 'vi').done();
    expect(io.err()).toBe('');
  });
});
