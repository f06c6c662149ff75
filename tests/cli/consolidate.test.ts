import { run } from '../../src/cli/run';
import type { ConsolidationJson } from '../../src/cli/commands/consolidateOutput';
import { text } from '../../src/core/layout/cells';
import { hiepThanhTracker } from '../fixtures/trackers/makeTrackers';
import { memoryIo, type MemoryIo } from './memoryIo';
import { loadExcel, output, plan, savedAt, unitWorkbook, written } from './workbooks';

const DAY = 86_400_000;
let files: Record<string, Uint8Array>;
const mtimes = { 'thanh-duc.xlsx': 10 * DAY, 'cam-giang-moi.xlsx': 20 * DAY, 'cam-giang-cu.xlsx': 5 * DAY };

beforeAll(async () => {
  const thanhDuc = await unitWorkbook('XTD', [
    output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC'),
    output('2018-03-06', 'TTĐT', '=SUM(A1:A3) là tiêu đề, không phải công thức'),
    [text('không phải ngày'), text('Báo Tây Ninh'), text('Tin'), text('Ngày sai')],
  ]);
  const otherPlan = { ...plan, identity: { ...plan.identity, id: 'KH-KHAC-2019' } };
  files = {
    'thanh-duc.xlsx': thanhDuc,
    'cam-giang-moi.xlsx': savedAt(
      await unitWorkbook('XCG', [output('2018-03-05', 'Báo Tây Ninh', 'HỘI NGHỊ TRIỂN KHAI CCHC'), output('2018-04-01', 'Cổng TTĐT tỉnh', 'Tin mới')]),
      '2018-04-02T08:00:00Z',
    ),
    'cam-giang-cu.xlsx': savedAt(await unitWorkbook('XCG', [output('2018-02-01', 'Cổng TTĐT tỉnh', 'Bản cũ')]), '2018-02-02T08:00:00Z'),
    'bau-don.xlsx': await unitWorkbook('XBD', [output('2018-02-01', 'Báo Tây Ninh', 'Theo kế hoạch khác')], { plan: otherPlan }),
    'hiep-thanh-2018.xlsx': await hiepThanhTracker(),
    'phuoc-dong.xlsx': thanhDuc.subarray(0, Math.floor(thanhDuc.length / 2)),
    'phuoc-trach.xlsx': new TextEncoder().encode('Ngày,Tiêu đề,Kênh\n05/03/2018,Hội nghị,TTĐT\n'),
    'thanh-phuoc.xlsx': new Uint8Array(),
  };
});

async function consolidate(names: readonly string[], ...args: string[]): Promise<{ io: MemoryIo; code: number }> {
  const io = memoryIo(Object.fromEntries(names.map((n) => [n, files[n] ?? new Uint8Array()])), { mtimes });
  const code = await run(['consolidate', ...names, '--period', '2018-H1', ...args], io);
  return { io, code };
}

const ALL = [
  'thanh-duc.xlsx',
  'cam-giang-moi.xlsx',
  'cam-giang-cu.xlsx',
  'bau-don.xlsx',
  'hiep-thanh-2018.xlsx',
  'phuoc-dong.xlsx',
  'phuoc-trach.xlsx',
  'thanh-phuoc.xlsx',
];

describe('cchc consolidate --json', () => {
  let json: ConsolidationJson;
  let stdout = '';
  beforeAll(async () => {
    const { io, code } = await consolidate(ALL, '--json');
    expect(code).toBe(0);
    expect(io.err()).toBe('');
    stdout = io.out();
    json = JSON.parse(stdout) as ConsolidationJson;
  });

  test('prints exactly one JSON object with the agreed keys', () => {
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(json)).toEqual([
      'period',
      'files',
      'targets',
      'funding',
      'duplicates',
      'quarantined',
      'duplicateRows',
      'quarantinedRows',
      'conservation',
      'reporting',
      'reviews',
      'reviewIssues',
      'reminders',
      'skipped',
    ]);
    expect(json.period).toEqual({ from: '2017-12-15', to: '2018-06-14' });
    // Each duplicate and row not taken is listed with where it is and why, not only counted (try13m D10).
    expect(json.duplicateRows).toHaveLength(json.duplicates);
    expect(json.quarantinedRows).toHaveLength(json.quarantined);
    expect(json.quarantined).toBeGreaterThan(0);
    for (const row of json.quarantinedRows) {
      expect(row.file).not.toBe('');
      expect(row.row).toBeGreaterThan(0);
      expect(row.why).not.toBe('');
    }
    for (const file of json.files)
      expect(Object.keys(file)).toEqual([
        'file',
        'unit',
        'status',
        'records',
        'errors',
        'warnings',
        ...(file.status === 'rejected' ? ['reason'] : []),
        // A workbook that could be read says when it was saved; the file's time joins it only when more than a day apart.
        ...(file.savedAt === undefined ? [] : ['savedAt']),
        ...(file.fileModifiedAt === undefined ? [] : ['fileModifiedAt']),
      ]);
    expect(json.files.filter((f) => f.savedAt !== undefined).map((f) => f.file)).toEqual([
      'thanh-duc.xlsx',
      'cam-giang-moi.xlsx',
      'cam-giang-cu.xlsx',
      'bau-don.xlsx',
      'hiep-thanh-2018.xlsx',
    ]);
  });

  test('every file has its unit, status and, when rejected, the reason in words', () => {
    const rows = json.files.map((f) => [f.file, f.unit, f.status]);
    expect(rows).toEqual([
      ['thanh-duc.xlsx', 'XTD', 'ok'],
      ['cam-giang-moi.xlsx', 'XCG', 'ok'],
      ['cam-giang-cu.xlsx', 'XCG', 'rejected'],
      ['bau-don.xlsx', null, 'rejected'],
      ['hiep-thanh-2018.xlsx', 'XHT', 'ok'],
      // A file that cannot be used still belongs to the unit its name gives: sent, not usable.
      ['phuoc-dong.xlsx', 'XPD', 'rejected'],
      ['phuoc-trach.xlsx', 'XPTR', 'rejected'],
      ['thanh-phuoc.xlsx', 'XTP', 'rejected'],
    ]);
    const reason = (file: string): string => json.files.find((f) => f.file === file)?.reason ?? '';
    expect(reason('cam-giang-cu.xlsx')).toContain('cam-giang-moi.xlsx');
    expect(reason('bau-don.xlsx')).toContain('KH-KHAC-2019');
    expect(reason('phuoc-dong.xlsx')).toContain('hỏng hoặc tải về chưa hết');
    expect(reason('phuoc-trach.xlsx')).toContain('tệp văn bản, CSV');
    expect(reason('thanh-phuoc.xlsx')).toContain('0 byte');
    // 3 outputs and the 5 standing items a commune's template lists from the start
    expect(json.files.find((f) => f.file === 'thanh-duc.xlsx')).toMatchObject({ records: 8, errors: 1 });
  });

  test('targets, duplicates and quarantined rows add up', () => {
    const targets = Object.fromEntries(json.targets.map((t) => [t.id, t]));
    // In the period and year to date, "Đạt" judged on the year to date as TH Tiến độ and the report judge it.
    expect(json.targets.map((t) => Object.keys(t).filter((k) => k !== 'running' && k !== 'unreported' && k !== 'notReportedBy'))).toEqual(
      plan.targets.map(() => ['id', 'min', 'achieved', 'yearToDate', 'met']),
    );
    // III.1.b–e are given to the district radio (DTT) and Phòng Văn hóa (PVHTT), which sent nothing: not judged, who owes them named (tenth tester).
    expect(json.targets.map((t) => [t.id, t.unreported ?? false, t.met, t.notReportedBy ?? []])).toEqual([
      ['III.1.a', false, false, []],
      ['III.1.b', true, false, ['DTT']],
      ['III.1.c', true, false, ['DTT']],
      ['III.1.d', true, false, ['PVHTT']],
      ['III.1.e', true, false, ['PVHTT']],
    ]);
    // Báo Tây Ninh: Thạnh Đức's item (Cẩm Giang's copy of it is a duplicate); on 10/06, before the half's last day, its shortfall is still running (issue 13, fourth tester).
    expect(targets['III.1.a']).toEqual({ id: 'III.1.a', min: 10, achieved: 1, yearToDate: 1, met: false, running: true });
    expect(json.duplicates).toBe(1);
    expect(json.quarantined).toBe(1);
    const c = json.conservation;
    expect(c.dataRows).toBe(c.consolidated + c.duplicates + c.quarantined);
    expect(c.rowsRead).toBe(c.blank + c.titles + c.totals + c.dataRows);
  });

  test('says who has and has not reported', () => {
    const status = Object.fromEntries(json.reporting.map((r) => [r.unit, r.status]));
    expect(status).toMatchObject({ XTD: 'reported', XCG: 'reported', XHT: 'reported', VP: 'missing', XTP: 'rejected', XPD: 'rejected', XPTR: 'rejected' });
  });
});

describe('cchc consolidate', () => {
  test('a unit that sent twice: the newer wins, --prefer flips it', async () => {
    const names = ['cam-giang-moi.xlsx', 'cam-giang-cu.xlsx'];
    const newer = JSON.parse((await consolidate(names, '--json')).io.out()) as ConsolidationJson;
    expect(newer.files.map((f) => f.status)).toEqual(['ok', 'rejected']);
    const preferred = JSON.parse((await consolidate(names, '--json', '--prefer', 'Cẩm Giang=cam-giang-cu.xlsx')).io.out()) as ConsolidationJson;
    expect(preferred.files.map((f) => f.status)).toEqual(['rejected', 'ok']);
    expect(preferred.files[0]?.reason).toContain('cam-giang-cu.xlsx');
  });

  test("a unit that sent twice: the newer by the workbook's saved time wins even when the older was downloaded later, and the JSON shows both times where they differ", async () => {
    const names = ['cam-giang-moi.xlsx', 'cam-giang-cu.xlsx'];
    // The old file downloaded on 2018-06-09, the new one on 2018-04-03: the file times say the opposite of the saves.
    const io = memoryIo(Object.fromEntries(names.map((n) => [n, files[n] ?? new Uint8Array()])), {
      mtimes: { 'cam-giang-cu.xlsx': Date.UTC(2018, 5, 9), 'cam-giang-moi.xlsx': Date.UTC(2018, 3, 2, 9) },
    });
    expect(await run(['consolidate', ...names, '--period', '2018-H1', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out()) as ConsolidationJson;
    expect(json.files.map((f) => [f.file, f.status, f.savedAt, f.fileModifiedAt])).toEqual([
      // An hour apart: the same save, only the saved time is given.
      ['cam-giang-moi.xlsx', 'ok', '2018-04-02T08:00:00.000Z', undefined],
      ['cam-giang-cu.xlsx', 'rejected', '2018-02-02T08:00:00.000Z', '2018-06-09T00:00:00.000Z'],
    ]);
    expect(json.files[1]?.reason).toContain('cam-giang-moi.xlsx');
  });

  test('--unit-of names the unit of a file nothing else identifies', async () => {
    const io = memoryIo({ 'so-rieng.xlsx': files['hiep-thanh-2018.xlsx'] ?? new Uint8Array() });
    expect(await run(['consolidate', 'so-rieng.xlsx', '--json', '--period', '2018'], io)).toBe(0);
    expect((JSON.parse(io.out()) as ConsolidationJson).files[0]).toMatchObject({ unit: 'XHT' });
    const renamed = memoryIo({ 'sheet1.xlsx': files['hiep-thanh-2018.xlsx'] ?? new Uint8Array() });
    expect(await run(['consolidate', 'sheet1.xlsx', '--json', '--unit-of', 'sheet1.xlsx=Phước Đông'], renamed)).toBe(0);
    expect((JSON.parse(renamed.out()) as ConsolidationJson).files[0]).toMatchObject({ unit: 'XPD', status: 'ok' });
  });

  test('a file over 50 MB is rejected by its size without being read', async () => {
    const io = memoryIo({ 'lon.xlsx': files['thanh-duc.xlsx'] ?? new Uint8Array() }, { sizes: { 'lon.xlsx': 60 * 1024 * 1024 } });
    expect(await run(['consolidate', 'lon.xlsx', '--json'], io)).toBe(0);
    expect((JSON.parse(io.out()) as ConsolidationJson).files[0]).toMatchObject({ status: 'rejected', reason: expect.stringContaining('60 MB') as unknown });
  });

  test('-o writes the consolidation sheets and the district report; text starting with = stays text', async () => {
    const { io, code } = await consolidate(['thanh-duc.xlsx', 'cam-giang-moi.xlsx'], '-o', 'tong-hop.xlsx');
    expect(code).toBe(0);
    expect(io.out()).toContain('tong-hop.xlsx');
    const wb = await loadExcel(written(io.files, 'tong-hop.xlsx'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(['TH Tin bài', 'TH Đơn vị', 'BC 6T-2018']));
    const records = wb.getWorksheet('TH Tin bài');
    const cells: unknown[] = [];
    records?.eachRow((row) => row.eachCell((cell) => void cells.push(cell.value)));
    expect(cells).toContain('=SUM(A1:A3) là tiêu đề, không phải công thức');
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  test('the readable summary: files, who has and has not reported, targets, conservation', async () => {
    const { io, code } = await consolidate(ALL);
    expect(code).toBe(0);
    const out = io.out();
    expect(out).toContain('Kỳ tổng hợp: 6 tháng đầu năm 2018 (từ 15/12/2017 đến 14/06/2018)');
    expect(out).toMatch(/\| cam-giang-cu\.xlsx +\| Xã Cẩm Giang +\| Không tiếp nhận/);
    expect(out).toMatch(/Đã gửi \(3\): Xã Thạnh Đức, Xã Cẩm Giang, Xã Hiệp Thạnh/);
    // Phòng Nội vụ consolidates: it owes no file to itself (issue 13).
    expect(out).toMatch(/Chưa gửi \(7\): Văn phòng HĐND và UBND huyện/);
    expect(out).not.toMatch(/Chưa gửi \(\d+\): [^\n]*Phòng Nội vụ/);
    expect(out).toMatch(/\| III\.1\.a +\| Tin đăng trên Báo Tây Ninh +\| 10 +\| 1 +\| 1 +\| Đang thực hiện/);
    expect(out).toMatch(
      /Số dòng đã đọc: \d+ = dòng trống \d+ \+ dòng tiêu đề \d+ \+ dòng tổng cộng \d+ \+ dòng dữ liệu \d+; dòng dữ liệu \d+ \+ kênh thêm 0 \(dòng đánh dấu nhiều kênh\) = tổng hợp \d+ \+ trùng 1 \+ không lấy được 1\./,
    );
    expect(out).toMatch(/Gửi nhưng không tiếp nhận \(3\): Xã Phước Đông, Xã Phước Trạch, Xã Thanh Phước/);
  });

  test.each([
    [['khong-co.xlsx'], 'Không tìm thấy tệp "khong-co.xlsx"'],
    [['thanh-duc.xlsx', '--prefer', 'Cẩm Giang'], '--prefer ĐƠN_VỊ=TỆP'],
    [['thanh-duc.xlsx', '--prefer', 'Cẩm Giang=khac.xlsx'], '"khac.xlsx" không nằm trong'],
    [['thanh-duc.xlsx', '--unit-of', 'thanh-duc.xlsx=Xã Lạ'], 'Không có đơn vị "Xã Lạ"'],
    [['thanh-duc.xlsx', '--period', '2018', '--from', '2018-01-01'], 'không dùng cả hai'],
    [['thanh-duc.xlsx', '--from', '2018-01-01'], '--from và --to'],
    [['thanh-duc.xlsx', '--from', '2018-06-30', '--to', '2018-01-01'], 'Ngày --from 2018-06-30 sau ngày --to 2018-01-01'],
    [['thanh-duc.xlsx', '-o', 'thanh-duc.xlsx', '--force'], 'chỉ được đọc'],
    [['thanh-duc.xlsx', '-o', 'tong-hop.docx'], 'phải là tệp .xlsx'],
  ])('%j is bad usage', async (args, message) => {
    const io = memoryIo({ 'thanh-duc.xlsx': files['thanh-duc.xlsx'] ?? new Uint8Array() });
    expect(await run(['consolidate', ...args], io)).toBe(2);
    expect(io.err()).toContain(message);
  });

  test('--from/--to is a custom range', async () => {
    const io = memoryIo({ 'thanh-duc.xlsx': files['thanh-duc.xlsx'] ?? new Uint8Array() });
    expect(await run(['consolidate', 'thanh-duc.xlsx', '--json', '--from', '2018-03-06', '--to', '2018-03-31'], io)).toBe(0);
    const json = JSON.parse(io.out()) as ConsolidationJson;
    expect(json.period).toEqual({ from: '2018-03-06', to: '2018-03-31' });
    expect(json.targets.find((t) => t.id === 'III.1.a')?.achieved).toBe(0);
    expect(json.targets.find((t) => t.id === 'III.1.e')?.achieved).toBe(1);
  });
});
