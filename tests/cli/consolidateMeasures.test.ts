import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import type { ReportJson } from '../../src/cli/commands/report';
import { readPlanFromSheets } from '../../src/core/plan/planSheetReader';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import type { CountedTarget, Plan } from '../../src/core/plan/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { memoryIo, type MemoryIo } from './memoryIo';

/**
 * Issue 13: a district workbook rebuilt from its TH rows keeps minute, thing and đồng targets'
 * progress. The 2026 commune example (1.e: 120 minutes a quarter on the hamlets' loudspeakers) with
 * two more loudspeaker targets, one measured in things ("Số lượng") and one in đồng ("Số tiền"), so
 * the hamlets' trackers carry all three measure columns. By hand, Q1: Bến Mương 15 + 20 minutes,
 * 2 + 3 leaflets, 500.000 + 700.000 đồng; Xóm Bố 30 minutes, 1 leaflet (blank "Số lượng": one),
 * 250.000 đồng; so 65 minutes, 6 things, 1.450.000 đồng.
 */

interface ConsolidateJson {
  readonly targets: readonly { readonly id: string; readonly achieved: number; readonly yearToDate: number; readonly measure?: string }[];
}

const MEASURED = ['1.e', '1.f', '1.g'];

async function commune(): Promise<Plan> {
  const sheets = await readWorkbook(new Uint8Array(readFileSync(join(__dirname, '../../examples/ke-hoach-xa-2026.xlsx'))));
  const read = readPlanFromSheets(sheets);
  if (read.plan === undefined || read.plan === null) throw new Error('the example plan did not read');
  const airtime = read.plan.targets.find((t) => t.id === '1.e');
  if (airtime === undefined) throw new Error('no 1.e');
  const more: CountedTarget[] = [
    { ...airtime, id: '1.f', title: 'Tờ rơi phát kèm buổi phát thanh', minimum: 10, measure: 'quantity' },
    { ...airtime, id: '1.g', title: 'Kinh phí phát thanh trên loa ấp', minimum: 2_000_000, measure: 'amount' },
  ];
  return { ...read.plan, targets: [...read.plan.targets.filter((t) => !MEASURED.includes(t.id) || t.id === '1.e'), ...more] };
}

interface Broadcast {
  readonly day: string;
  readonly title: string;
  readonly minutes: number;
  readonly things: number | null;
  readonly amount: number;
}
const BROADCASTS: Readonly<Record<string, readonly Broadcast[]>> = {
  BM: [
    { day: '2026-01-06', title: 'Hướng dẫn nộp hồ sơ trực tuyến', minutes: 15, things: 2, amount: 500_000 },
    { day: '2026-02-10', title: 'Dịch vụ công trực tuyến toàn trình', minutes: 20, things: 3, amount: 700_000 },
  ],
  XB: [{ day: '2026-03-11', title: 'Đăng ký khai sinh trực tuyến', minutes: 30, things: null, amount: 250_000 }],
};

/** The hamlet's tracker made by `cchc template`, rows typed with exceljs under the measure columns' own headers. */
async function typeInto(io: MemoryIo, path: string, code: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(io.files.get(path) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('Tin bài');
  if (sheet === undefined) throw new Error('no Tin bài');
  const column = (header: string): number => {
    let found = 0;
    sheet.getRow(3).eachCell((cell, number) => {
      if (cell.value === header) found = number;
    });
    if (found === 0) throw new Error(`no column ${header}`);
    return found;
  };
  const [things, minutes, amount] = [column('Số lượng'), column('Thời lượng (phút)'), column('Kinh phí (đồng)')];
  (BROADCASTS[code] ?? []).forEach((b, i) => {
    const row = sheet.getRow(4 + i);
    row.getCell(1).value = new Date(`${b.day}T00:00:00Z`);
    row.getCell(2).value = 'Loa truyền thanh ấp';
    row.getCell(3).value = 'Phát thanh';
    row.getCell(4).value = b.title;
    row.getCell(things).value = b.things;
    row.getCell(minutes).value = b.minutes;
    row.getCell(amount).value = b.amount;
  });
  io.files.set(path, new Uint8Array(await book.xlsx.writeBuffer()));
}

describe('cchc consolidate -o keeps minutes, things and đồng on TH Tin bài (issue 13)', () => {
  it('given hamlets with minute, thing and đồng targets, report on the -o gives the figures the sources gave', async () => {
    const plan = await commune();
    const io = memoryIo({ 'ke-hoach.xlsx': await renderToBuffer(planToSheet(plan)) }, { today: '2026-04-02' });
    for (const code of ['BM', 'XB']) {
      expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', code, '-o', `${code}.xlsx`], io)).toBe(0);
      await typeInto(io, `${code}.xlsx`, code);
    }
    const before = io.out().length;
    expect(await run(['consolidate', 'BM.xlsx', 'XB.xlsx', '--plan', 'ke-hoach.xlsx', '--period', '2026-Q1', '--json', '-o', 'tong-hop.xlsx'], io)).toBe(0);
    const fromSources = (JSON.parse(io.out().slice(before)) as ConsolidateJson).targets.filter((t) => MEASURED.includes(t.id));
    expect(fromSources.map((t) => [t.id, t.achieved])).toEqual([
      ['1.e', 65],
      ['1.f', 6],
      ['1.g', 1_450_000],
    ]);

    const th = (await readWorkbook(io.files.get('tong-hop.xlsx') ?? new Uint8Array())).find((s) => s.name === 'TH Tin bài');
    expect(th?.values[1]?.slice(11)).toEqual(['Số lượng', 'Thời lượng (phút)', 'Kinh phí (đồng)']);

    const after = io.out().length;
    expect(await run(['report', 'tong-hop.xlsx', '--period', '2026-Q1', '--json'], io)).toBe(0);
    const fromWorkbook = (JSON.parse(io.out().slice(after)) as ReportJson).targets.filter((t) => MEASURED.includes(t.id));
    expect(fromWorkbook.map((t) => [t.id, t.achieved, t.yearToDate])).toEqual(fromSources.map((t) => [t.id, t.achieved, t.yearToDate]));
  });
});
