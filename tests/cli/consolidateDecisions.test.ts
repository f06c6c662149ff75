import { run } from '../../src/cli/run';
import type { ConsolidationJson } from '../../src/cli/commands/consolidateOutput';
import { unsettledTracker } from '../core/decisions/officeTracker';
import { memoryIo, type MemoryIo } from './memoryIo';
import { output, unitWorkbook, written } from './workbooks';

const TRACKER = 'bao-cao-thang-3.xlsx';
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  files = {
    [TRACKER]: await unsettledTracker(),
    'cam-giang.xlsx': await unitWorkbook('XCG', [output('2018-03-05', 'Báo Tây Ninh', 'Một cửa xã Cẩm Giang')]),
  };
});

const json = (io: MemoryIo): ConsolidationJson => JSON.parse(io.out()) as ConsolidationJson;
const bytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

async function consolidate(extra: Record<string, Uint8Array>, ...args: string[]): Promise<{ io: MemoryIo; code: number }> {
  const io = memoryIo({ ...files, ...extra });
  const code = await run(['consolidate', TRACKER, 'cam-giang.xlsx', '--period', '2018-H1', ...args], io);
  return { io, code };
}

interface WrittenMap {
  channels?: Record<string, string | null>;
  files?: Record<string, { unit?: string | null; sheets?: Record<string, { columns?: Record<string, string | null> }> }>;
}

describe('cchc consolidate keeps the officer’s reading decisions', () => {
  test("given files read with nothing to decide, --write-map says the file holds no decision and where to change an own tracker's reading (try13m D9)", async () => {
    const io = memoryIo({ 'cam-giang.xlsx': files['cam-giang.xlsx']! });
    expect(await run(['consolidate', 'cam-giang.xlsx', '--period', '2018-H1', '--write-map', 'map.json'], io)).toBe(0);
    expect(io.out()).toContain('Các tệp đều đọc được tự động, không có điều gì phải quyết định: map.json không có quyết định nào.');
    expect(JSON.parse(new TextDecoder().decode(written(io.files, 'map.json')))).toEqual({});
  });

  test('given a tracker it cannot settle, --write-map leaves its unit and unknown labels blank; filled in and passed back, the second run from the workbook written gives the same figures with no map', async () => {
    const first = await consolidate({}, '--write-map', 'map.json');
    expect(first.code).toBe(0);
    expect(first.io.out()).toMatch(/Đã ghi các quyết định đọc tệp ra map\.json; 3 điều chưa đọc chắc được/);
    const map = JSON.parse(new TextDecoder().decode(written(first.io.files, 'map.json'))) as WrittenMap;
    expect(map.files?.[TRACKER]?.unit).toBeNull();
    expect(map.channels).toEqual({ 'Đài GD': null, 'Loa ấp': null });
    // "Nguồn tin" (E) is not taken: listed for the officer, under its table.
    expect(map.files?.[TRACKER]?.sheets).toEqual({ 'Tháng 3': { headerRow: 3, columns: { E: null } } });

    // The officer fills in what was asked, in words, as in the pane.
    const decided = {
      ...map,
      channels: { 'Đài GD': 'Đài Truyền thanh huyện', 'Loa ấp': null },
      files: { [TRACKER]: { ...map.files?.[TRACKER], unit: 'Thạnh Đức' } },
    };
    const second = await consolidate({ 'map.json': bytes(decided) }, '--map', 'map.json', '-o', 'tong-hop.xlsx', '--json');
    expect(second.code).toBe(0);
    expect(second.io.err()).toBe('');
    const withMap = json(second.io);
    expect(withMap.files.find((f) => f.file === TRACKER)).toMatchObject({ unit: 'XTD', status: 'ok', records: 4 });
    // "Đài GD" counts on Đài Truyền thanh huyện; "Loa ấp" is set aside.
    expect(withMap.targets.find((r) => r.id === 'III.1.c')?.achieved).toBe(1);
    expect(withMap.quarantined).toBe(1);

    const district = written(second.io.files, 'tong-hop.xlsx');
    const third = await consolidate({ 'tong-hop-thang-3.xlsx': district }, '--map', 'tong-hop-thang-3.xlsx', '--json');
    expect(third.code).toBe(0);
    expect(third.io.err()).toBe('');
    expect(json(third.io)).toEqual(withMap);
  });

  test('given --unit-of, the decision is written into the district workbook and the next run needs no flag', async () => {
    const first = await consolidate({}, '--unit-of', `${TRACKER}=Thạnh Đức`, '-o', 'th.xlsx', '--json');
    expect(json(first.io).files.find((f) => f.file === TRACKER)?.unit).toBe('XTD');
    const next = await consolidate({ 'th-cu.xlsx': written(first.io.files, 'th.xlsx') }, '--map', 'th-cu.xlsx', '--json');
    expect(json(next.io).files.find((f) => f.file === TRACKER)).toMatchObject({ unit: 'XTD', status: 'ok' });
  });

  test('given a column remapped to the channel in --map, the labels of that column are the ones read and resolved', async () => {
    // Column E ("Nguồn tin", writers' names) read as the channel instead of C ("Nơi phát"): names name no channel.
    const map = { files: { [TRACKER]: { unit: 'XTD', sheets: { 'Tháng 3': { headerRow: 3, columns: { C: null, E: 'channel' } } } } } };
    const { io, code } = await consolidate({ 'map.json': bytes(map) }, '--map', 'map.json', '--write-map', 'next.json', '--json');
    expect(code).toBe(0);
    const next = JSON.parse(new TextDecoder().decode(written(io.files, 'next.json'))) as WrittenMap;
    expect(Object.keys(next.channels ?? {})).toEqual(['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Văn Cường', 'Phạm Thị Dung']);
    // Every row of the tracker is set aside (no writer is a channel); only Cẩm Giang's news counts on Báo Tây Ninh.
    expect(json(io).quarantined).toBe(4);
    expect(json(io).targets.find((r) => r.id === 'III.1.a')?.achieved).toBe(1);
  });

  test('given a map with a channel the plan does not have, it exits 1, says where, and writes nothing', async () => {
    const { io, code } = await consolidate({ 'map.json': bytes({ channels: { 'Đài GD': 'Đài Gò Dầu' } }) }, '--map', 'map.json', '-o', 'th.xlsx');
    expect(code).toBe(1);
    expect(io.err()).toMatch(/map\.json.*Kênh "Đài Gò Dầu" trong tệp ghép không có trong kế hoạch/s);
    expect(io.files.has('th.xlsx')).toBe(false);
  });
});

describe('two units send files of the same name (found by a new user)', () => {
  test('given --unit-of for each, the district workbook keeps a decision per path, and the next run from it credits each file to its own unit', async () => {
    const tracker = await unsettledTracker();
    const io = memoryIo({ 'a/bao-cao.xlsx': tracker, 'b/bao-cao.xlsx': tracker.slice() });
    const first = await run(
      [
        'consolidate',
        'a/bao-cao.xlsx',
        'b/bao-cao.xlsx',
        '--period',
        '2018-H1',
        '--unit-of',
        'a/bao-cao.xlsx=Bàu Đồn',
        '--unit-of',
        'b/bao-cao.xlsx=Phước Trạch',
        '-o',
        'th.xlsx',
        '--json',
      ],
      io,
    );
    expect(first).toBe(0);
    const units = (j: ConsolidationJson): (string | null)[] => j.files.map((f) => f.unit);
    expect(units(json(io))).toEqual(['XBD', 'XPTR']);
    const again = memoryIo({ 'a/bao-cao.xlsx': tracker, 'b/bao-cao.xlsx': tracker.slice(), 'th.xlsx': written(io.files, 'th.xlsx') });
    expect(await run(['consolidate', 'a/bao-cao.xlsx', 'b/bao-cao.xlsx', '--period', '2018-H1', '--map', 'th.xlsx', '--json'], again)).toBe(0);
    expect(units(json(again))).toEqual(['XBD', 'XPTR']);
  });
});

describe('a file whose table the reader cannot find (found by a new user)', () => {
  test('given a sheet with rows under headers it cannot read, --write-map asks for its header row with null, and the map passed back unchanged is accepted', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tháng 4');
    sheet.addRow(['Cột A', 'Cột B', 'Cột C']);
    sheet.addRow(['Một cửa liên thông', 'xyz', 'abc']);
    sheet.addRow(['Dịch vụ công', 'xyz', 'abc']);
    const io = memoryIo({ 'phong-vhtt.xlsx': new Uint8Array(await book.xlsx.writeBuffer()) });
    expect(await run(['consolidate', 'phong-vhtt.xlsx', '--period', '2018-H1', '--write-map', 'map.json', '--unit-of', 'phong-vhtt.xlsx=PVHTT'], io)).toBe(0);
    const map = JSON.parse(new TextDecoder().decode(written(io.files, 'map.json'))) as {
      files?: Record<string, { sheets?: Record<string, { headerRow?: number | null }> }>;
    };
    expect(map.files?.['phong-vhtt.xlsx']?.sheets?.['Tháng 4']).toEqual({ headerRow: null });
    const again = memoryIo({ 'phong-vhtt.xlsx': io.files.get('phong-vhtt.xlsx') ?? new Uint8Array(), 'map.json': written(io.files, 'map.json') });
    expect(await run(['consolidate', 'phong-vhtt.xlsx', '--period', '2018-H1', '--map', 'map.json', '--json'], again)).toBe(0);
  });
});
