import { consolidate } from '../../../src/core/consolidate/consolidate';
import { date, empty, text } from '../../../src/core/layout/cells';
import { periodFor } from '../../../src/core/periods';
import { consolidationWorkbook } from '../../../src/core/usecases/consolidateUnits';
import { validateWorkbook } from '../../../src/core/validation';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';
import { plan, trackerSheets, unitOf } from '../usecases/books';

/**
 * A district workbook holds, after Tổng hợp, the consolidation's TH sheets and its report sheet
 * beside its own entry tables: checking it reads its own entries only (found by a new user:
 * `cchc validate` read "TH Đơn vị" as standing items and reported 55 errors).
 */
test('given a district workbook with the consolidation written into it, checking it finds what it finds without the consolidation', async () => {
  const commune = await trackerSheets(unitOf('XTD'), [[date('2018-03-05'), text('Báo Tây Ninh'), text('Tin'), text('Một cửa'), empty, empty, empty]]);
  const result = consolidate(plan, [{ file: 'xa.xlsx', lastModified: 1, sheets: commune }], {
    period: periodFor('year', 2018, undefined, plan.periodConvention),
    today: '2018-12-31',
  });
  const { layout } = consolidationWorkbook(plan, result, { reportDate: '2018-12-31', language: 'vi' });
  const district = await trackerSheets(unitOf('PNV'), [], { kind: 'district' });
  const withConsolidation = [...district, ...layoutToRawSheets(layout)];
  expect(withConsolidation.some((s) => s.name === 'TH Đơn vị')).toBe(true);
  const key = (r: ReturnType<typeof validateWorkbook>): string[] => r.issues.map((i) => `${i.code}@${i.where.sheet}!${i.where.cell ?? ''}`);
  const alone = validateWorkbook(plan, district, { today: '2018-12-31' });
  const after = validateWorkbook(plan, withConsolidation, { today: '2018-12-31' });
  expect(key(after)).toEqual(key(alone));
  expect(after.records.outputs).toHaveLength(alone.records.outputs.length);
});

test('given a consolidation written to a file (no stamp), checking it reads none of its TH or report sheets as entries', async () => {
  const commune = await trackerSheets(unitOf('XTD'), [[date('2018-03-05'), text('Báo Tây Ninh'), text('Tin'), text('Một cửa'), empty, empty, empty]]);
  const result = consolidate(plan, [{ file: 'xa.xlsx', lastModified: 1, sheets: commune }], {
    period: periodFor('year', 2018, undefined, plan.periodConvention),
    today: '2018-12-31',
  });
  const { layout } = consolidationWorkbook(plan, result, { reportDate: '2018-12-31', language: 'vi' });
  const report = validateWorkbook(plan, layoutToRawSheets(layout), { today: '2018-12-31' });
  expect(report.records.outputs).toEqual([]);
  expect(report.issues.filter((i) => i.where.sheet.startsWith('BC ') || i.where.cell !== undefined)).toEqual([]);
});
