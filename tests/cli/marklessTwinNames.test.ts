import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { writeBuffer } from '../../src/xlsx/renderWorkbook';
import { memoryIo } from './memoryIo';

/**
 * A markless real name beside its marked twin (issue 13, tester finding 4): two hamlets "Ấp Long
 * Hòa" (alias "Long Hòa") and "Ấp Long Hoa" (alias "Long Hoa") in the tester's commune plan are two
 * units. Text written exactly as either finds it; text that matches both only once folded is refused
 * with both named.
 */
async function planWithTwins(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'ke-hoach-hoa-hoi-2026.xlsx')) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Kế hoạch');
  if (!ws) throw new Error('no plan sheet');
  const renames: Record<string, string> = { 'Ấp Thanh Hòa': 'Ấp Long Hòa', 'Thanh Hòa': 'Long Hòa', 'Ấp Bà Nhả': 'Ấp Long Hoa', 'Bà Nhả': 'Long Hoa' };
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const renamed = typeof cell.value === 'string' ? renames[cell.value] : undefined;
      if (renamed !== undefined) cell.value = renamed;
    }),
  );
  return writeBuffer(wb);
}

describe('a markless real name beside its marked twin', () => {
  let plan: Uint8Array;
  beforeAll(async () => {
    plan = await planWithTwins();
  });

  test('given "Ấp Long Hòa" and "Ấp Long Hoa" with their short names as aliases, the plan reads with both units', async () => {
    const io = memoryIo({ 'ke-hoach.xlsx': plan });
    const code = await run(['plan', 'show', '--plan', 'ke-hoach.xlsx'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(io.out()).toMatch(/\| THO +\| Ấp Long Hòa /u);
    expect(io.out()).toMatch(/\| BN +\| Ấp Long Hoa /u);
  });

  test.each([
    ['Long Hoa', 'Ấp Long Hoa'],
    ['Long Hòa', 'Ấp Long Hòa'],
    ['ấp long hoa', 'Ấp Long Hoa'],
  ])('given --unit "%s", the tracker is made for %s', async (typed, unit) => {
    const io = memoryIo({ 'ke-hoach.xlsx': plan });
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', typed, '-o', 'so.xlsx'], io)).toBe(0);
    expect(io.out()).toContain(unit);
  });

  test('given "Long Hoá", which is neither exactly, it is refused with both units named', async () => {
    const io = memoryIo({ 'ke-hoach.xlsx': plan });
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'Long Hoá', '-o', 'so.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('"Ấp Long Hòa"');
    expect(io.err()).toContain('"Ấp Long Hoa"');
  });
});
