import fc from 'fast-check';
import { date, empty, text } from '../../../src/core/layout/cells';
import type { CellValue, WorkbookLayout } from '../../../src/core/layout/types';
import type { Plan, Unit } from '../../../src/core/plan/types';
import { standingLateness } from '../../../src/core/progress/standingDue';
import { addDays } from '../../../src/core/periods/calendarMath';
import { periodFor } from '../../../src/core/periods';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { AS_OF_CELL, PROGRESS_SHEET_NAME } from '../../../src/core/template/progressSheet';
import { patchLayout } from '../../support/patchLayout';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { fixturePlan } from '../../support/fixturePlans';
import { t } from '../../../src/core/i18n/format';
import { unitOf } from '../usecases/books';

/**
 * Tiến độ's verdict on a standing item due by a deadline (HM1, "hoàn thành trước 30/6/2026", for the
 * service centre TTPV of tests/fixtures/plans/ke-hoach-thanh-binh-2026.xlsx): done only after the
 * deadline reads "Đạt (hoàn thành chậm)", as the report's "Hoàn thành chậm (hạn 30/6/2026)" (try13i defect 6).
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-thanh-binh-2026.xlsx');
});

const judgedOn = (day: string, layout: WorkbookLayout): WorkbookLayout =>
  patchLayout(layout, [{ sheet: PROGRESS_SHEET_NAME, cell: AS_OF_CELL, value: date(day) }]);
/** A done HM1 row, dated on `day` (null: the date left blank). */
const centre = (who: Unit, day: string | null): CellValue[] => [
  text('HM1'),
  text('Công việc có hạn'),
  text(who.name),
  text('Đã thực hiện'),
  day === null ? empty : date(day),
  text('Biên bản'),
  empty,
  empty,
];

function verdictOn(asOf: string, days: readonly (string | null)[]): { done: unknown; owed: unknown; verdict: unknown } {
  const who = unitOf('TTPV', plan);
  const request: TemplateRequest = {
    plan,
    kind: 'unit',
    unit: who,
    createdOn: '2026-01-05',
    existing: { outputs: [], standing: days.map((day) => centre(who, day)), spending: [] },
  };
  const row = templateProgress(request).itemRows.get('HM1') ?? 0;
  const evaluated = evaluateLayout(judgedOn(asOf, buildTemplate(request)));
  try {
    const [done, owed, verdict] = ['C', 'D', 'F'].map((column) => evaluated.value(PROGRESS_SHEET_NAME, `${column}${row}`));
    return { done, owed, verdict };
  } finally {
    evaluated.destroy();
  }
}

describe('Tiến độ says a deadline met late as the report does (try13i defect 6)', () => {
  test('given HM1 (due 30/06) done on 10/07 only, on 30/11 it reads "Đạt (hoàn thành chậm)"; done on 20/06, "Đạt"', () => {
    expect(verdictOn('2026-11-30', ['2026-07-10'])).toEqual({ done: 1, owed: 1, verdict: 'Đạt (hoàn thành chậm)' });
    expect(verdictOn('2026-11-30', ['2026-06-20'])).toEqual({ done: 1, owed: 1, verdict: 'Đạt' });
  });

  test("given any done rows of HM1, dated or blank, and any as-of day, the verdict is the core's lateness (standingLateness)", () => {
    const year = periodFor('year', 2026, undefined, plan.periodConvention);
    const deadline = '2026-06-30';
    const day = fc.oneof(
      fc.integer({ min: -5, max: 370 }).map((n) => addDays(year.from, n)),
      fc.constantFrom(deadline, addDays(deadline, 1)),
    );
    fc.assert(
      fc.property(fc.array(fc.option(day, { nil: null, freq: 5 }), { minLength: 1, maxLength: 3 }), day, (days, asOf) => {
        const item = plan.standingItems.find((i) => i.id === 'HM1');
        if (item?.deadline !== deadline) throw new Error('HM1 is not due on 30/06/2026');
        const late = standingLateness(item, days, asOf, plan.periodConvention, { unit: unitOf('TTPV', plan) }).late;
        const expected =
          days.length === 0 ? t('excel.progress.met', {}, 'vi') : late ? t('excel.progress.metLate', {}, 'vi') : t('excel.progress.met', {}, 'vi');
        expect({ days, asOf, ...verdictOn(asOf, days) }).toEqual({ days, asOf, done: days.length, owed: days.length, verdict: expected });
      }),
      { numRuns: 20 },
    );
  });
});
