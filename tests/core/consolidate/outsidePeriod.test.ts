import { examplePlan } from '../../support/fixturePlans';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { consolidationSheets } from '../../../src/core/consolidate/consolidationSheets';
import { CONSOLIDATION_SHEETS } from '../../../src/core/consolidate/consolidationSheetNames';
import { date, empty, text } from '../../../src/core/layout/cells';
import type { CellValue, SheetLayout } from '../../../src/core/layout/types';
import { periodFor } from '../../../src/core/periods';
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
