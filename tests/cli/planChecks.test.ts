import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import type { Plan } from '../../src/core/plan/types';
import { renderToBuffer, writeBuffer } from '../../src/xlsx/renderWorkbook';
import { memoryIo } from './memoryIo';
import { output, unitWorkbook } from './workbooks';

/** The year typed over in Excel: the plan sheet's own layout cannot even be drawn for 20188. */
async function withYear(year: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderToBuffer(planToSheet(GO_DAU_116))) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  let done = false;
  ws?.eachRow((row) => {
    if (!done && row.getCell(1).value === 'Năm') {
      row.getCell(2).value = year;
      done = true;
    }
  });
  if (!done) throw new Error('no "Năm" row');
  return writeBuffer(wb);
}

const manyChannels = Array.from({ length: 40 }, (_, i) => ({
  code: `K${i}`,
  name: `Kênh tuyên truyền số ${i} của huyện`,
  shortName: `Kênh ${i}`,
  aliases: [],
}));
const longFormula: Plan = {
  ...GO_DAU_116,
  channels: [...GO_DAU_116.channels, ...manyChannels],
  targets: [
    ...GO_DAU_116.targets,
    { id: 'X.1', title: 'Mọi kênh', channels: manyChannels.map((c) => c.code), forms: ['TIN', 'BAI'], minimum: 5, scope: 'plan' },
  ],
};

const COMMANDS: [string, string[]][] = [
  ['template', ['template', '--unit', 'XTD', '-o', 'moi.xlsx']],
  ['validate', ['validate', 'so.xlsx']],
  ['report', ['report', 'so.xlsx', '--period', '2018-H1', '-o', 'moi.xlsx']],
  ['consolidate', ['consolidate', 'so.xlsx', '--period', '2018-H1']],
  ['adopt', ['adopt', 'so.xlsx', '--unit', 'XTD', '-o', 'moi.xlsx']],
  ['plan show', ['plan', 'show']],
  ['plan export', ['plan', 'export', '-o', 'moi.xlsx']],
];

let book: Uint8Array;
const plans: Record<string, Uint8Array> = {};
beforeAll(async () => {
  book = await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị')]);
  plans.year = await withYear(20188);
  plans.formula = await renderToBuffer(planToSheet(longFormula));
});

describe.each([
  ['a year of 20188', 'year', 'plan.field.outOfRange', /Kế hoạch!B\d+: "Năm" phải từ 2000 đến 2100/],
  ['a target whose progress formula is over 8,192 characters', 'formula', 'plan.target.formulaTooLong', /Kế hoạch!C\d+: Chỉ tiêu "X\.1" tính trên 40 kênh/],
])('given a plan sheet with %s', (_name, which, _code, line) => {
  test.each(COMMANDS)('cchc %s stops with exit 1 and the cell, writing nothing', async (_command, args) => {
    const io = memoryIo({ 'so.xlsx': book, 'kh.xlsx': plans[which] ?? new Uint8Array() });
    const code = await run([...args, '--plan', 'kh.xlsx'], io);
    expect(code).toBe(1);
    expect(io.err()).toMatch(line);
    expect(io.files.has('moi.xlsx')).toBe(false);
  });
});
