import { run } from '../../src/cli/run';
import { unsettledTracker } from '../core/decisions/officeTracker';
import { memoryIo } from './memoryIo';

let tracker: Uint8Array;
beforeAll(async () => {
  tracker = await unsettledTracker();
});

async function adopt(map: unknown) {
  const io = memoryIo({ 'so.xlsx': tracker, 'map.json': new TextEncoder().encode(JSON.stringify(map)) });
  const code = await run(['adopt', 'so.xlsx', '--unit', 'Thạnh Đức', '--map', 'map.json', '-o', 'moi.xlsx'], io);
  return { io, code };
}

describe('cchc adopt --map', () => {
  test('given "Đài GD" mapped, the row is taken on Đài Truyền thanh huyện and the label is listed with that channel', async () => {
    const { io, code } = await adopt({ channels: { 'Đài GD': 'TT-H' } });
    expect(code).toBe(0);
    expect(io.out()).toMatch(/Đài GD\s*\|\s*1\s*\|\s*TT-H – Đài Truyền thanh huyện/);
    expect(io.files.has('moi.xlsx')).toBe(true);
  });

  test('given the channel column remapped, the labels listed are the new column’s, read again', async () => {
    const { io } = await adopt({ sheets: { 'Tháng 3': { columns: { C: null, E: 'channel' } } } });
    const out = io.out();
    expect(out).toMatch(/Nguyễn Văn An\s*\|\s*1\s*\|/);
    expect(out).not.toMatch(/Báo Tây Ninh\s*\|\s*2\s*\|/);
  });

  test('given a map under which no data row can be taken, it exits 1, says so and writes nothing', async () => {
    const { io, code } = await adopt({ sheets: { 'Tháng 3': { columns: { C: null, E: 'channel' } } } });
    expect(code).toBe(1);
    expect(io.err()).toContain('Không lấy được dòng nào trong 4 dòng dữ liệu: không ghi sổ.');
    expect(io.files.has('moi.xlsx')).toBe(false);
  });
});
