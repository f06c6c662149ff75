import { columnLetters } from '../../../src/core/layout/a1';
import { date } from '../../../src/core/layout/cells';
import { periodFor } from '../../../src/core/periods';
import type { IsoDate } from '../../../src/core/plan/types';
import { periodVerdicts } from '../../../src/core/progress/periodVerdicts';
import { countedUpTo } from '../../../src/core/progress/countingWindow';
import { contributesTo, countsFor, responsibleFor, targetResults, type DateRange } from '../../../src/core/progress/targetProgress';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { AS_OF_CELL, NOT_BEGUN, PERIOD_FROM_CELL, PERIOD_TO_CELL, PROGRESS_SHEET_NAME, RUNNING } from '../../../src/core/template/progressSheet';
import { evaluateLayout, type Evaluated } from '../../support/evaluateWithHyperFormula';
import { patchLayout } from '../../support/patchLayout';
import { existingOf, recordsOf, spendingOf, type Row, type SpendingRow } from './kindsPlan';

/**
 * The Tiến độ sheet evaluated by a formula engine (HyperFormula) against the core, for any plan of
 * the kindsPlan shape (its channels, forms and units): the checks progressKinds, progressAsOf and
 * progressCountsFor run on random rows. Rows are read back from the built workbook as the core reads
 * them (kindsPlan recordsOf: a district's blank unit cell is no unit's).
 */

/**
 * Who the sheet's rows are for, beside the targets' figures: on a unit's sheet a target PHÂN CÔNG gives
 * others reads "Đóng góp" when the unit's rows count for it and it did something, "Không giao" when its
 * rows count for no part of it (countsFor, verdict13); on the district's, a unit whose rows count for no
 * part of a target is "-" in the unit table.
 */
function checkWho(request: TemplateRequest, evaluated: Evaluated, achievedOf: (id: string) => number): void {
  const { plan } = request;
  const progress = templateProgress(request);
  if (request.kind === 'unit') {
    for (const [id, row] of progress.otherRows) {
      const shown = evaluated.value(PROGRESS_SHEET_NAME, `F${row}`);
      const counts = contributesTo(plan, request.unit, id);
      expect({ id, shown }).toEqual({ id, shown: counts ? (achievedOf(id) > 0 ? 'Đóng góp' : '') : 'Không giao' });
    }
    return;
  }
  for (const [code, row] of progress.unitRows) {
    const unit = plan.units.find((u) => u.code === code);
    plan.targets.forEach((target, i) => {
      const cell = evaluated.value(PROGRESS_SHEET_NAME, `${columnLetters(3 + i)}${row}`);
      if (!countsFor(plan, target, unit)) expect({ code, id: target.id, cell }).toEqual({ code, id: target.id, cell: '-' });
      else expect({ code, id: target.id, number: typeof cell }).toEqual({ code, id: target.id, number: 'number' });
    });
  }
}

/**
 * Over a period typed anywhere in the plan year, judged after the year has ended (`judgedOn`): each
 * target's count, minimum, verdict and "k/n" units as targetResults gives them for the range.
 */
export function checkRange(request: TemplateRequest, rows: readonly Row[], range: DateRange, judgedOn: IsoDate, spent: readonly SpendingRow[] = []): void {
  const { plan } = request;
  const own = request.kind === 'unit';
  const existing = existingOf(rows, own, spent);
  const layout = patchLayout(buildTemplate({ ...request, existing }), [
    { sheet: PROGRESS_SHEET_NAME, cell: PERIOD_FROM_CELL, value: date(range.from) },
    { sheet: PROGRESS_SHEET_NAME, cell: PERIOD_TO_CELL, value: date(range.to) },
    { sheet: PROGRESS_SHEET_NAME, cell: AS_OF_CELL, value: date(judgedOn) },
  ]);
  const built = { ...request, existing };
  const records = { outputs: recordsOf(layout, built), spending: spendingOf(layout, built) };
  const core = targetResults(plan, records, range, own ? request.unit.code : undefined);
  const progress = templateProgress(built);
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
    checkWho(built, evaluated, (id) => core.find((r) => r.target.id === id)?.achieved ?? 0);
  } finally {
    evaluated.destroy();
  }
}

/**
 * Over the plan year (the sheet's default range), judged on `day`: each target's minimum, count,
 * rate and verdict as the report of that day gives them (periodVerdicts with `day` as asOf).
 */
export function checkAsOf(request: TemplateRequest, rows: readonly Row[], day: IsoDate, spent: readonly SpendingRow[] = []): void {
  const { plan } = request;
  const own = request.kind === 'unit';
  const existing = existingOf(rows, own, spent);
  const layout = patchLayout(buildTemplate({ ...request, existing }), [{ sheet: PROGRESS_SHEET_NAME, cell: AS_OF_CELL, value: date(day) }]);
  const built = { ...request, existing };
  // Kinh phí rows too: a money target counts them, and a unit's outputs' amounts only when it keeps none in the plan year.
  const records = { outputs: recordsOf(layout, built), spending: spendingOf(layout, built) };
  const year = periodFor('year', plan.identity.year, undefined, plan.periodConvention);
  const verdicts = periodVerdicts(plan, records, year, own ? { kind: 'unit', unit: request.unit, filter: true } : { kind: 'plan' }, day);
  const progress = templateProgress(built);
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
        // A plan-wide target on a unit's sheet is its contribution: its count in the range, no verdict, and
        // the rate its report gives (each month or quarter judged credited up to its minimum, try13h D4).
        expect({ id, day, achieved: at('D'), rate: at('E'), verdict: at('F') }).toEqual({
          id,
          day,
          achieved: verdict.inPeriod,
          rate: expect.closeTo(verdict.ratio, 9) as unknown,
          verdict: 'Đóng góp',
        });
        // Each month or quarter row: the report of that month or quarter alone, never above 100%.
        const per = verdict.target.per;
        (progress.sliceRows.get(id) ?? []).forEach((slice, i) => {
          if (per === undefined || per === 'year') return;
          // The month or quarter as the as-of day's report sees it: nothing dated after that day (countedUpTo).
          const alone = periodVerdicts(plan, countedUpTo(records, year, day), periodFor(per, plan.identity.year, i + 1, plan.periodConvention), {
            kind: 'unit',
            unit: request.unit,
            filter: true,
          });
          const ratio = alone.find((v) => v.target.id === id)?.ratio;
          expect({ id, slice: i + 1, rate: evaluated.value(PROGRESS_SHEET_NAME, `E${slice}`) }).toEqual({
            id,
            slice: i + 1,
            rate: expect.closeTo(ratio ?? NaN, 9) as unknown,
          });
        });
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
    checkWho(built, evaluated, (id) => verdicts.find((v) => v.target.id === id)?.inPeriod ?? 0);
  } finally {
    evaluated.destroy();
  }
}
