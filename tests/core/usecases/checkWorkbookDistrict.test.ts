import ExcelJS from 'exceljs';
import { run } from '../../../src/cli/run';
import { memoryIo } from '../../cli/memoryIo';
import { fixturePlanBytes } from '../../support/fixturePlans';

/**
 * The tool's own district workbook (`cchc consolidate -o`) checked or reported on (issue 13, second
 * tester, finding 1): every report warned "1 lỗi" because `validate` said "TH Tin bài: Không tìm
 * thấy bảng nhập liệu nào". A workbook holding a consolidation is a district workbook: its rows
 * are the units', checked when consolidating, and it has no entry table of its own to find.
 */
describe('checking a district workbook written by a consolidation', () => {
  async function consolidated(): Promise<ReturnType<typeof memoryIo>> {
    const plan = fixturePlanBytes('ke-hoach-thanh-binh-2026.xlsx');
    const io = memoryIo({ 'ke-hoach.xlsx': plan }, { today: '2026-11-30' });
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'VP', '-o', 'VP.xlsx'], io)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((io.files.get('VP.xlsx') ?? new Uint8Array()) as unknown as ExcelJS.Buffer);
    const row = book.getWorksheet('Tin bài')?.getRow(4);
    if (!row) throw new Error('the template has no Tin bài sheet');
    row.getCell(1).value = new Date(Date.UTC(2026, 9, 5));
    row.getCell(2).value = 'Trang Facebook UBND xã Thạnh Bình';
    row.getCell(3).value = 'Tin';
    row.getCell(4).value = 'Hướng dẫn dịch vụ công trực tuyến';
    io.files.set('VP.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(await run(['consolidate', 'VP.xlsx', '--period', '2026', '-o', 'th.xlsx'], io)).toBe(0);
    return io;
  }

  test('given the file cchc consolidate -o wrote, validate finds no error', async () => {
    const io = await consolidated();
    const before = io.out().length;
    expect(await run(['validate', 'th.xlsx'], io)).toBe(0);
    const out = io.out().slice(before);
    expect(out).not.toContain('Không tìm thấy bảng nhập liệu');
    expect(out).toContain('th.xlsx: không có lỗi');
  });

  test('given the same file, its report counts the consolidated row and warns of no error', async () => {
    const io = await consolidated();
    const [out, err] = [io.out().length, io.err().length];
    expect(await run(['report', 'th.xlsx', '--period', '2026-Q4', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out().slice(out)) as { targets: { id: string; achieved: number }[] };
    expect(json.targets.find((target) => target.id === 'CT1')?.achieved).toBe(1);
    expect(io.err().slice(err)).not.toContain('lỗi');
  });
});
