import ExcelJS from 'exceljs';
import { examplePlan } from '../../support/fixturePlans';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { consolidationSheets } from '../../../src/core/consolidate/consolidationSheets';
import { CONSOLIDATION_SHEETS } from '../../../src/core/consolidate/consolidationSheetNames';
import { date, empty, text } from '../../../src/core/layout/cells';
import type { CellValue, SheetLayout } from '../../../src/core/layout/types';
import { customPeriod, periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { memoryWorkbook } from '../../../src/core/ports/memoryWorkbook';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { checkWorkbook } from '../../../src/core/usecases/checkWorkbook';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import type { Plan } from '../../../src/core/plan/types';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { consolidationJson } from '../../../src/cli/commands/consolidateOutput';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

/**
 * Issue 13, fifth tester, finding 11: a quarter's consolidation of year-long trackers wrote one
 * "Cảnh báo" per row of the other quarters to TH Lỗi từng tệp ("để các đơn vị sửa"), 170 lines on a
 * province where `validate` says 0. Those rows are not the unit's to fix: said once per file, while
 * a date after today or outside the plan year keeps its issue.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await examplePlan('ke-hoach-xa-2026.xlsx');
});

const post = (iso: string, title: string): CellValue[] => [date(iso), text('Trang Facebook của UBND xã'), text('Tin'), text(title), empty, empty, empty];

function yearLongTracker(): { file: string; lastModified: number; sheets: ReturnType<typeof layoutToRawSheets> } {
  const unit = plan.units.find((u) => u.code === 'VP');
  if (!unit) throw new Error('no VP');
  const outputs = [
    post('2026-01-05', 'Tháng một'),
    post('2026-04-06', 'Tháng tư'),
    post('2026-05-07', 'Tháng năm'),
    post('2026-08-10', 'Trong quý ba'),
    post('2026-10-12', 'Tháng mười'),
    post('2026-12-20', 'Ngày chưa tới'),
    post('2025-12-01', 'Năm trước'),
  ];
  const sheets = layoutToRawSheets(buildTemplate({ plan, kind: 'unit', unit, createdOn: '2026-01-02', existing: { outputs, standing: [], spending: [] } }));
  return { file: 'VP.xlsx', lastModified: 1, sheets };
}

const sheetText = (layout: SheetLayout): string[] => layout.blocks.flatMap((b) => b.rows.flatMap((r) => r.map((c) => (c.kind === 'text' ? c.text : ''))));

describe("a quarter's consolidation of a year-long tracker", () => {
  const quarter3 = () => periodFor('quarter', 2026, 3, 'calendar');

  test('given rows of the other quarters, none is an issue of the file; they are counted once, and a future date and one of the year before keep theirs', () => {
    const result = consolidate(plan, [yearLongTracker()], { period: quarter3(), today: '2026-11-30' });
    const file = result.files[0];
    expect(file?.outsidePeriod).toBe(4);
    expect(file?.issues.map((i) => i.code).sort()).toEqual(['validation.date.future', 'validation.date.outsidePlanYear']);
    expect([file?.errors, file?.warnings]).toEqual([1, 1]);
    expect(consolidationJson(plan, result, 'vi').files.map((f) => [f.warnings, f.outsidePeriod])).toEqual([[1, 4]]);
  });

  test('given the year as the period, no row is outside it and the file carries no count', () => {
    const result = consolidate(plan, [yearLongTracker()], { period: periodFor('year', 2026, undefined, 'calendar'), today: '2026-11-30' });
    expect(result.files[0]?.outsidePeriod).toBeUndefined();
  });

  test("given the TH sheets, TH Lỗi từng tệp lists only the two dates to fix and TH Đơn vị says the other quarters' rows once", () => {
    const result = consolidate(plan, [yearLongTracker()], { period: quarter3(), today: '2026-11-30' });
    const { sheets } = consolidationSheets(plan, result);
    const issues = sheets.find((s) => s.name === CONSOLIDATION_SHEETS.issues);
    const units = sheets.find((s) => s.name === CONSOLIDATION_SHEETS.units);
    if (!issues || !units) throw new Error('TH sheets missing');
    expect(sheetText(issues).filter((cell) => cell === 'Cảnh báo' || cell === 'Lỗi')).toHaveLength(2);
    expect(sheetText(issues).some((cell) => cell.includes('ngoài kỳ báo cáo'))).toBe(false);
    expect(sheetText(units)).toContain('4 dòng có ngày ngoài kỳ tổng hợp, không tính vào kỳ này');
  });
});

/**
 * Issue 11, fifth tester: a hidden row dated after the period was set aside as hidden and also counted
 * in `files[].outsidePeriod` (180 where 178 were right on his nhatky 2× files). A row set aside is
 * counted under its reason alone; outsidePeriod counts the rows taken in, as afterReportDate does.
 * Written by exceljs as an office saves its log, read back and consolidated through the use case.
 */
describe('rows dated after the period that are set aside for another reason', () => {
  async function officeLog(): Promise<RawSheet[]> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhật ký 2018');
    ws.getCell('A1').value = 'UBND XÃ THẠNH ĐỨC';
    ws.getRow(3).values = ['STT', 'Ngày đăng', 'Tên tin, bài', 'Đăng trên', 'Thể loại'];
    const rows: readonly (readonly [string, string, string])[] = [
      ['2018-03-05', 'Tuyên truyền một cửa liên thông', 'Báo Tây Ninh'],
      ['2018-12-16', 'Tin sau kỳ, tính', 'Báo Tây Ninh'],
      ['2018-12-17', 'Tin sau kỳ, ẩn', 'Báo Tây Ninh'],
      ['2018-12-18', 'Tin sau kỳ, không ghi kênh', ''],
      ['2018-12-16', 'Tin sau kỳ, tính', 'Báo Tây Ninh'],
      ['2018-12-19', 'Tin sau kỳ nữa, tính', 'Báo Tây Ninh'],
    ];
    rows.forEach(([iso, title, channel], i) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      ws.getRow(4 + i).values = [i + 1, new Date(Date.UTC(y, m - 1, d)), title, channel === '' ? null : channel, 'Tin'];
      ws.getCell(4 + i, 2).numFmt = 'dd/mm/yyyy';
    });
    ws.getRow(6).hidden = true;
    return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  }

  test('given a hidden row, a row without a channel and a repeated row dated after the period, outsidePeriod counts only the rows taken in; conservation still adds up', async () => {
    const sheets = await officeLog();
    const period = customPeriod('2017-12-15', '2018-12-14');
    const options = { period, today: '2018-12-31', language: 'vi' as const };
    const { result, layout } = consolidateUnits(GO_DAU_116, [{ file: 'So theo doi - Xa Thanh Duc.xlsx', lastModified: 1, sheets }], options);

    expect(result.quarantined.map((q) => [q.reason, q.source.row])).toEqual([
      ['hidden', 6],
      ['noChannel', 7],
    ]);
    expect(result.duplicates.map((dup) => dup.record.source.row)).toEqual([8]);
    expect(result.conservation).toMatchObject({ dataRows: 6, consolidated: 3, duplicates: 1, quarantined: 2 });
    // Rows 5 and 9: taken in, dated after 14/12/2018. Rows 6 (hidden), 7 (no channel) and 8 (a repeat) are counted under their reason.
    expect(result.files[0]?.outsidePeriod).toBe(2);
    expect(consolidationJson(GO_DAU_116, result, 'vi').files.map((f) => f.outsidePeriod)).toEqual([2]);
    const units = layout.sheets.find((s) => s.name === CONSOLIDATION_SHEETS.units);
    if (!units) throw new Error('TH Đơn vị missing');
    expect(sheetText(units)).toContain('2 dòng có ngày ngoài kỳ tổng hợp, không tính vào kỳ này');

    // A file sent back ("Trả lại") takes nothing in, and is told the same count of the rows it would have taken.
    const back = consolidateUnits(GO_DAU_116, [{ file: 'So theo doi - Xa Thanh Duc.xlsx', lastModified: 1, sheets }], {
      ...options,
      reviews: [{ unit: 'XTD', file: 'So theo doi - Xa Thanh Duc.xlsx', state: 'returned', note: '' }],
    });
    expect(back.result.files[0]).toMatchObject({ returned: true, outsidePeriod: 2 });

    // Kiểm tra still tells each of the five dates outside the period: the unit's own check is unchanged.
    const { report } = await checkWorkbook(memoryWorkbook(sheets), { plan: GO_DAU_116, today: '2018-12-31', period, file: 'So theo doi - Xa Thanh Duc.xlsx' });
    expect(report.issues.filter((i) => i.code === 'validation.date.outsidePeriod').map((i) => i.where.cell)).toEqual(['B5', 'B6', 'B7', 'B8', 'B9']);
  });
});
