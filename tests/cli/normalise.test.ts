import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { isoToSerial } from '../../src/core/dates/serial';
import { date, empty, text } from '../../src/core/layout/cells';
import { periodFor } from '../../src/core/periods';
import { spendingByFunding, targetResults } from '../../src/core/progress/targetProgress';
import { buildTemplate, templateProgress } from '../../src/core/template/buildTemplate';
import { applyWrites, planNormalise } from '../../src/core/usecases/normaliseWorkbook';
import { validateWorkbook } from '../../src/core/validation';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { readZip } from '../../src/xlsx/zip';
import { thanhDucTracker } from '../fixtures/trackers/makeTrackers';
import { memoryIo } from './memoryIo';
import { plan, unitOf, written } from './workbooks';

const TODAY = '2019-01-15';
const request = { plan, kind: 'unit' as const, unit: unitOf('XTD'), createdOn: '2018-01-02' };
let source: Uint8Array;
beforeAll(async () => {
  source = await renderToBuffer(
    buildTemplate({
      ...request,
      existing: {
        outputs: [
          [date('2018-03-05'), text('Báo Tây Ninh'.normalize('NFD')), text('Tin'), text('NFD channel'), empty, empty, empty],
          [date('2018-03-06'), text('Trang TTĐT huyện'), text('Bài'), text('alias'), empty, empty, empty],
          [text('07/03/2018'), text('Báo Tây Ninh'), text('Tin '), text('text date, trailing space'), empty, empty, empty],
          [date('2018-03-08'), text('Báo Nhân Dân'), text('Tin'), text('not in the plan: left as typed'), empty, empty, empty],
        ],
        standing: [],
        spending: [[date('2018-03-10'), text('In băng rôn'), text('1.500.000 đ'), text('Ngân sách UBND xã, thị trấn'), empty, empty]],
      },
    }),
  );
});

async function normalise(...args: string[]) {
  const io = memoryIo({ 'so.xlsx': source });
  const code = await run(['normalise', 'so.xlsx', ...args], io);
  return { io, code };
}

describe('cchc normalise', () => {
  test('given -o, writes the fixed cells to the output, lists each change and what it left, and never touches the source', async () => {
    const { io, code } = await normalise('-o', 'chuan-hoa.xlsx');
    expect(code).toBe(0);
    expect(io.files.get('so.xlsx')).toEqual(source);
    expect(io.out()).toContain(`Tin bài!B4: "${'Báo Tây Ninh'.normalize('NFD')}" → "Báo Tây Ninh" (Unicode tổ hợp đổi sang Unicode dựng sẵn)`);
    expect(io.out()).toContain('Tin bài!B5: "Trang TTĐT huyện" → "Trang thông tin điện tử huyện" (tên gọi khác đổi sang tên trong danh sách)');
    expect(io.out()).toContain('Tin bài!A6: "07/03/2018" → "07/03/2018" (ngày dạng chữ đổi sang ngày)');
    expect(io.out()).toContain('Tin bài!C6: "Tin " → "Tin" (bỏ dấu cách thừa)');
    expect(io.out()).toContain('Kinh phí!C4: "1.500.000 đ" → "1.500.000" (số tiền dạng chữ đổi sang số)');
    expect(io.out()).toContain('Tin bài!B7: "Báo Nhân Dân": không có trong kế hoạch nên giữ nguyên');
    expect(io.out()).toContain('Đã chuẩn hóa 5 ô, ghi vào chuan-hoa.xlsx.');

    const before = await readWorkbook(source);
    const after = await readWorkbook(written(io.files, 'chuan-hoa.xlsx'));
    const planned = planNormalise(before, { plan, today: TODAY });
    if (planned.kind !== 'planned') throw new Error('a template workbook');
    // Every value is what the listed writes make of the source, and nothing else changed.
    expect(after.map((s) => [s.name, s.values])).toEqual(applyWrites(before, planned.writes).map((s) => [s.name, s.values]));
    const outputs = after.find((s) => s.name === 'Tin bài');
    expect(outputs?.values[5]?.[0]).toBe(isoToSerial('2018-03-07'));
    expect(planNormalise(after, { plan, today: TODAY })).toEqual({ kind: 'planned', writes: [], unsettled: planned.unsettled });

    // Parts other than the two written sheets and workbook.xml (recalculate on open) keep their bytes.
    const old = new Map(readZip(source).map((e) => [e.name, e.raw]));
    const changed = readZip(written(io.files, 'chuan-hoa.xlsx')).filter((e) => {
      const raw = old.get(e.name);
      return raw === undefined || Buffer.compare(Buffer.from(raw), Buffer.from(e.raw)) !== 0;
    });
    expect(changed.map((e) => e.name).sort()).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet4.xml']);
  });

  test('given --in-place, fixes the source itself', async () => {
    const { io, code } = await normalise('--in-place');
    expect(code).toBe(0);
    const fixed = await readWorkbook(written(io.files, 'so.xlsx'));
    expect(fixed.find((s) => s.name === 'Tin bài')?.values[3]?.[1]).toBe('Báo Tây Ninh');
    expect([...io.files.keys()]).toEqual(['so.xlsx']);
  });

  test('given neither -o nor --in-place, or both, refuses with exit 2 and writes nothing', async () => {
    for (const args of [[], ['-o', 'x.xlsx', '--in-place']]) {
      const { io, code } = await normalise(...args);
      expect(code).toBe(2);
      expect(io.err()).toContain('-o TỆP_RA');
      expect([...io.files.keys()]).toEqual(['so.xlsx']);
    }
  });

  test('given an office tracker (no stamp), refuses with exit 2: it has no live Tiến độ sheet', async () => {
    const io = memoryIo({ 'tracker.xlsx': await thanhDucTracker() });
    expect(await run(['normalise', 'tracker.xlsx', '-o', 'out.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('không phải sổ tạo bằng phần mềm');
    expect(io.files.has('out.xlsx')).toBe(false);
  });

  test('given an already normalised workbook, writes nothing and says so', async () => {
    const clean = await renderToBuffer(buildTemplate(request));
    const io = memoryIo({ 'so.xlsx': clean });
    expect(await run(['normalise', 'so.xlsx', '-o', 'out.xlsx'], io)).toBe(0);
    expect(io.out()).toContain('không có ô nào cần chuẩn hóa');
    expect(io.files.has('out.xlsx')).toBe(false);
  });
});

/** The fields of one CSV line: commas inside quotes (titles such as "Tin phát trên Đài…, Trạm…") stay in the field. */
function csvFields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'));
}

/**
 * LibreOffice recalculates the normalised file (soffice --convert-to csv of the Tiến độ sheet):
 * its figures are the report's. Skipped where LibreOffice Calc is not installed (CI installs it).
 */
function has(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 20000 });
    return true;
  } catch {
    return false;
  }
}
const calc = existsSync('/usr/lib/libreoffice/program/libsclo.so') || has('scalc', ['--version']);
const maybe = calc && has('soffice', ['--version']) ? test : test.skip;

maybe(
  'given the normalised file, LibreOffice recalculating Tiến độ gives the report figures',
  async () => {
    const { io } = await normalise('-o', 'chuan-hoa.xlsx');
    const bytes = written(io.files, 'chuan-hoa.xlsx');
    const dir = mkdtempSync(join(tmpdir(), 'cchc-normalise-'));
    try {
      const file = join(dir, 'chuan-hoa.xlsx');
      writeFileSync(file, bytes);
      // Sheet 5 is Tiến độ (Hướng dẫn, Tin bài, Hạng mục, Kinh phí, Tiến độ…); UTF-8, comma-separated.
      await new Promise<void>((done, fail) =>
        execFile(
          'soffice',
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,5',
            '--outdir',
            dir,
            file,
          ],
          { timeout: 180000 },
          (error) => (error ? fail(new Error(error.message)) : done()),
        ),
      );
      const csvPath = join(dir, existsSync(join(dir, 'chuan-hoa-Tiến độ.csv')) ? 'chuan-hoa-Tiến độ.csv' : 'chuan-hoa.csv');
      const csv = readFileSync(csvPath, 'utf8');
      const rows = csv.split('\n').map(csvFields);
      const records = validateWorkbook(plan, await readWorkbook(source), { today: TODAY }).records;
      const annual = periodFor('year', 2018, undefined, plan.periodConvention);
      const progress = templateProgress(request);
      for (const result of targetResults(plan, records.outputs, annual)) {
        const row = rows[(progress.targetRows.get(result.target.id) ?? progress.otherRows.get(result.target.id) ?? 0) - 1];
        expect([row?.[0], Number(row?.[3])]).toEqual([result.target.id, result.achieved]);
      }
      for (const fund of spendingByFunding(plan, records.spending, annual)) {
        const row = rows[(progress.fundingRows.get(fund.code) ?? 0) - 1];
        expect(Number((row?.[2] ?? '').replace(/[^\d]/g, '') || '0')).toBe(fund.amount);
      }
      expect(targetResults(plan, records.outputs, annual).find((r) => r.target.id === 'III.1.a')?.achieved).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  240000,
);

describe('cchc normalise without --plan', () => {
  it('given a tracker made from a commune plan, takes the plan its sheet carries: a short channel name becomes the plan list name', async () => {
    const { Workbook } = await import('exceljs');
    const io = memoryIo({ 'ke-hoach.xlsx': new Uint8Array(readFileSync(join(__dirname, '../../examples/ke-hoach-xa-2026.xlsx'))) });
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'VP', '-o', 'so.xlsx'], io)).toBe(0);
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(io.files.get('so.xlsx') ?? new Uint8Array()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Tin bài');
    if (!sheet) throw new Error('no Tin bài sheet');
    let header = 0;
    sheet.eachRow((row, n) => {
      if (header === 0 && row.getCell(1).value === 'Ngày') header = n;
    });
    const columns = new Map<string, number>();
    sheet.getRow(header).eachCell((cell, col) => columns.set(cell.text, col));
    const at = (name: string): number => [...columns].find(([h]) => h.startsWith(name))?.[1] ?? 0;
    const row = sheet.getRow(header + 1);
    row.getCell(at('Ngày')).value = new Date(Date.UTC(2026, 2, 5));
    row.getCell(at('Kênh')).value = 'Zalo OA xã';
    row.getCell(at('Hình thức')).value = 'Tin';
    row.getCell(at('Tiêu đề')).value = 'Hướng dẫn nộp hồ sơ trực tuyến';
    io.files.set('so.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));

    expect(await run(['normalise', 'so.xlsx', '-o', 'chuan.xlsx'], io)).toBe(0);
    expect(io.out()).toMatch(/"Zalo OA xã" → "Zalo OA của UBND xã"/);
    expect(io.err()).not.toContain('116');
  });
});
