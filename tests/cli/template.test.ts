import { run } from '../../src/cli/run';
import { readExistingRows } from '../../src/core/template/readExisting';
import { readStamp } from '../../src/core/template/stamp';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { memoryIo } from './memoryIo';
import { output, plan, unitWorkbook, written } from './workbooks';

async function stampOf(bytes: Uint8Array) {
  return readStamp(await readWorkbook(bytes));
}

describe('cchc template', () => {
  test.each([
    ['a name as people write it', 'Thạnh Đức'],
    ['the full name', 'xã Thạnh Đức'],
    ['the code', 'XTD'],
  ])('finds the unit from %s and stamps the workbook with it and today', async (_what, unit) => {
    const io = memoryIo({}, { today: '2018-03-01' });
    expect(await run(['template', '--unit', unit, '-o', 'so.xlsx'], io)).toBe(0);
    expect(io.out()).toContain('Xã Thạnh Đức');
    expect(io.err()).toBe('');
    expect(await stampOf(written(io.files, 'so.xlsx'))).toMatchObject({ kind: 'unit', unitCode: 'XTD', planId: plan.identity.id, createdOn: '2018-03-01' });
  });

  test("an unknown unit exits 2 and lists the plan's units", async () => {
    const io = memoryIo();
    expect(await run(['template', '--unit', 'Xã Không Có', '-o', 'so.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('Không có đơn vị "Xã Không Có"');
    for (const unit of plan.units) expect(io.err()).toContain(unit.name);
    expect(io.files.has('so.xlsx')).toBe(false);
  });

  test("--district makes Phòng Nội vụ's district workbook", async () => {
    const io = memoryIo();
    expect(await run(['template', '--district', '-o', 'huyen.xlsx'], io)).toBe(0);
    expect(io.out()).toContain('Phòng Nội vụ');
    expect(await stampOf(written(io.files, 'huyen.xlsx'))).toMatchObject({ kind: 'district', unitCode: 'PNV' });
  });

  test('without --unit a unit workbook is bad usage', async () => {
    const io = memoryIo();
    expect(await run(['template', '-o', 'so.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('--unit');
  });

  test('--upgrade keeps every entered row, says how many, and never writes over the old file', async () => {
    const old = await unitWorkbook('XTD', [
      output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC'),
      output('2018-03-06', 'Trang thông tin điện tử huyện', '=Tiêu đề bắt đầu bằng dấu bằng'),
      output('2018-04-01', 'Kênh lạ', 'Kênh không có trong kế hoạch'),
    ]);
    const io = memoryIo({ 'cu.xlsx': old });
    expect(await run(['template', '--unit', 'XTD', '--upgrade', 'cu.xlsx', '-o', 'moi.xlsx'], io)).toBe(0);
    expect(io.out()).toMatch(/Giữ lại \d+ dòng đã nhập trong cu\.xlsx: 3 tin bài/);
    expect(io.files.get('cu.xlsx')).toBe(old);
    const before = readExistingRows(await readWorkbook(old));
    const after = readExistingRows(await readWorkbook(written(io.files, 'moi.xlsx')));
    expect(after.outputs).toEqual(before.outputs);
    expect(after.standing).toEqual(before.standing);
  });

  test('--upgrade of a workbook made from an older plan revision keeps its rows and says so', async () => {
    const older = { ...plan, identity: { ...plan.identity, revision: 0 } };
    const io = memoryIo({ 'cu.xlsx': await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Tin cũ')], { plan: older }) });
    // Without --plan an upgrade keeps the plan the workbook carries; moving to the current plan names it.
    expect(await run(['plan', 'export', '-o', 'kh.xlsx'], io)).toBe(0);
    expect(await run(['template', '--unit', 'XTD', '--upgrade', 'cu.xlsx', '-o', 'moi.xlsx', '--plan', 'kh.xlsx'], io)).toBe(0);
    expect(await stampOf(written(io.files, 'moi.xlsx'))).toMatchObject({ planRevision: plan.identity.revision });
    expect(readExistingRows(await readWorkbook(written(io.files, 'moi.xlsx'))).outputs).toHaveLength(1);
  });

  test.each([
    ['-o is the --upgrade file, even with --force', ['--upgrade', 'cu.xlsx', '-o', 'cu.xlsx', '--force'], 'chỉ được đọc'],
    ['-o exists', ['-o', 'cu.xlsx'], '--force'],
  ])('refuses when %s', async (_what, args, message) => {
    const original = await unitWorkbook('XTD', []);
    const io = memoryIo({ 'cu.xlsx': original });
    expect(await run(['template', '--unit', 'XTD', ...args], io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.files.get('cu.xlsx')).toBe(original);
  });

  test('an unreadable --upgrade file exits 2 and says why', async () => {
    const io = memoryIo({ 'cu.xlsx': new TextEncoder().encode('Ngày;Tiêu đề\n') });
    expect(await run(['template', '--unit', 'XTD', '--upgrade', 'cu.xlsx', '-o', 'moi.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('CSV');
    expect(io.files.has('moi.xlsx')).toBe(false);
  });
});
