import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { memoryIo } from './memoryIo';

/** Every cell's text of a workbook, for "is this wording anywhere in it". */
async function allText(bytes: Uint8Array | undefined): Promise<string> {
  const sheets = await readWorkbook(bytes ?? new Uint8Array());
  return sheets.flatMap((sheet) => sheet.values.flatMap((row) => row.map((cell) => (cell === null ? '' : String(cell))))).join('\n');
}

describe('cchc consolidate -o carries the plan it was made under', () => {
  it("given a commune's hamlets, writes the plan sheet into the district workbook, so report on it is headed by the commune, not the built-in plan", async () => {
    const planBytes = new Uint8Array(readFileSync(join(__dirname, '../../examples/ke-hoach-xa-2026.xlsx')));
    const io = memoryIo({ 'ke-hoach.xlsx': planBytes }, { today: '2026-04-20' });
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'BM', '-o', 'ben-muong.xlsx'], io)).toBe(0);
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'XB', '-o', 'xom-bo.xlsx'], io)).toBe(0);

    // No --plan: the plan the hamlets' files carry.
    expect(await run(['consolidate', 'ben-muong.xlsx', 'xom-bo.xlsx', '--period', '2026-Q1', '-o', 'tong-hop.xlsx'], io)).toBe(0);
    const sheets = await readWorkbook(io.files.get('tong-hop.xlsx') ?? new Uint8Array());
    expect(sheets.map((sheet) => sheet.name)).toContain('Kế hoạch');

    const before = io.err().length;
    expect(await run(['report', 'tong-hop.xlsx', '--period', '2026-Q1', '-o', 'bao-cao.xlsx'], io)).toBe(0);
    expect(io.err().slice(before)).not.toContain('không có sheet "Kế hoạch"');
    const report = await allText(io.files.get('bao-cao.xlsx'));
    expect(report).toContain('THẠNH ĐỨC');
    expect(report).not.toContain('GÒ DẦU');
  });
});
