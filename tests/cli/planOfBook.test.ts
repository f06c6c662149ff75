import { run } from '../../src/cli/run';
import type { Plan } from '../../src/core/plan/types';
import { memoryIo } from './memoryIo';
import { loadExcel, output, plan, unitWorkbook } from './workbooks';

/** Next year's plan, made by editing the plan sheet: a new id and one more channel. */
const edited: Plan = {
  ...plan,
  identity: { ...plan.identity, id: '25/KH-UBND-2019', number: '25/KH-UBND' },
  channels: [...plan.channels, { code: 'BND', name: 'Báo Nhân Dân', shortName: 'Báo Nhân Dân', aliases: [] }],
};

async function validate(files: Record<string, Uint8Array>, ...args: string[]) {
  const io = memoryIo(files);
  const code = await run(['validate', 'so.xlsx', ...args], io);
  return { io, code };
}

async function withoutSheet(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const book = await loadExcel(bytes);
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  book.removeWorksheet(sheet.id);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('the plan a tracker carries is the plan by default', () => {
  test('given a tracker whose plan sheet adds a channel, validate without --plan accepts that channel', async () => {
    const bytes = await unitWorkbook('XTD', [output('2018-03-07', 'Báo Nhân Dân', 'Tin trên báo Trung ương')], { plan: edited });
    const { io, code } = await validate({ 'so.xlsx': bytes });
    expect(io.err()).toBe('');
    expect(code).toBe(0);
  });

  test('given --plan, the file named overrides the tracker’s own plan sheet', async () => {
    const bytes = await unitWorkbook('XTD', [output('2018-03-07', 'Báo Nhân Dân', 'Tin trên báo Trung ương')], { plan: edited });
    const { io, code } = await validate({ 'so.xlsx': bytes, 'kh.xlsx': await unitWorkbook('XTD', []) }, '--plan', 'kh.xlsx');
    expect(code).toBe(1);
    expect(io.out()).toContain('Báo Nhân Dân');
  });

  test('given a tracker without a plan sheet, the built-in plan is used and that is said', async () => {
    const bytes = await withoutSheet(await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC')]), 'Kế hoạch');
    const { io, code } = await validate({ 'so.xlsx': bytes });
    expect(code).toBe(0);
    expect(io.err()).toContain('không có sheet "Kế hoạch": dùng kế hoạch có sẵn 116/KH-UBND');
  });

  test('given a tracker stamped for one plan carrying another plan’s sheet, the sheet’s plan is used and the mismatch said', async () => {
    const stamped = await loadExcel(await unitWorkbook('XTD', [output('2018-03-07', 'Báo Nhân Dân', 'Tin trên báo Trung ương')], { plan: edited }));
    const stamp = stamped.getWorksheet('_cchc');
    stamp?.eachRow((row) => {
      if (row.getCell(1).value === 'planId') row.getCell(2).value = plan.identity.id;
    });
    const { io, code } = await validate({ 'so.xlsx': new Uint8Array(await stamped.xlsx.writeBuffer()) });
    expect(code).toBe(0);
    expect(io.err()).toContain(`được lập theo kế hoạch ${plan.identity.id} nhưng sheet "Kế hoạch" trong tệp là kế hoạch 25/KH-UBND-2019`);
  });
});
