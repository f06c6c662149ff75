import { CONSOLIDATION_SHEETS } from '../../../src/core/consolidate/consolidationSheetNames';
import type { UnitFileInput } from '../../../src/core/consolidate/types';
import { date, empty, text } from '../../../src/core/layout/cells';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { carriedReviews, readReviewStates } from '../../../src/core/review/readReviewStates';
import { reminders } from '../../../src/core/review/reminders';
import type { OfficerReview } from '../../../src/core/review/reviewStates';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

const plan = GO_DAU_116;
const half = periodFor('half-year', 2018, 1, 'nd09-cutoff');

/** A unit's tracker with `count` news items in the provincial paper (III.1.a); `bad` adds a row whose date cannot be read. */
function unitFile(code: string, file: string, count: number, bad = false): UnitFileInput {
  const unit = plan.units.find((u) => u.code === code);
  if (unit === undefined) throw new Error(`no unit ${code}`);
  const outputs = [
    ...Array.from({ length: count }, (_, i) => [
      date(`2018-03-0${i + 1}`),
      text('Báo Tây Ninh'),
      text('Tin'),
      text(`Tin ${i + 1} của ${code}`),
      empty,
      empty,
      empty,
    ]),
    ...(bad ? [[text('32/13/2018'), text('Báo Tây Ninh'), text('Tin'), text('Sai ngày'), empty, empty, empty]] : []),
  ];
  const sheets = layoutToRawSheets(buildTemplate({ plan, kind: 'unit', unit, createdOn: '2018-06-01', existing: { outputs, standing: [], spending: [] } }));
  return { file, lastModified: 1, sheets };
}

const files = [unitFile('XTD', 'thanh-duc.xlsx', 3, true), unitFile('XCG', 'cam-giang.xlsx', 2)];
const run = (reviews: readonly OfficerReview[]) => consolidateUnits(plan, files, { period: half, today: '2018-06-10', language: 'vi', reviews });
const paper = (result: ReturnType<typeof run>['result']) => result.targets.find((r) => r.target.id === 'III.1.a')?.achieved;
const unitList = (sheets: readonly RawSheet[]): RawSheet => {
  const sheet = sheets.find((s) => s.name === CONSOLIDATION_SHEETS.units);
  if (sheet === undefined) throw new Error('no unit list sheet');
  return sheet;
};
const rowFor = (sheet: RawSheet, file: string) => sheet.values.find((row) => row[4] === file) ?? [];

describe('a file the officer marks "Trả lại"', () => {
  const plain = run([]);
  const returned = run([{ unit: 'XTD', file: 'thanh-duc.xlsx', state: 'returned', note: 'Thiếu số báo' }]);

  it('counts nothing in the totals, the district report or the TH sheets, and the other units still count', () => {
    expect(paper(plain.result)).toBe(5);
    expect(paper(returned.result)).toBe(2);
    expect(returned.result.outputs.every((r) => r.unit === 'XCG')).toBe(true);
    expect(returned.result.perUnit.get('XTD')?.find((r) => r.target.id === 'III.1.a')?.achieved).toBe(0);
    const records = layoutToRawSheets(returned.layout).find((s) => s.name === CONSOLIDATION_SHEETS.records);
    expect(records?.values.some((row) => String(row[3] ?? '').includes('của XTD'))).toBe(false);
    // Conservation holds over the files counted: the returned file's rows are not hidden in it.
    const c = returned.result.conservation;
    expect(c.dataRows + c.extraChannels).toBe(c.consolidated + c.duplicates + c.quarantined);
  });

  it('stays listed on TH Đơn vị with its rows, its state and why it is not counted; the unit reads "Trả lại", not "Đã gửi"', () => {
    const row = rowFor(unitList(layoutToRawSheets(returned.layout)), 'thanh-duc.xlsx');
    expect(row[3]).toBe('Trả lại');
    // The same row count as when it was counted (its standing-item rows too).
    expect(row[5]).toBe(plain.result.files.find((f) => f.file === 'thanh-duc.xlsx')?.records);
    expect(String(row[8])).toContain('không tính vào tổng hợp');
    expect(row.slice(9, 11)).toEqual(['Trả lại', 'Thiếu số báo']);
    expect(returned.result.reporting.find((r) => r.unit === 'XTD')).toEqual({ unit: 'XTD', status: 'returned', file: 'thanh-duc.xlsx' });
    expect(returned.result.files.find((f) => f.file === 'thanh-duc.xlsx')).toMatchObject({ status: 'ok', returned: true, errors: 1 });
  });

  it('is asked for again by a reminder quoting the note', () => {
    const owed = reminders(plan, returned.result, { today: '2018-06-10', reviews: returned.reviews }).find((r) => r.unit === 'XTD');
    expect(owed).toMatchObject({ reason: 'returned', file: 'thanh-duc.xlsx', problem: 'Thiếu số báo' });
  });

  it('counts again once the sheet is set back to "Cần sửa": a file accepted with fixes pending counts', () => {
    const needsFix = run([{ unit: 'XTD', file: 'thanh-duc.xlsx', state: 'needsFix', note: 'Sửa ngày dòng 4' }]);
    expect(paper(needsFix.result)).toBe(5);
    expect(needsFix.result.reporting.find((r) => r.unit === 'XTD')?.status).toBe('reported');
  });

  it('is still "Trả lại" and uncounted in the next consolidation of the period, read back from TH Đơn vị', () => {
    const kept = carriedReviews(readReviewStates(layoutToRawSheets(returned.layout)), half);
    expect(kept).toEqual([{ unit: 'XTD', file: 'thanh-duc.xlsx', state: 'returned', note: 'Thiếu số báo' }]);
    expect(paper(run(kept).result)).toBe(2);
  });

  it("says in the legend beside the dropdown's words how each state counts", () => {
    const sheet = unitList(layoutToRawSheets(returned.layout));
    const legend = sheet.values.map((row) => row[13]).filter((v) => typeof v === 'string');
    expect(legend.join(' ')).toMatch(/Đã nhận và Cần sửa: số liệu .* được tính .*Trả lại: không tính/);
  });
});
