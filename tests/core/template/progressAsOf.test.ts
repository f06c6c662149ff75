import fc from 'fast-check';
import { date } from '../../../src/core/layout/cells';
import { addDays as plusDays } from '../../../src/core/periods/calendarMath';
import { periodFor } from '../../../src/core/periods';
import type { IsoDate } from '../../../src/core/plan/types';
import { periodVerdicts } from '../../../src/core/progress/periodVerdicts';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { AS_OF_CELL, NOT_BEGUN, PROGRESS_SHEET_NAME, RUNNING } from '../../../src/core/template/progressSheet';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { patchLayout } from '../../support/patchLayout';
import { existingOf, outputRow, plan, PLAN_YEAR_START, recordsOf, spendingOf, spendingRow, unitOf, type Row, type SpendingRow } from './kindsPlan';

/**
 * Tiến độ judges on its "Ngày đánh giá" as the report of that day does (issue 13, sixth tester, D8):
 * over the plan year (the sheet's default range), on a random day or the last day of a month or
 * quarter, each target's minimum, count and verdict are periodVerdicts' with that day as `asOf`:
 * months and quarters not ended are not judged, a yearly minimum not reached runs until the year ends.
 * The as-of cell is typed over, as an officer may, so the test does not depend on the machine's today.
 */
const year = periodFor('year', 2018, undefined, plan.periodConvention);
const periodEnds = (['month', 'quarter'] as const).flatMap((kind) =>
  Array.from({ length: kind === 'month' ? 12 : 4 }, (_, i) => periodFor(kind, 2018, i + 1, plan.periodConvention).to),
);
const asOf: fc.Arbitrary<IsoDate> = fc.oneof(
  fc.integer({ min: -10, max: 375 }).map((day) => plusDays(PLAN_YEAR_START, day)),
  fc.constantFrom(...periodEnds),
  fc.constantFrom(...periodEnds).map((day) => plusDays(day, 1)),
);

function check(request: TemplateRequest, rows: readonly Row[], day: IsoDate, spent: readonly SpendingRow[] = []): void {
  const own = request.kind === 'unit';
  const existing = existingOf(rows, own, spent);
  const layout = patchLayout(buildTemplate({ ...request, existing }), [{ sheet: PROGRESS_SHEET_NAME, cell: AS_OF_CELL, value: date(day) }]);
  // Kinh phí rows too: the money target (III.1.c) counts them, and a unit's outputs' amounts only when it keeps none in the plan year.
  const records = { outputs: recordsOf(layout, request), spending: spendingOf(layout, request) };
  const verdicts = periodVerdicts(plan, records, year, own ? { kind: 'unit', unit: request.unit, filter: true } : { kind: 'plan' }, day);
  const progress = templateProgress({ ...request, existing });
  const evaluated = evaluateLayout(layout);
  try {
    for (const verdict of verdicts) {
      const id = verdict.target.id;
      const other = progress.otherRows.get(id);
      if (other !== undefined) {
        expect({ id, achieved: evaluated.value(PROGRESS_SHEET_NAME, `D${other}`) }).toEqual({ id, achieved: verdict.inPeriod });
        continue;
      }
      const at = (column: string): unknown => evaluated.value(PROGRESS_SHEET_NAME, `${column}${progress.targetRows.get(id) ?? 0}`);
      if (own && verdict.target.scope === 'plan') {
        // A plan-wide target on a unit's sheet is its contribution: its count in the range, no verdict.
        expect({ id, achieved: at('D'), verdict: at('F') }).toEqual({ id, achieved: verdict.inPeriod, verdict: 'Đóng góp' });
        continue;
      }
      const shown = at('F');
      expect({ id, day, required: at('C'), achieved: at('D'), verdict: verdict.running ? [RUNNING, NOT_BEGUN].includes(String(shown)) : shown }).toEqual({
        id,
        day,
        required: verdict.summedMinimum ?? verdict.minimum,
        achieved: verdict.achieved,
        verdict: verdict.running ? true : verdict.met ? 'Đạt' : 'Chưa đạt',
      });
      // The rate as the report gives it, capped at 100%: each month or quarter credited up to its own minimum (a district's per-unit rate is still count over minimum).
      if (!verdict.units) expect({ id, day, rate: at('E') }).toEqual({ id, day, rate: expect.closeTo(verdict.ratio, 9) as unknown });
      if (verdict.units && !verdict.running) expect({ id, day, units: at('G') }).toEqual({ id, day, units: `${verdict.units.met}/${verdict.units.of}` });
    }
  } finally {
    evaluated.destroy();
  }
}

describe('Tiến độ judges on its as-of day as the report of that day does (HyperFormula against periodVerdicts)', () => {
  it("given a commune's own tracker (one that joins mid-year too), agrees with its report on any day of the year", () => {
    fc.assert(
      fc.property(
        fc.array(outputRow, { maxLength: 40 }),
        asOf,
        fc.constantFrom('XTD', 'XTP'),
        fc.array(spendingRow, { maxLength: 3 }),
        (rows, day, code, spent) => check({ plan, kind: 'unit', unit: unitOf(code), createdOn: '2018-07-01' }, rows, day, spent),
      ),
      { numRuns: 20 },
    );
  });

  it("given the district's workbook, agrees with the consolidated report on any day of the year", () => {
    fc.assert(
      fc.property(fc.array(outputRow, { maxLength: 40 }), asOf, fc.array(spendingRow, { maxLength: 6 }), (rows, day, spent) =>
        check({ plan, kind: 'district', unit: unitOf('PNV'), createdOn: '2018-07-01' }, rows, day, spent),
      ),
      { numRuns: 10 },
    );
  });
});
