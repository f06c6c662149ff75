import { examplePlan } from '../support/fixturePlans';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import type { Plan } from '../../src/core/plan/types';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { readStamp } from '../../src/core/template/stamp';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { memoryIo } from './memoryIo';
import { output, unitWorkbook, written } from './workbooks';

/**
 * Without --plan, consolidate, adopt and template --upgrade follow the plan the workbooks carry
 * (issue 13): the district workbook's plan sheet, else the one the units' files carry; a plan
 * missing, or files that carry different plans in equal numbers, are said.
 */
let province: Plan;
beforeAll(async () => {
  province = await examplePlan('ke-hoach-tinh-2026.xlsx');
});

const tracker = (code: string, kind: 'unit' | 'district' = 'unit', rows = [output('2026-04-08', 'Trang TTĐT xã', 'Hướng dẫn dịch vụ công', 'Tin')]) => {
  const unit = province.units.find((u) => u.code === code);
  if (!unit) throw new Error(code);
  return renderToBuffer(buildTemplate({ plan: province, kind, unit, createdOn: '2026-01-26', existing: { outputs: rows, standing: [], spending: [] } }));
};

interface Json {
  /** The plan's counted targets: the province's are 1.a–1.d, 116/KH-UBND's III.1.a–e. */
  readonly targets: readonly { readonly id: string }[];
  readonly files: readonly { readonly file: string; readonly unit: string | null; readonly status: string }[];
}

describe('the plan a consolidation, an adoption or an upgrade works under by default', () => {
  test('given the units’ trackers of the province plan and no --plan, consolidate works under the plan they carry, unsaid', async () => {
    const io = memoryIo({ 'hoa-thanh.xlsx': await tracker('XHT'), 'tan-thanh.xlsx': await tracker('XTT') });
    expect(await run(['consolidate', 'hoa-thanh.xlsx', 'tan-thanh.xlsx', '--period', '2026-Q2', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out()) as Json;
    expect(json.targets.map((t) => t.id)).toEqual(['1.a', '1.b', '1.c', '1.d']);
    expect(json.files.map((f) => [f.unit, f.status])).toEqual([
      ['XHT', 'ok'],
      ['XTT', 'ok'],
    ]);
    expect(io.err()).toBe('');
  });

  test('given --map naming the district workbook, its plan sheet wins over the units’ files', async () => {
    const io = memoryIo({ 'so-noi-vu.xlsx': await tracker('SNV', 'district'), 'thanh-duc.xlsx': await unitWorkbook('XTD', []) });
    expect(await run(['consolidate', 'thanh-duc.xlsx', '--map', 'so-noi-vu.xlsx', '--period', '2026-Q2', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out()) as Json;
    expect(json.targets.map((t) => t.id)).toEqual(['1.a', '1.b', '1.c', '1.d']);
    // The Gò Dầu tracker is made for another plan: named as such in the result.
    expect(json.files[0]?.status).toBe('rejected');
  });

  test('given units’ files carrying two plans in equal numbers, the later revision is used and the tie said', async () => {
    const io = memoryIo({ 'hoa-thanh.xlsx': await tracker('XHT'), 'thanh-duc.xlsx': await unitWorkbook('XTD', []) });
    expect(await run(['consolidate', 'hoa-thanh.xlsx', 'thanh-duc.xlsx', '--period', '2026-Q2', '--json'], io)).toBe(0);
    expect(io.err()).toMatch(/^Các tệp đơn vị mang kế hoạch khác nhau, số tệp ngang nhau: .*58\/KH-UBND-2026.*: 1 tệp; .*116\/KH-UBND-2018.*: 1 tệp/u);
  });

  test('given files with no plan sheet, the built-in plan is used and said', async () => {
    const io = memoryIo();
    const own = await unitWorkbook('XTD', [output('2018-05-14', 'Báo Tây Ninh', 'Tin')]);
    // The add-in's tracker without its plan sheet, as an office that deleted it sends it.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(own as unknown as ExcelJS.Buffer);
    book.removeWorksheet(book.getWorksheet('Kế hoạch')?.id ?? -1);
    io.files.set('thanh-duc.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(await run(['consolidate', 'thanh-duc.xlsx', '--period', '2018-Q2', '--json'], io)).toBe(0);
    expect((JSON.parse(io.out()) as Json).targets.map((t) => t.id)).toEqual(['III.1.a', 'III.1.b', 'III.1.c', 'III.1.d', 'III.1.e']);
    expect(io.err()).toContain('Không tệp đơn vị nào có sheet "Kế hoạch": dùng kế hoạch có sẵn 116/KH-UBND.');
  });

  test('given files whose plan sheet has errors, the built-in plan is used and the errors, not a missing sheet, are said', async () => {
    const io = memoryIo();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tracker('XHT')) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Kế hoạch');
    if (!sheet) throw new Error('the tracker has no plan sheet');
    // The plan year typed as a word: the sheet reads with an error.
    sheet.eachRow((row) => {
      if (row.getCell(1).text === 'Năm') row.getCell(2).value = 'hai nghìn';
    });
    io.files.set('hoa-thanh.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(await run(['consolidate', 'hoa-thanh.xlsx', '--period', '2026-Q2', '--json'], io)).toBe(0);
    expect(io.err()).toContain('Sheet "Kế hoạch" trong 1 tệp đơn vị có lỗi');
    expect(io.err()).not.toContain('Không tệp đơn vị nào có sheet');
  });

  test('given an office’s tracker that carries the province plan sheet, adopt without --plan takes its rows under that plan', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(__dirname, '..', '..', 'examples', 'ke-hoach-tinh-2026.xlsx')) as unknown as ExcelJS.Buffer);
    const rows = book.addWorksheet('Tin bài');
    rows.addRow(['SỔ THEO DÕI TIN BÀI - XÃ HÒA THẠNH']);
    rows.addRow(['STT', 'Ngày đăng', 'Kênh', 'Hình thức', 'Tên tin, bài']);
    rows.addRow([1, new Date('2026-04-08T00:00:00Z'), 'Trang TTĐT xã', 'Tin', 'Hướng dẫn dịch vụ công trực tuyến']);
    const io = memoryIo({ 'so.xlsx': new Uint8Array(await book.xlsx.writeBuffer()) });
    expect(await run(['adopt', 'so.xlsx', '--unit', 'Xã Hòa Thạnh', '-o', 'moi.xlsx'], io)).toBe(0);
    expect(readStamp(await readWorkbook(written(io.files, 'moi.xlsx')))).toMatchObject({ planId: '58/KH-UBND-2026', unitCode: 'XHT' });
  });

  test('given template --upgrade of a province tracker without --plan, the new tracker keeps the province plan and its unit', async () => {
    const io = memoryIo({ 'cu.xlsx': await tracker('XHT') });
    expect(await run(['template', '--unit', 'Xã Hòa Thạnh', '--upgrade', 'cu.xlsx', '-o', 'moi.xlsx'], io)).toBe(0);
    expect(readStamp(await readWorkbook(written(io.files, 'moi.xlsx')))).toMatchObject({ planId: '58/KH-UBND-2026', unitCode: 'XHT' });
  });
});
