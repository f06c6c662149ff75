import fc from 'fast-check';
import { date } from '../../../src/core/layout/cells';
import { addDays as plusDays } from '../../../src/core/periods/calendarMath';
import { periodFor } from '../../../src/core/periods';
import type { IsoDate, Plan } from '../../../src/core/plan/types';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { AS_OF_CELL, PROGRESS_SHEET_NAME } from '../../../src/core/template/progressSheet';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { patchLayout } from '../../support/patchLayout';
import { channelOf, existingOf, outputRow, plan, PLAN_YEAR_START, spendingRow, unitOf, type Row, type SpendingRow } from './kindsPlan';
import { checkAsOf } from './sheetAgreement';

/**
 * Tiến độ judges on its "Ngày đánh giá" as the report of that day does (issue 13, sixth tester, D8):
 * over the plan year (the sheet's default range), on a random day or the last day of a month or
 * quarter, each target's minimum, count and verdict are periodVerdicts' with that day as `asOf`:
 * months and quarters not ended are not judged, a yearly minimum not reached runs until the year ends.
 * The as-of cell is typed over, as an officer may, so the test does not depend on the machine's today.
 */
const periodEnds = (['month', 'quarter'] as const).flatMap((kind) =>
  Array.from({ length: kind === 'month' ? 12 : 4 }, (_, i) => periodFor(kind, 2018, i + 1, plan.periodConvention).to),
);
const asOf: fc.Arbitrary<IsoDate> = fc.oneof(
  fc.integer({ min: -10, max: 375 }).map((day) => plusDays(PLAN_YEAR_START, day)),
  fc.constantFrom(...periodEnds),
  fc.constantFrom(...periodEnds).map((day) => plusDays(day, 1)),
);

function check(request: TemplateRequest, rows: readonly Row[], day: IsoDate, spent: readonly SpendingRow[] = []): void {
  checkAsOf(request, rows, day, spent);
}

/**
 * A plan-wide monthly target (the eighth tester's vp.xlsx 1.b: 4,5,4,3,… Facebook posts against 4 a
 * month): on a unit's sheet it is a contribution, its rate the report's, each month credited up to its
 * minimum (40/44, not 44/44), a single month at most 100% (try13h D4).
 */
const monthlyPlan: Plan = { ...plan, targets: plan.targets.map((t) => (t.id === 'III.1.a' ? { ...t, scope: 'plan' as const, minimum: 3 } : t)) };
/** Rows on III.1.a's channel, one or more a month, counts 0–6 against 3: months above and below their minimum. */
const monthlyRows: fc.Arbitrary<Row[]> = fc.array(
  outputRow.map((row) => ({ ...row, channel: channelOf('III.1.a') })),
  { minLength: 8, maxLength: 30 },
);

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

  it("given a unit's own tracker and a plan-wide monthly target with months above and below their minimum, its rate is the report's (each month credited up to its minimum)", () => {
    fc.assert(
      fc.property(monthlyRows, asOf, fc.constantFrom('XTD', 'XTP'), (rows, day, code) =>
        check({ plan: monthlyPlan, kind: 'unit', unit: unitOf(code), createdOn: '2018-07-01' }, rows, day),
      ),
      { numRuns: 20 },
    );
  });

  it('given 7 posts in one month and 1 in another against 3 a month, the contribution reads 4/6 by month (67%), not 8/6, and the month rows 100% and 33%', () => {
    // Plan year 2018 (ND09): January is 15/12/2017–14/01/2018, February 15/01–14/02; judged on 14/02.
    const rows: Row[] = [
      { day: 1, channel: channelOf('III.1.a'), form: plan.forms[0]?.name ?? '', unit: 'Xã Thạnh Đức', count: 7, minutes: undefined, amount: undefined },
      { day: 40, channel: channelOf('III.1.a'), form: plan.forms[0]?.name ?? '', unit: 'Xã Thạnh Đức', count: 1, minutes: undefined, amount: undefined },
    ];
    check({ plan: monthlyPlan, kind: 'unit', unit: unitOf('XTD'), createdOn: '2018-07-01' }, rows, '2018-02-14');
    const request: TemplateRequest = { plan: monthlyPlan, kind: 'unit', unit: unitOf('XTD'), createdOn: '2018-07-01', existing: existingOf(rows, true) };
    const layout = patchLayout(buildTemplate(request), [{ sheet: PROGRESS_SHEET_NAME, cell: AS_OF_CELL, value: date('2018-02-14') }]);
    const progress = templateProgress(request);
    const evaluated = evaluateLayout(layout);
    try {
      const [january = 0, february = 0] = progress.sliceRows.get('III.1.a') ?? [];
      const cell = (address: string): unknown => evaluated.value(PROGRESS_SHEET_NAME, address);
      expect([cell(`D${progress.targetRows.get('III.1.a') ?? 0}`), cell(`E${progress.targetRows.get('III.1.a') ?? 0}`)]).toEqual([8, expect.closeTo(4 / 6, 9)]);
      expect([cell(`D${january}`), cell(`E${january}`), cell(`D${february}`), cell(`E${february}`)]).toEqual([7, 1, 1, expect.closeTo(1 / 3, 9)]);
    } finally {
      evaluated.destroy();
    }
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
