import { CONSOLIDATION_SHEETS } from '../../../src/core/consolidate/consolidationSheetNames';
import type { UnitFileInput } from '../../../src/core/consolidate/types';
import { date, empty, text } from '../../../src/core/layout/cells';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { carriedReviews, readReviewStates } from '../../../src/core/review/readReviewStates';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { layoutToRawSheets, withCell } from '../../support/layoutToRawSheets';

const plan = GO_DAU_116;
const half = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const year = periodFor('year', 2018, undefined, 'nd09-cutoff');

/** A unit's tracker; `bad` adds a row whose date cannot be read (an error the unit must fix). */
function unitFile(code: string, file: string, bad: boolean): UnitFileInput {
  const unit = plan.units.find((u) => u.code === code);
  if (unit === undefined) throw new Error(`no unit ${code}`);
  const row = (when: string, title: string) => [date(when), text('Báo Tây Ninh'), text('Tin'), text(title), empty, empty, empty];
  const outputs = [
    row('2018-03-05', `Tin của ${code}`),
    ...(bad ? [[text('32/13/2018'), text('Báo Tây Ninh'), text('Tin'), text('Sai ngày'), empty, empty, empty]] : []),
  ];
  const sheets = layoutToRawSheets(buildTemplate({ plan, kind: 'unit', unit, createdOn: '2018-06-01', existing: { outputs, standing: [], spending: [] } }));
  return { file, lastModified: 1, sheets };
}

const files = [
  unitFile('XTD', 'thanh-duc.xlsx', true),
  unitFile('XCG', 'cam-giang.xlsx', false),
  { file: 'la.csv', lastModified: 1, sheets: null, unreadable: { reason: 'notXlsx' as const, detail: 'text' } },
];
const run = (inputs: readonly UnitFileInput[], options: Partial<Parameters<typeof consolidateUnits>[2]> = {}) =>
  consolidateUnits(plan, inputs, { period: half, today: '2018-06-10', language: 'vi', ...options });
const unitList = (sheets: readonly RawSheet[]): RawSheet => {
  const sheet = sheets.find((s) => s.name === CONSOLIDATION_SHEETS.units);
  if (sheet === undefined) throw new Error('no unit list sheet');
  return sheet;
};
/** The 1-based row of the unit list whose "Tệp" reads `file`. */
const rowOf = (sheet: RawSheet, file: string): number => sheet.values.findIndex((row) => row[4] === file) + 1;

describe('review states on the unit list sheet', () => {
  const first = run(files);
  const written = layoutToRawSheets(first.layout);
  const sheet = unitList(written);

  it('proposes "Cần sửa" for a file with errors or not taken, and "Đã nhận" for a clean one; a unit that sent nothing has none', () => {
    expect(first.reviews.map((r) => [r.unit, r.file, r.state, r.by])).toEqual([
      ['XTD', 'thanh-duc.xlsx', 'needsFix', 'proposed'],
      ['XCG', 'cam-giang.xlsx', 'received', 'proposed'],
      [null, 'la.csv', 'needsFix', 'proposed'],
    ]);
    expect(sheet.values[1]?.slice(9, 11)).toEqual(['Xem xét', 'Ghi chú xem xét']);
    expect(sheet.values[rowOf(sheet, 'thanh-duc.xlsx') - 1]?.[9]).toBe('Cần sửa');
    expect(sheet.values[rowOf(sheet, 'cam-giang.xlsx') - 1]?.[9]).toBe('Đã nhận');
    expect(sheet.values.find((row) => row[0] === 'XHT')?.[9] ?? null).toBeNull();
  });

  it("offers the three states as a dropdown on every row, drawn from a legend on the sheet, and names the period's days in the title", () => {
    const layout = first.layout.sheets.find((s) => s.name === CONSOLIDATION_SHEETS.units);
    // Every unit but the consolidating Phòng Nội vụ, and one file no unit was matched to.
    const rows = plan.units.length - 1 + 1;
    expect(layout?.validations).toEqual([expect.objectContaining({ range: `J3:J${2 + rows}`, rule: { kind: 'list', source: '=$N$3:$N$5' } })]);
    expect([3, 4, 5].map((r) => sheet.values[r - 1]?.[13])).toEqual(['Đã nhận', 'Cần sửa', 'Trả lại']);
    expect(sheet.values[0]?.[0]).toContain('(TỪ NGÀY 15/12/2017 ĐẾN NGÀY 14/06/2018)');
  });

  it("reads back nothing of the officer's from a sheet that still shows the proposals", () => {
    const kept = readReviewStates(written);
    expect(kept).toMatchObject({ found: true, period: { from: half.from, to: half.to }, reviews: [], issues: [] });
  });

  describe('given the officer marked one file "Trả lại" with a note and typed a word that is no state on another', () => {
    const td = rowOf(sheet, 'thanh-duc.xlsx');
    const cg = rowOf(sheet, 'cam-giang.xlsx');
    const edited = written.map((s) =>
      s === sheet ? withCell(withCell(withCell(sheet, `J${td}`, 'trả lại'), `K${td}`, 'Thiếu số liệu tháng 3'), `J${cg}`, 'Đã xem') : s,
    );
    const kept = readReviewStates(edited);

    it("keeps the officer's row and says which cell holds the unknown word", () => {
      // The row with words that are no state is kept with them, its state the proposal: written back as typed, never a decision.
      expect(kept.reviews).toEqual([
        { unit: 'XTD', file: 'thanh-duc.xlsx', state: 'returned', note: 'Thiếu số liệu tháng 3' },
        { unit: 'XCG', file: 'cam-giang.xlsx', state: 'received', note: '', unreadable: 'Đã xem' },
      ]);
      expect(kept.issues.map((i) => `${i.code}@${i.where.sheet}!${i.where.cell ?? ''}`)).toEqual([`review.issue.badState@TH Đơn vị!J${cg}`]);
      expect(kept.issues[0]?.params).toMatchObject({ value: 'Đã xem', allowed: 'Đã nhận, Cần sửa, Trả lại' });
    });

    it("carries them over to the next consolidation of the same period, the officer's state winning over the proposal", () => {
      const again = run(files, { reviews: carriedReviews(kept, half) });
      expect(again.reviews.find((r) => r.file === 'thanh-duc.xlsx')).toMatchObject({ state: 'returned', note: 'Thiếu số liệu tháng 3', by: 'officer' });
      const next = unitList(layoutToRawSheets(again.layout));
      expect(next.values[rowOf(next, 'thanh-duc.xlsx') - 1]?.slice(9, 11)).toEqual(['Trả lại', 'Thiếu số liệu tháng 3']);
    });

    it('starts a new period clean', () => {
      expect(carriedReviews(kept, year)).toEqual([]);
      expect(run(files, { period: year, reviews: carriedReviews(kept, year) }).reviews.every((r) => r.by === 'proposed')).toBe(true);
    });

    it('reviews afresh a unit that sent another file', () => {
      const renamed = [unitFile('XTD', 'thanh-duc-sua.xlsx', false), ...files.slice(1)];
      expect(run(renamed, { reviews: carriedReviews(kept, half) }).reviews[0]).toMatchObject({ file: 'thanh-duc-sua.xlsx', state: 'received', by: 'proposed' });
    });
  });

  it('given a corrected file under the same name, proposes again what the row still showed as proposed', () => {
    const corrected = [unitFile('XTD', 'thanh-duc.xlsx', false), ...files.slice(1)];
    expect(run(corrected, { reviews: carriedReviews(readReviewStates(written), half) }).reviews[0]).toMatchObject({ state: 'received', by: 'proposed' });
  });

  it('given a unit list sheet that lost its review columns, warns and keeps nothing', () => {
    const stripped = written.map((s) => (s === sheet ? withCell(sheet, 'J2', null) : s));
    expect(readReviewStates(stripped)).toMatchObject({
      reviews: [],
      issues: [expect.objectContaining({ code: 'review.issue.noHeader', severity: 'warning' })],
    });
  });

  it('given a workbook with no consolidation, finds nothing', () => {
    expect(readReviewStates([])).toEqual({ found: false, period: null, reviews: [], issues: [] });
  });
});
