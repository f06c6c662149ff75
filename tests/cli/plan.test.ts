import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { readPlanFromSheets } from '../../src/core/plan/planSheetReader';
import { address } from '../../src/core/layout/a1';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { writeBuffer } from '../../src/xlsx/renderWorkbook';
import { memoryIo } from './memoryIo';

async function exported(): Promise<Uint8Array> {
  const io = memoryIo();
  expect(await run(['plan', 'export', '-o', 'ke-hoach.xlsx'], io)).toBe(0);
  const bytes = io.files.get('ke-hoach.xlsx');
  if (!bytes) throw new Error('nothing written');
  return bytes;
}

/** Finds the cell holding `text` on the first sheet; returns its 1-based row and column. */
async function edit(bytes: Uint8Array, change: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  change(ws);
  return writeBuffer(wb);
}

function find(ws: ExcelJS.Worksheet, text: string): { row: number; column: number } {
  let found: { row: number; column: number } | null = null;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!found && cell.value === text) found = { row: r, column: c };
    }),
  );
  if (!found) throw new Error(`no cell holds ${text}`);
  return found;
}

describe('cchc plan show', () => {
  test('lists the five counted targets of 116/KH-UBND with their minimums 10, 3, 10, 10, 20', async () => {
    const io = memoryIo();
    expect(await run(['plan', 'show'], io)).toBe(0);
    const rows = io
      .out()
      .split('\n')
      .filter((line) => /^\| III\.1\.[a-e] /.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((cells) => [cells[1], cells[5]])).toEqual([
      ['III.1.a', '10'],
      ['III.1.b', '3'],
      ['III.1.c', '10'],
      ['III.1.d', '10'],
      ['III.1.e', '20'],
    ]);
    expect(io.err()).toBe('');
  });

  test.each([
    ['identity', '116/KH-UBND'],
    ['identity date', '06/06/2018'],
    ['units with level', '| XTD   | Xã Thạnh Đức'],
    ['unit level words', 'Bộ phận một cửa'],
    ['channels', 'Cổng thông tin điện tử tỉnh'],
    ['standing items', 'III.2.c4'],
    ['funding sources', 'KP-HUYEN'],
    ['reporting duties', '6 tháng'],
    ['forms', 'Phóng sự'],
    ['responsibilities', 'Căn cứ chức năng, nhiệm vụ chủ động thực hiện kế hoạch'],
    ['recipients', 'Sở Nội vụ; UBND huyện; Lưu: VT, NV'],
    ['the reporting body', 'Đơn vị tổng hợp báo cáo : Phòng Nội vụ'],
    ['a commune level as its reports print it', 'ỦY BAN NHÂN DÂN / THỊ TRẤN GÒ DẦU'],
    ['a commune level signed on behalf of the committee', 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH'],
    ['the reception office as the plan’s government words it', 'Bộ phận tiếp nhận và trả kết quả'],
  ])('prints %s', async (_what, expected) => {
    const io = memoryIo();
    await run(['plan', 'show'], io);
    expect(io.out()).toContain(expected);
  });

  test('speaks English with --lang en', async () => {
    const io = memoryIo();
    expect(await run(['plan', 'show', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('COUNTED TARGETS (5)');
    expect(io.out()).toContain('Whole plan');
  });

  test('reads the plan from an exported workbook and prints the same tables', async () => {
    const io = memoryIo({ 'kh.xlsx': await exported() });
    const fromDefault = memoryIo();
    await run(['plan', 'show'], fromDefault);
    expect(await run(['plan', 'show', '--plan', 'kh.xlsx'], io)).toBe(0);
    expect(io.out()).toBe(fromDefault.out());
  });

  test('a malformed plan sheet exits 1 and names every bad cell', async () => {
    let minimumCell = '';
    const bytes = await edit(await exported(), (ws) => {
      const target = find(ws, 'III.1.e');
      const header = find(ws, 'Tối thiểu');
      minimumCell = address(target.row, header.column);
      ws.getCell(minimumCell).value = 'hai mươi';
    });
    const io = memoryIo({ 'kh.xlsx': bytes });
    expect(await run(['plan', 'show', '--plan', 'kh.xlsx'], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('kh.xlsx');
    expect(io.err()).toContain(`Kế hoạch!${minimumCell}`);
    expect(io.err()).toContain('hai mươi');
  });

  test('a workbook without a plan sheet exits 1', async () => {
    const bytes = await edit(await exported(), (ws) => {
      ws.name = 'Khác';
    });
    const io = memoryIo({ 'kh.xlsx': bytes });
    expect(await run(['plan', 'show', '--plan', 'kh.xlsx'], io)).toBe(1);
    expect(io.err()).toContain('Không tìm thấy sheet "Kế hoạch"');
  });

  test('a missing file exits 2 with a clear message', async () => {
    const io = memoryIo();
    expect(await run(['plan', 'show', '--plan', 'khong-co.xlsx'], io)).toBe(2);
    expect(io.err()).toBe('Lỗi: Không tìm thấy tệp "khong-co.xlsx".\n');
  });

  test.each([
    ['a CSV', new TextEncoder().encode('Mã;Tên\nVP;Văn phòng\n'), 'không phải bảng tính .xlsx (có vẻ là tệp văn bản, CSV)'],
    ['an empty file', new Uint8Array(), 'rỗng (0 byte)'],
    ['a truncated file', null, 'bị cắt cụt'],
  ])('%s as --plan exits 2', async (_what, given, message) => {
    const bytes = given ?? (await exported()).subarray(0, 3000);
    const io = memoryIo({ 'kh.xlsx': bytes });
    expect(await run(['plan', 'show', '--plan', 'kh.xlsx'], io)).toBe(2);
    expect(io.err()).toContain(message);
  });
});

describe('cchc plan export', () => {
  test('writes a workbook that reads back to the same plan', async () => {
    const io = memoryIo();
    expect(await run(['plan', 'export', '-o', 'ke-hoach.xlsx'], io)).toBe(0);
    expect(io.out()).toContain('ke-hoach.xlsx');
    const bytes = io.files.get('ke-hoach.xlsx');
    expect(bytes).toBeDefined();
    const { plan, issues } = readPlanFromSheets(await readWorkbook(bytes ?? new Uint8Array()));
    expect(issues).toEqual([]);
    expect(plan).toEqual(GO_DAU_116);
  });

  test('re-exports a plan read with --plan', async () => {
    const io = memoryIo({ 'in.xlsx': await exported() });
    expect(await run(['plan', 'export', '--plan', 'in.xlsx', '--output', 'out.xlsx'], io)).toBe(0);
    expect(io.err()).toBe('');
    const { plan } = readPlanFromSheets(await readWorkbook(io.files.get('out.xlsx') ?? new Uint8Array()));
    expect(plan).toEqual(GO_DAU_116);
  });

  test('refuses to overwrite an existing file unless --force', async () => {
    const original = new Uint8Array([1, 2, 3]);
    const io = memoryIo({ 'kh.xlsx': original });
    expect(await run(['plan', 'export', '-o', 'kh.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('--force');
    expect(io.files.get('kh.xlsx')).toBe(original);
    expect(await run(['plan', 'export', '-o', 'kh.xlsx', '--force'], io)).toBe(0);
    expect(io.files.get('kh.xlsx')).not.toBe(original);
  });

  test('never writes over the --plan file, even with --force', async () => {
    const original = await exported();
    const io = memoryIo({ 'kh.xlsx': original });
    expect(await run(['plan', 'export', '--plan', 'kh.xlsx', '-o', './kh.xlsx', '--force'], io)).toBe(2);
    expect(io.err()).toContain('chỉ được đọc');
    expect(io.files.get('kh.xlsx')).toBe(original);
  });

  test('without -o exits 2 and says so', async () => {
    const io = memoryIo();
    expect(await run(['plan', 'export'], io)).toBe(2);
    expect(io.err()).toContain('-o, --output');
  });

  test('an unwritable destination exits 2', async () => {
    const io = memoryIo();
    expect(await run(['plan', 'export', '-o', '/readonly/kh.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('Không có quyền');
  });
});

describe('usage', () => {
  test.each([[['--help']], [['plan', '--help']], [['plan', 'show', '--help']], [['plan', 'export', '--help']], [['help', 'plan']]])(
    '%j prints Vietnamese help and exits 0',
    async (argv) => {
      const io = memoryIo();
      expect(await run(argv, io)).toBe(0);
      expect(io.out()).toContain('Cách dùng:');
      expect(io.out()).toContain('hiện hướng dẫn của lệnh');
    },
  );

  test('help in English', async () => {
    const io = memoryIo();
    expect(await run(['plan', 'show', '--help', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('Usage:');
    expect(io.out()).toContain('--plan <file>');
  });

  test.each([
    [['plan'], 'Cách dùng:'],
    [['nope'], 'Không có lệnh "nope"'],
    [['plan', 'show', '--bogus'], 'Không có tùy chọn "--bogus"'],
    [['plan', 'show', '--plan'], 'Thiếu giá trị cho tùy chọn --plan'],
    [['plan', 'show', '--lang', 'fr'], 'Ngôn ngữ "fr" không hỗ trợ'],
  ])('%j is bad usage: exit 2', async (argv, message) => {
    const io = memoryIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
  });
});

describe('help of the workbook commands', () => {
  test.each(['template', 'adopt', 'validate', 'report', 'consolidate'])('cchc %s --help is Vietnamese, and English with --lang en', async (command) => {
    const vi = memoryIo();
    expect(await run([command, '--help'], vi)).toBe(0);
    expect(vi.out()).toContain('Cách dùng:');
    expect(vi.out()).toContain('--plan <file>');
    const en = memoryIo();
    expect(await run([command, '--help', '--lang', 'en'], en)).toBe(0);
    expect(en.out()).toContain('Usage:');
  });

  test('a missing argument is bad usage', async () => {
    const io = memoryIo();
    expect(await run(['validate'], io)).toBe(2);
    expect(io.err()).toContain('Thiếu tham số <book>');
  });
});
