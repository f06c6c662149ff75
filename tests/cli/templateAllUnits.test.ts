import { run } from '../../src/cli/run';
import { readStamp } from '../../src/core/template/stamp';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { memoryIo } from './memoryIo';
import { plan, written } from './workbooks';

const inFolder = (files: ReadonlyMap<string, Uint8Array>, folder: string): string[] => [...files.keys()].filter((path) => path.startsWith(`${folder}/`)).sort();

describe('cchc template --all-units', () => {
  test("given the built-in plan, writes each unit's tracker (and no consolidation workbook) named after the unit, the same workbook --unit makes", async () => {
    const io = memoryIo({}, { today: '2018-03-01' });
    expect(await run(['template', '--all-units', '--out-dir', 'so'], io)).toBe(0);

    expect(inFolder(io.files, 'so')).toEqual(plan.units.map((u) => `so/${u.name}.xlsx`).sort());
    for (const unit of plan.units) {
      const stamp = readStamp(await readWorkbook(written(io.files, `so/${unit.name}.xlsx`)));
      expect(stamp).toMatchObject({ kind: 'unit', unitCode: unit.code, planId: plan.identity.id, createdOn: '2018-03-01' });
    }
    const total = plan.units.length;
    expect(io.err()).toContain(`[1/${total}] Văn phòng HĐND và UBND huyện → so/Văn phòng HĐND và UBND huyện.xlsx\n`);
    expect(io.err()).toContain(`[7/${total}] Xã Thạnh Đức → so/Xã Thạnh Đức.xlsx\n`);
    expect(io.out()).toBe(`Đã ghi ${total}/${total} sổ theo dõi theo kế hoạch ${plan.identity.id} vào thư mục so.\n`);

    expect(await run(['template', '--unit', 'XTD', '-o', 'mot-so.xlsx'], io)).toBe(0);
    expect(await readWorkbook(written(io.files, 'so/Xã Thạnh Đức.xlsx'))).toEqual(await readWorkbook(written(io.files, 'mot-so.xlsx')));
  });

  test('a file that exists, a folder of that name or the plan file being read is said and left alone, the others written, exit 2; --force replaces only the existing file', async () => {
    const earlier = new TextEncoder().encode('sổ cũ');
    const io = memoryIo({ 'so/Xã Thạnh Đức.xlsx': earlier }, { folders: ['so/Xã Cẩm Giang.xlsx'] });
    expect(await run(['plan', 'export', '-o', 'so/Xã Hiệp Thạnh.xlsx'], io)).toBe(0);
    const planFile = written(io.files, 'so/Xã Hiệp Thạnh.xlsx');
    const total = plan.units.length;

    expect(await run(['template', '--all-units', '--out-dir', 'so', '--plan', 'so/Xã Hiệp Thạnh.xlsx'], io)).toBe(2);
    expect(io.err()).toContain(`[7/${total}] Xã Thạnh Đức: đã có tệp so/Xã Thạnh Đức.xlsx, không ghi đè. Thêm --force để ghi đè.`);
    expect(io.err()).toContain(`[8/${total}] Xã Cẩm Giang: không ghi so/Xã Cẩm Giang.xlsx: đó là một thư mục.`);
    expect(io.err()).toContain(`[9/${total}] Xã Hiệp Thạnh: không ghi so/Xã Hiệp Thạnh.xlsx: đó là tệp kế hoạch đang đọc.`);
    expect(io.err()).toContain(`[10/${total}] Xã Bàu Đồn → so/Xã Bàu Đồn.xlsx`);
    expect(io.out()).toContain(`Đã ghi ${total - 3}/${total} sổ`);
    expect(io.out()).toContain('Chưa ghi được 3 sổ (lý do ở trên): Xã Thạnh Đức, Xã Cẩm Giang, Xã Hiệp Thạnh.');
    expect(io.files.get('so/Xã Thạnh Đức.xlsx')).toBe(earlier);
    expect(io.files.get('so/Xã Hiệp Thạnh.xlsx')).toBe(planFile);
    expect(io.files.has('so/Xã Bàu Đồn.xlsx')).toBe(true);

    const forced = memoryIo(Object.fromEntries(io.files), { folders: ['so/Xã Cẩm Giang.xlsx'] });
    expect(await run(['template', '--all-units', '--out-dir', 'so', '--plan', 'so/Xã Hiệp Thạnh.xlsx', '--force'], forced)).toBe(2);
    expect(readStamp(await readWorkbook(written(forced.files, 'so/Xã Thạnh Đức.xlsx')))).toMatchObject({ kind: 'unit', unitCode: 'XTD' });
    expect(forced.files.get('so/Xã Hiệp Thạnh.xlsx')).toBe(planFile);
    expect(forced.out()).toContain('Chưa ghi được 2 sổ (lý do ở trên): Xã Cẩm Giang, Xã Hiệp Thạnh.');
  });

  test('a folder that cannot be made is said once and nothing is written (exit 2)', async () => {
    const io = memoryIo();
    expect(await run(['template', '--all-units', '--out-dir', '/readonly/so'], io)).toBe(2);
    expect(io.err()).toContain('/readonly/so');
    expect(
      io
        .err()
        .split('\n')
        .filter((line) => line !== ''),
    ).toHaveLength(1);
    expect(io.files.size).toBe(0);
  });

  test.each([
    ['--unit', ['--all-units', '--out-dir', 'so', '--unit', 'XTD'], 'Không dùng --unit cùng --all-units'],
    ['-o', ['--all-units', '--out-dir', 'so', '-o', 'so.xlsx'], 'Không dùng -o, --output cùng --all-units'],
    ['--consolidating', ['--all-units', '--out-dir', 'so', '--consolidating'], 'Không dùng --consolidating cùng --all-units'],
    ['--district', ['--all-units', '--out-dir', 'so', '--district'], 'Không dùng --district cùng --all-units'],
    ['--upgrade', ['--all-units', '--out-dir', 'so', '--upgrade', 'cu.xlsx'], 'Không dùng --upgrade cùng --all-units'],
    ['no --out-dir', ['--all-units'], 'Cần có tùy chọn --out-dir'],
    ['--out-dir without --all-units', ['--unit', 'XTD', '--out-dir', 'so', '-o', 'so.xlsx'], '--out-dir chỉ dùng cùng --all-units'],
    ['neither -o nor --all-units', ['--unit', 'XTD'], 'Cần có tùy chọn -o, --output'],
  ])('%s: bad usage said before anything is read or written (exit 2)', async (_what, args, message) => {
    const io = memoryIo();
    expect(await run(['template', ...args], io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.files.size).toBe(0);
  });

  test('in English the clash names both options', async () => {
    const io = memoryIo();
    expect(await run(['template', '--lang', 'en', '--all-units', '--unit', 'XTD', '--out-dir', 'so'], io)).toBe(2);
    expect(io.err()).toContain('--unit cannot be used with --all-units');
  });
});

describe('cchc template --consolidating', () => {
  test("makes the reporting body's consolidation workbook, as --district still does, and says whose it is", async () => {
    const io = memoryIo();
    expect(await run(['template', '--consolidating', '-o', 'tong-hop.xlsx'], io)).toBe(0);
    expect(io.out()).toContain('Đã ghi sổ tổng hợp của Phòng Nội vụ theo kế hoạch');
    expect(io.out()).not.toContain('huyện');
    expect(readStamp(await readWorkbook(written(io.files, 'tong-hop.xlsx')))).toMatchObject({ kind: 'district', unitCode: 'PNV' });
  });
});
