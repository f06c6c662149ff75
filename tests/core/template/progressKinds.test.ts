import fc from 'fast-check';
import { date, empty, num, text } from '../../../src/core/layout/cells';
import type { CellValue } from '../../../src/core/layout/types';
import { addDays as plusDays } from '../../../src/core/periods/calendarMath';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { createPlanLookup } from '../../../src/core/plan/planLookup';
import type { CountedTarget, Plan, Unit } from '../../../src/core/plan/types';
import { findHeader } from '../../../src/core/records/findHeader';
import { readRecords } from '../../../src/core/records/readRecords';
import { OUTPUT_SHEET } from '../../../src/core/records/recordSheets';
import { resolveOutput } from '../../../src/core/records/resolveRecords';
import { responsibleFor, targetResults, type DateRange } from '../../../src/core/progress/targetProgress';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { PERIOD_FROM_CELL, PERIOD_TO_CELL, PROGRESS_SHEET_NAME } from '../../../src/core/template/progressSheet';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';
import { patchLayout } from '../../support/patchLayout';

/**
 * Tiến độ for every kind of target (issue 13), checked against the core with a real formula engine:
 * a monthly per-unit target, a quarterly target in minutes, a target in đồng, a per-unit target in
 * things and 116/KH-UBND's yearly counts; on a commune's own sheet and on the district's, with a
 * commune that joins mid-year, over a period typed anywhere in the plan year.
 */
const edit: Readonly<Record<string, Partial<CountedTarget>>> = {
  'III.1.a': { scope: 'per-unit', per: 'month', minimum: 1 },
  'III.1.b': { measure: 'minutes', per: 'quarter', minimum: 120 },
  'III.1.c': { measure: 'amount', minimum: 20_000_000 },
  'III.1.d': { measure: 'quantity', scope: 'per-unit', minimum: 4 },
};
const plan: Plan = {
  ...GO_DAU_116,
  targets: GO_DAU_116.targets.map((t) => ({ ...t, ...edit[t.id] })),
  units: GO_DAU_116.units.map((u) => (u.code === 'XTP' ? { ...u, activeFrom: '2018-07-01' } : u)),
  responsibilities: [...GO_DAU_116.responsibilities, { units: [], levels: ['commune'], task: 'Tin trên các kênh', items: ['III.1.a', 'III.1.d'] }],
};
const unitOf = (code: string): Unit => {
  const unit = plan.units.find((u) => u.code === code);
  if (!unit) throw new Error(code);
  return unit;
};
const communes = plan.units.filter((u) => u.level === 'commune');
const channelOf = (id: string): string => {
  const code = plan.targets.find((t) => t.id === id)?.channels[0];
  return plan.channels.find((c) => c.code === code)?.name ?? '';
};

const outputRow = fc.record({
  day: fc.integer({ min: -20, max: 370 }),
  channel: fc.constantFrom(...['III.1.a', 'III.1.b', 'III.1.c', 'III.1.d'].map(channelOf)),
  form: fc.constantFrom(...plan.forms.map((f) => f.name)),
  unit: fc.constantFrom(...communes.map((u) => u.name)),
  count: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  minutes: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  amount: fc.option(fc.integer({ min: 0, max: 9_000_000 }), { nil: undefined }),
});
type Row = typeof outputRow extends fc.Arbitrary<infer T> ? T : never;
const optional = (value: number | undefined): CellValue => (value === undefined ? empty : num(value));

/** The ND09 plan year 2018 runs 15/12/2017–14/12/2018: a period of whole days inside it. */
const period = fc
  .tuple(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }))
  .map(([a, b]): DateRange => ({ from: plusDays('2017-12-15', Math.min(a, b)), to: plusDays('2017-12-15', Math.max(a, b)) }));

function check(request: TemplateRequest, rows: readonly Row[], range: DateRange): void {
  const own = request.kind === 'unit';
  const existing = {
    outputs: rows.map((r) => [
      date(plusDays('2017-12-15', r.day)),
      text(r.channel),
      text(r.form),
      text('tin'),
      empty,
      own ? empty : text(r.unit),
      empty,
      optional(r.count),
      optional(r.minutes),
      optional(r.amount),
    ]),
    standing: [],
    spending: [],
  };
  const layout = patchLayout(buildTemplate({ ...request, existing }), [
    { sheet: PROGRESS_SHEET_NAME, cell: PERIOD_FROM_CELL, value: date(range.from) },
    { sheet: PROGRESS_SHEET_NAME, cell: PERIOD_TO_CELL, value: date(range.to) },
  ]);
  const sheet = layoutToRawSheets(layout).find((s) => s.name === OUTPUT_SHEET.sheetName);
  const header = sheet ? findHeader(sheet, OUTPUT_SHEET) : null;
  if (!sheet || !header) throw new Error('no outputs table');
  const context = { lookup: createPlanLookup(plan), defaultUnit: request.unit.code };
  const records = readRecords(sheet, OUTPUT_SHEET, header).records.map((r) => resolveOutput(r, context));
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
      expect({ id: result.target.id, required: at('C'), verdict: at('F') }).toEqual({
        id: result.target.id,
        required: result.required,
        verdict: result.met ? 'Đạt' : 'Chưa đạt',
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
