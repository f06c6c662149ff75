import fc from 'fast-check';
import { addDays as plusDays } from '../../../src/core/periods/calendarMath';
import type { DateRange } from '../../../src/core/progress/targetProgress';
import { templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { outputRow, plan, unitOf, type Row } from './kindsPlan';
import { checkRange } from './sheetAgreement';

/**
 * Tiến độ for every kind of target (issue 13), checked against the core with a real formula engine:
 * a monthly per-unit target, a quarterly target in minutes, a target in đồng, a per-unit target in
 * things and 116/KH-UBND's yearly counts; on a commune's own sheet and on the district's, with a
 * commune that joins mid-year, over a period typed anywhere in the plan year (judged after the year
 * has ended; progressAsOf.test.ts judges on days inside it).
 */
/** The ND09 plan year 2018 runs 15/12/2017–14/12/2018: a period of whole days inside it. */
const period = fc
  .tuple(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }))
  .map(([a, b]): DateRange => ({ from: plusDays('2017-12-15', Math.min(a, b)), to: plusDays('2017-12-15', Math.max(a, b)) }));

/** Judged after the plan year (14/12/2018) has ended, so every month and quarter is; progressAsOf.test.ts judges on days inside it. */
function check(request: TemplateRequest, rows: readonly Row[], range: DateRange): void {
  checkRange(request, rows, range, '2018-12-15');
}

describe('Tiến độ for every kind of target (HyperFormula against the core)', () => {
  it("given a commune's own tracker (one that joins mid-year too), shows its figures and verdicts as its report judges them", () => {
    fc.assert(
      fc.property(fc.array(outputRow, { maxLength: 40 }), period, fc.constantFrom('XTD', 'XTP'), (rows, range, code) =>
        check({ plan, kind: 'unit', unit: unitOf(code), createdOn: '2018-07-01' }, rows, range),
      ),
      { numRuns: 20 },
    );
  });

  it("given the district's workbook, shows totals, minimums over the units concerned, verdicts and how many units met each per-unit target", () => {
    fc.assert(
      fc.property(fc.array(outputRow, { maxLength: 40 }), period, (rows, range) =>
        check({ plan, kind: 'district', unit: unitOf('PNV'), createdOn: '2018-07-01' }, rows, range),
      ),
      { numRuns: 12 },
    );
  });

  it('given monthly and quarterly targets, keeps one row a target (the chart reads them) and lists their months and quarters in a table under it', () => {
    const progress = templateProgress({ plan, kind: 'district', unit: unitOf('PNV'), createdOn: '2018-07-01' });
    const rows = plan.targets.map((t) => progress.targetRows.get(t.id) ?? 0);
    expect(rows.slice(1).map((r, i) => r - (rows[i] ?? 0))).toEqual(rows.slice(1).map(() => 1));
    expect(progress.sliceRows.get('III.1.a')).toHaveLength(12);
    expect(progress.sliceRows.get('III.1.b')).toHaveLength(4);
    expect(progress.sliceRows.get('III.1.c')).toBeUndefined();
    expect(Math.min(...(progress.sliceRows.get('III.1.a') ?? []))).toBe(Math.max(...rows) + 3);
  });
});
