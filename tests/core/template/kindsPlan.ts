import fc from 'fast-check';
import { date, empty, num, text } from '../../../src/core/layout/cells';
import type { CellValue, WorkbookLayout } from '../../../src/core/layout/types';
import { addDays as plusDays } from '../../../src/core/periods/calendarMath';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { createPlanLookup } from '../../../src/core/plan/planLookup';
import type { CountedTarget, Plan, Unit } from '../../../src/core/plan/types';
import { findHeader } from '../../../src/core/records/findHeader';
import { readRecords } from '../../../src/core/records/readRecords';
import { OUTPUT_SHEET, SPENDING_SHEET } from '../../../src/core/records/recordSheets';
import { resolveOutput, resolveSpending, type ResolveContext } from '../../../src/core/records/resolveRecords';
import type { OutputRecord, SpendingRecord } from '../../../src/core/records/types';
import type { ExistingRows, TemplateRequest } from '../../../src/core/template/buildTemplate';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

/**
 * The plan of the Tiến độ property tests (issue 13): 116/KH-UBND with a monthly per-unit target, a
 * quarterly target in minutes, a target in đồng, a per-unit target in things; Xã Thạnh Phước (XTP)
 * joins on 01/07/2018. Its ND09 plan year 2018 runs 15/12/2017–14/12/2018.
 */
const edit: Readonly<Record<string, Partial<CountedTarget>>> = {
  'III.1.a': { scope: 'per-unit', per: 'month', minimum: 1 },
  'III.1.b': { measure: 'minutes', per: 'quarter', minimum: 120 },
  'III.1.c': { measure: 'amount', minimum: 20_000_000 },
  'III.1.d': { measure: 'quantity', scope: 'per-unit', minimum: 4 },
};
export const plan: Plan = {
  ...GO_DAU_116,
  targets: GO_DAU_116.targets.map((t) => ({ ...t, ...edit[t.id] })),
  units: GO_DAU_116.units.map((u) => (u.code === 'XTP' ? { ...u, activeFrom: '2018-07-01' } : u)),
  responsibilities: [...GO_DAU_116.responsibilities, { units: [], levels: ['commune'], task: 'Tin trên các kênh', items: ['III.1.a', 'III.1.d'] }],
};
export const PLAN_YEAR_START = '2017-12-15';

export const unitOf = (code: string): Unit => {
  const unit = plan.units.find((u) => u.code === code);
  if (!unit) throw new Error(code);
  return unit;
};
const communes = plan.units.filter((u) => u.level === 'commune');
/** The name of the first channel of target `id`, as an officer picks it in Tin bài. */
export const channelOf = (id: string): string => {
  const code = plan.targets.find((t) => t.id === id)?.channels[0];
  return plan.channels.find((c) => c.code === code)?.name ?? '';
};

/** An output row: its day counted from the plan year's first day (before and after the year too). */
export const outputRow = fc.record({
  day: fc.integer({ min: -20, max: 370 }),
  channel: fc.constantFrom(...['III.1.a', 'III.1.b', 'III.1.c', 'III.1.d'].map(channelOf)),
  form: fc.constantFrom(...plan.forms.map((f) => f.name)),
  unit: fc.constantFrom(...communes.map((u) => u.name)),
  count: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  minutes: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  amount: fc.option(fc.integer({ min: 0, max: 9_000_000 }), { nil: undefined }),
});
export type Row = typeof outputRow extends fc.Arbitrary<infer T> ? T : never;

/**
 * A Kinh phí row: its day counted from the plan year's first day, its unit (a commune's name or blank: the
 * workbook's own unit; a unit's own workbook always leaves it blank), any funding source. A unit keeping
 * one in the plan year no longer counts its outputs' "Kinh phí (đồng)" for a money target (moneyRows).
 */
export const spendingRow = fc.record({
  day: fc.integer({ min: -20, max: 370 }),
  unit: fc.option(fc.constantFrom(...communes.map((u) => u.name)), { nil: undefined }),
  fund: fc.constantFrom(...plan.fundingSources.map((f) => f.name)),
  amount: fc.option(fc.integer({ min: 0, max: 9_000_000 }), { nil: undefined, freq: 8 }),
});
export type SpendingRow = typeof spendingRow extends fc.Arbitrary<infer T> ? T : never;
const optional = (value: number | undefined): CellValue => (value === undefined ? empty : num(value));

/** The entry rows of a workbook holding `rows` (a unit's own leaves the unit cell blank). */
export function existingOf(rows: readonly Row[], own: boolean, spending: readonly SpendingRow[] = []): ExistingRows {
  return {
    outputs: rows.map((r) => [
      date(plusDays(PLAN_YEAR_START, r.day)),
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
    spending: spending.map((r) => [
      date(plusDays(PLAN_YEAR_START, r.day)),
      text('In tài liệu'),
      optional(r.amount),
      text(r.fund),
      own || r.unit === undefined ? empty : text(r.unit),
      empty,
    ]),
  };
}

/**
 * How the core reads the workbook's rows (validation/validateWorkbook createContext): a unit's own
 * workbook's blank unit cells are the unit's; the district's are no unit's (its rows must name one),
 * so they count for no target PHÂN CÔNG gives to some units (progress/countsFor).
 */
function contextOf(request: TemplateRequest): ResolveContext {
  return { lookup: createPlanLookup(request.plan), defaultUnit: request.kind === 'district' ? null : request.unit.code };
}

/** The outputs as the core reads them back from the built workbook. */
export function recordsOf(layout: WorkbookLayout, request: TemplateRequest): OutputRecord[] {
  const sheet = layoutToRawSheets(layout).find((s) => s.name === OUTPUT_SHEET.sheetName);
  const header = sheet ? findHeader(sheet, OUTPUT_SHEET) : null;
  if (!sheet || !header) throw new Error('no outputs table');
  const context = contextOf(request);
  return readRecords(sheet, OUTPUT_SHEET, header).records.map((r) => resolveOutput(r, context));
}

/** The Kinh phí rows as the core reads them back from the built workbook. */
export function spendingOf(layout: WorkbookLayout, request: TemplateRequest): SpendingRecord[] {
  const sheet = layoutToRawSheets(layout).find((s) => s.name === SPENDING_SHEET.sheetName);
  const header = sheet ? findHeader(sheet, SPENDING_SHEET) : null;
  if (!sheet || !header) throw new Error('no Kinh phí table');
  const context = contextOf(request);
  return readRecords(sheet, SPENDING_SHEET, header).records.map((r) => resolveSpending(r, context));
}
