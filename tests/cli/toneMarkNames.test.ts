import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { memoryIo } from './memoryIo';

describe('a unit named with the older tone placement', () => {
  const plan = new Uint8Array(readFileSync(join(__dirname, '../../examples/ke-hoach-tinh-2026.xlsx')));

  it('given "Hoà Thành" beside the plan\'s "Hòa Thành" and "Hòa Thạnh", finds Hòa Thành: the two placements are one name', async () => {
    const io = memoryIo({ 'ke-hoach.xlsx': plan });
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'Hoà Thành', '-o', 'so.xlsx'], io)).toBe(0);
    expect(io.out()).toContain('Hòa Thành');
    expect(io.out()).not.toContain('Hòa Thạnh');
  });

  it('given "Hoa Thanh" without marks, still says it could be either', async () => {
    const io = memoryIo({ 'ke-hoach.xlsx': plan });
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'Hoa Thanh', '-o', 'so.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('Hòa Thạnh');
  });
});
