import fc from 'fast-check';
import { date } from '../../../src/core/layout/cells';
import { addDays as plusDays } from '../../../src/core/periods/calendarMath';
import { responsibleFor, targetResults, type DateRange } from '../../../src/core/progress/targetProgress';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { AS_OF_CELL, NOT_BEGUN, PERIOD_FROM_CELL, PERIOD_TO_CELL, PROGRESS_SHEET_NAME, RUNNING } from '../../../src/core/template/progressSheet';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { patchLayout } from '../../support/patchLayout';
import { existingOf, outputRow, plan, recordsOf, unitOf, type Row } from './kindsPlan';

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

function check(request: TemplateRequest, rows: readonly Row[], range: DateRange): void {
  const own = request.kind === 'unit';
  const existing = existingOf(rows, own);
  const layout = patchLayout(buildTemplate({ ...request, existing }), [
    { sheet: PROGRESS_SHEET_NAME, cell: PERIOD_FROM_CELL, value: date(range.from) },
    { sheet: PROGRESS_SHEET_NAME, cell: PERIOD_TO_CELL, value: date(range.to) },
    // Judged after the plan year (14/12/2018) has ended, so every month and quarter is; progressAsOf.test.ts judges on days inside it.
    { sheet: PROGRESS_SHEET_NAME, cell: AS_OF_CELL, value: date('2018-12-15') },
  ]);
  const records = recordsOf(layout, request);
  const core = targetResults(plan, records, range, own ? request.unit.code : undefined);
  const progress = templateProgress({ ...request, existing });
  const evaluated = evaluateLayout(layout);
  try {
    for (const result of core) {
      const other = progress.otherRows.get(result.target.id);
      if (other !== undefined) {
        // A unit's sheet: a target PHÂN CÔNG gives others shows the unit's outputs for it, no minimum, no verdict.
        expect(own && !responsibleFor(plan, request.unit, result.target.id)).toBe(true);
        expect({ id: result.target.id, achieved: evaluated.value(PROGRESS_SHEET_NAME, `D${other}`) }).toEqual({
          id: result.target.id,
          achieved: result.achieved,
        });
        continue;
      }
      const row = progress.targetRows.get(result.target.id);
      expect(own && !responsibleFor(plan, request.unit, result.target.id)).toBe(false);
      const at = (column: string): unknown => evaluated.value(PROGRESS_SHEET_NAME, `${column}${row}`);
      const contribution = own && result.target.scope === 'plan';
      expect({ id: result.target.id, achieved: at('D') }).toEqual({ id: result.target.id, achieved: result.achieved });
      if (contribution) {
        expect(at('F')).toBe('Đóng góp');
        continue;
      }
      // A cadence target none of whose months or quarters concerns the unit in the range is not judged (periodVerdicts: running, never "Đạt (0/0)").
      const unjudged = result.target.per !== undefined && result.target.per !== 'year' && result.slices.of === 0;
      expect({ id: result.target.id, required: at('C'), verdict: unjudged ? [RUNNING, NOT_BEGUN].includes(String(at('F'))) : at('F') }).toEqual({
        id: result.target.id,
        required: result.required,
        verdict: unjudged ? true : result.met ? 'Đạt' : 'Chưa đạt',
      });
      if (result.units) expect(at('G')).toBe(`${result.units.met}/${result.units.of}`);
    }
  } finally {
    evaluated.destroy();
  }
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
