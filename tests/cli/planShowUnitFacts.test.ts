import { examplePlanBytes } from '../support/fixturePlans';
import { run } from '../../src/cli/run';
import { memoryIo } from './memoryIo';

/** `cchc plan show` on the province example: a unit's own recipients and signer are printed on its row, and its level's row stays the level's. */
describe('cchc plan show, units with their own report facts', () => {
  const example = examplePlanBytes('ke-hoach-tinh-2026.xlsx');

  test('given the province example, Xã Hòa Thạnh’s row names its own recipients and signer, and the commune level’s row does not', async () => {
    const io = memoryIo({ 'kh.xlsx': example });
    expect(await run(['plan', 'show', '--plan', 'kh.xlsx'], io)).toBe(0);
    const lines = io.out().split('\n');
    // Long cells wrap onto the table's next lines, within their column.
    const rowOf = (code: string): string => {
      const at = lines.findIndex((line) => line.startsWith(`| ${code} `));
      return lines.slice(at, at + 3).join(' ');
    };
    expect(rowOf('XHT')).toContain('nơi nhận: Sở Nội vụ; Đảng ủy xã Hòa Thạnh · người ký:');
    expect(rowOf('XHT')).toContain('Nguyễn Văn Hùng');
    expect(rowOf('SNV')).toContain('người ký: Phạm Thị Thu Hà');
    expect(io.out()).not.toMatch(/Đảng ủy xã Hòa Thạnh; Lưu: VT/u);
  });
});
