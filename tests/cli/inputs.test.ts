import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsolidationJson } from '../../src/cli/commands/consolidateOutput';
import { endQuietlyOnClosedPipe } from '../../src/cli/closedPipe';
import { expandInputs, gatherInputs } from '../../src/cli/inputs';
import { nodeIo } from '../../src/cli/nodeIo';
import { run } from '../../src/cli/run';
import { memoryIo } from './memoryIo';
import { output, unitWorkbook } from './workbooks';

let thanhDuc: Uint8Array;
let camGiang: Uint8Array;
beforeAll(async () => {
  thanhDuc = await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC')]);
  camGiang = await unitWorkbook('XCG', [output('2018-04-01', 'Cổng TTĐT tỉnh', 'Tin mới')]);
});

async function consolidateJson(io: ReturnType<typeof memoryIo>, args: string[]): Promise<{ code: number; json: ConsolidationJson | null }> {
  const code = await run(['consolidate', '--period', '2018-H1', '--json', ...args], io);
  return { code, json: code === 0 ? (JSON.parse(io.out()) as ConsolidationJson) : null };
}

const lines = (json: ConsolidationJson | null): [string, string, string | null][] => (json?.files ?? []).map((f) => [f.file, f.status, f.unit]);

describe('every input path is its own line', () => {
  test('given a folder, its spreadsheets and those of its sub-folders are read with the folder in their names, every other file listed as skipped with its reason', async () => {
    const io = memoryIo({
      'td/Bao cao.xlsx': thanhDuc,
      'td/~$Bao cao.xlsx': new Uint8Array([1]),
      'td/.cchc-0a1b.tmp': new Uint8Array([1]),
      'td/ghi-chu.txt': new Uint8Array([1]),
      'td/cg/Cam Giang.xlsx': camGiang,
      'td/cg/scan.pdf': new Uint8Array([1]),
    });
    const code = await run(['consolidate', '--period', '2018-H1', '--json', 'td'], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.out()) as ConsolidationJson & { skipped: { file: string; reason: string }[] };
    expect(lines(json)).toEqual([
      ['td/Bao cao.xlsx', 'ok', 'XTD'],
      ['td/cg/Cam Giang.xlsx', 'ok', 'XCG'],
    ]);
    expect(json.skipped.map((s) => s.file)).toEqual(['td/.cchc-0a1b.tmp', 'td/~$Bao cao.xlsx', 'td/cg/scan.pdf', 'td/ghi-chu.txt']);
    expect(json.skipped.find((s) => s.file === 'td/~$Bao cao.xlsx')?.reason).toContain('tệp khóa tạm của Excel');
    expect(json.skipped.find((s) => s.file === 'td/cg/scan.pdf')?.reason).toContain('không phải tệp bảng tính');
  });

  test('given a folder that also holds the plan workbook given with --plan, lists the plan as not read, not as a file of an unknown unit', async () => {
    const withPlan = async () => {
      const io = memoryIo({ 'td/Bao cao.xlsx': thanhDuc, 'td/cg/Cam Giang.xlsx': camGiang });
      expect(await run(['plan', 'export', '-o', 'td/ke-hoach.xlsx'], io)).toBe(0);
      return memoryIo(Object.fromEntries(io.files));
    };
    for (const plan of ['td/ke-hoach.xlsx', 'td/cg/../ke-hoach.xlsx']) {
      const { code, json } = await consolidateJson(await withPlan(), ['td', '--plan', plan]);
      expect(code).toBe(0);
      expect(lines(json)).toEqual([
        ['td/Bao cao.xlsx', 'ok', 'XTD'],
        ['td/cg/Cam Giang.xlsx', 'ok', 'XCG'],
      ]);
      const skipped = (json as ConsolidationJson & { skipped: { file: string; reason: string }[] }).skipped;
      expect(skipped).toEqual([{ file: 'td/ke-hoach.xlsx', reason: 'tệp kế hoạch dùng cho lần tổng hợp này (--plan), không phải sổ theo dõi của đơn vị' }]);
    }
    // Without --plan it is a workbook like the others, told as such.
    const { json } = await consolidateJson(await withPlan(), ['td']);
    expect(json?.files.map((f) => f.file)).toContain('td/ke-hoach.xlsx');
  });

  test('given a folder with a skipped file, the summary for the officer lists it under its own heading', async () => {
    const io = memoryIo({ 'td/Bao cao.xlsx': thanhDuc, 'td/ghi-chu.docx': new Uint8Array([1]) });
    expect(await run(['consolidate', '--period', '2018-H1', 'td'], io)).toBe(0);
    expect(io.out()).toContain('CÁC TỆP TRONG THƯ MỤC KHÔNG ĐỌC (1)\n  td/ghi-chu.docx — không phải tệp bảng tính');
  });

  test('given a folder holding a link back to itself, each folder is walked once', async () => {
    const io = memoryIo({ 'td/Bao cao.xlsx': thanhDuc }, { symlinks: { 'td/vong': 'td' } });
    expect(await expandInputs(io, ['td'])).toEqual([{ kind: 'file', file: 'td/Bao cao.xlsx' }]);
  });

  test('given .xls and .ods files in a folder, they are read (their line says how to save them as .xlsx), .xlsb and .csv are skipped', async () => {
    const io = memoryIo({
      'd/a.xls': new Uint8Array([1]),
      'd/b.ods': new Uint8Array([1]),
      'd/c.xlsm': new Uint8Array([1]),
      'd/d.csv': new Uint8Array([1]),
      'd/e.xlsb': new Uint8Array([1]),
    });
    const { lines: found, skipped } = await gatherInputs(io, ['d']);
    expect(found.map((l) => l.file)).toEqual(['d/a.xls', 'd/b.ods', 'd/c.xlsm']);
    expect(skipped).toEqual([
      { file: 'd/d.csv', reason: 'notSpreadsheet' },
      { file: 'd/e.xlsb', reason: 'notSpreadsheet' },
    ]);
  });

  test('given a folder named after the unit, the name of each file keeps the folder, which is what unit recognition reads', async () => {
    const io = memoryIo({ 'thanh-duc/so-theo-doi.xlsx': await unitWorkbook('XTD', []) });
    expect(await expandInputs(io, ['thanh-duc'])).toEqual([{ kind: 'file', file: 'thanh-duc/so-theo-doi.xlsx' }]);
  });

  test('given a folder with no spreadsheet, an unreadable file, a missing path and a good file, the good file is consolidated and each other path has its line', async () => {
    const io = memoryIo({ 'thanh-duc.xlsx': thanhDuc, 'cam-giang.xlsx': camGiang, 'trong/ghi-chu.txt': new Uint8Array([1]) }, { noAccess: ['cam-giang.xlsx'] });
    const { code, json } = await consolidateJson(io, ['thanh-duc.xlsx', 'trong', 'cam-giang.xlsx', 'khong-co.xlsx']);
    expect(code).toBe(0);
    expect(lines(json)).toEqual([
      ['thanh-duc.xlsx', 'ok', 'XTD'],
      ['trong', 'rejected', null],
      // Unreadable, but its name says whose it is: sent, not usable.
      ['cam-giang.xlsx', 'rejected', 'XCG'],
      ['khong-co.xlsx', 'rejected', null],
    ]);
    const reasons = json?.files.map((f) => f.reason ?? '');
    expect(reasons?.[1]).toContain('Thư mục không có tệp bảng tính');
    expect(reasons?.[2]).toContain('Không có quyền đọc');
    expect(reasons?.[3]).toContain('Không có tệp hoặc thư mục này');
  });

  test('given a file that vanishes between listing and reading, it is a line and the others go on', async () => {
    const io = memoryIo({ 'thanh-duc.xlsx': thanhDuc, 'cam-giang.xlsx': camGiang });
    const vanishing = {
      ...io,
      stat: (path: string) => (path === 'cam-giang.xlsx' ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) : io.stat(path)),
    };
    const code = await run(['consolidate', '--period', '2018-H1', '--json', 'thanh-duc.xlsx', 'cam-giang.xlsx'], vanishing);
    expect(code).toBe(0);
    const json = JSON.parse(io.out()) as ConsolidationJson;
    expect(lines(json)).toEqual([
      ['thanh-duc.xlsx', 'ok', 'XTD'],
      ['cam-giang.xlsx', 'rejected', 'XCG'],
    ]);
    expect(json.files[1]?.reason).toContain('bị xóa hoặc chuyển đi');
  });

  test('given a file that is not .xlsx, it is a line with what it looks like', async () => {
    const io = memoryIo({ 'thanh-duc.xlsx': thanhDuc, 'bao-cao.docx': new TextEncoder().encode('chỉ là chữ') });
    const { json } = await consolidateJson(io, ['thanh-duc.xlsx', 'bao-cao.docx']);
    expect(json?.files[1]).toMatchObject({ file: 'bao-cao.docx', status: 'rejected' });
    expect(json?.files[1]?.reason).toContain('Không phải tệp Excel .xlsx');
  });

  test('given only paths that name nothing, the run is bad usage (exit 2) naming each', async () => {
    const io = memoryIo({});
    expect(await run(['consolidate', 'a.xlsx', 'don-vi/*.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('Không tìm thấy tệp "a.xlsx"');
    expect(io.err()).toContain('Không tìm thấy tệp "don-vi/*.xlsx"');
  });

  test('given a pattern the shell did not expand (cmd.exe), the command expands it itself', async () => {
    const io = memoryIo({ 'don-vi/thanh-duc.xlsx': thanhDuc, 'don-vi/cam-giang.xlsx': camGiang, 'khac/x.xlsx': thanhDuc });
    const { json } = await consolidateJson(io, ['don-vi/*.xlsx']);
    expect(lines(json)).toEqual([
      ['don-vi/cam-giang.xlsx', 'ok', 'XCG'],
      ['don-vi/thanh-duc.xlsx', 'ok', 'XTD'],
    ]);
  });

  test('given the same file twice (by a folder and by name), it is read once', async () => {
    const io = memoryIo({ 'don-vi/thanh-duc.xlsx': thanhDuc });
    expect(await expandInputs(io, ['don-vi', 'don-vi/thanh-duc.xlsx'])).toEqual([{ kind: 'file', file: 'don-vi/thanh-duc.xlsx' }]);
  });
});

describe('file names that look like options', () => {
  test('after "--", a unit file named "-o.xlsx" is consolidated', async () => {
    const io = memoryIo({ '-o.xlsx': thanhDuc });
    const { code, json } = await consolidateJson(io, ['--', '-o.xlsx']);
    expect(code).toBe(0);
    expect(lines(json)).toEqual([['-o.xlsx', 'ok', 'XTD']]);
  });

  test('before "--", "-o.xlsx" that is an existing file is refused with the way to pass it, never silently left out', async () => {
    const io = memoryIo({ '-o.xlsx': thanhDuc, 'cam-giang.xlsx': camGiang });
    expect(await run(['consolidate', 'cam-giang.xlsx', '-o.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('cchc consolidate -- "-o.xlsx"');
    expect([...io.files.keys()].sort()).toEqual(['-o.xlsx', 'cam-giang.xlsx']);
  });
});

describe('on the real file system', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-inputs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('tinyglobby expands an absolute pattern; a folder gives its spreadsheets sorted in Vietnamese order', async () => {
    mkdirSync(join(dir, 'don vi'));
    for (const name of ['Xã Thạnh Đức.xlsx', 'Cẩm Giang.xlsx', 'ghi chú.txt', 'Bàu Đồn.xlsm']) writeFileSync(join(dir, 'don vi', name), 'x');
    const io = nodeIo();
    expect(await expandInputs(io, [join(dir, 'don vi', '*.xlsx')])).toEqual([
      { kind: 'file', file: join(dir, 'don vi', 'Cẩm Giang.xlsx') },
      { kind: 'file', file: join(dir, 'don vi', 'Xã Thạnh Đức.xlsx') },
    ]);
    expect((await expandInputs(io, [join(dir, 'don vi')])).map((l) => l.file)).toEqual(
      ['Bàu Đồn.xlsm', 'Cẩm Giang.xlsx', 'Xã Thạnh Đức.xlsx'].map((n) => join(dir, 'don vi', n)),
    );
  });

  test('a file whose name looks like a pattern is taken as it is', async () => {
    writeFileSync(join(dir, 'Báo cáo [2018].xlsx'), 'x');
    expect(await expandInputs(nodeIo(), [join(dir, 'Báo cáo [2018].xlsx')])).toEqual([{ kind: 'file', file: join(dir, 'Báo cáo [2018].xlsx') }]);
  });
});

describe('a closed pipe', () => {
  test('EPIPE on stdout ends quietly with exit 0', () => {
    const stream = new EventEmitter();
    const exit = jest.fn();
    endQuietlyOnClosedPipe(stream, exit);
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exit).toHaveBeenCalledWith(0);
  });

  test('any other stream error is not swallowed', () => {
    const stream = new EventEmitter();
    const exit = jest.fn();
    endQuietlyOnClosedPipe(stream, exit);
    expect(() => stream.emit('error', Object.assign(new Error('EIO'), { code: 'EIO' }))).toThrow('EIO');
    expect(exit).not.toHaveBeenCalled();
  });
});

describe('an Excel lock file among the inputs', () => {
  test('given "~$thanh-duc.xlsx" (Excel has the workbook open), it is nobody\'s report and says what it is', async () => {
    const io = memoryIo({ 'thanh-duc.xlsx': thanhDuc, '~$thanh-duc.xlsx': new Uint8Array([6, 78, 103, 117, 121]) });
    const { code, json } = await consolidateJson(io, ['thanh-duc.xlsx', '~$thanh-duc.xlsx']);
    expect(code).toBe(0);
    expect(lines(json)).toEqual([
      ['thanh-duc.xlsx', 'ok', 'XTD'],
      ['~$thanh-duc.xlsx', 'rejected', null],
    ]);
    expect(json?.files[1]?.reason).toContain('tệp khóa tạm của Excel');
  });
});
