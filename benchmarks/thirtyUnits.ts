// The in-memory set both consolidation benchmarks start from (consolidateHost.ts, writeOutput.ts):
// 30 units of the built-in plan, records spread evenly over them, every one a dated news item laid
// out by the unit template itself, so the consolidation reads what a unit's file holds.
import type { UnitFileInput } from '../src/core/consolidate/types';
import type { CellValue } from '../src/core/layout/types';
import { GO_DAU_116 } from '../src/core/plan/goDau116';
import type { Plan, Unit } from '../src/core/plan/types';
import { buildTemplate } from '../src/core/template/buildTemplate';
import { layoutToRawSheets } from '../tests/support/layoutToRawSheets';

export const UNITS = 30;

/** The built-in plan with more communes, so 30 units report (the plan is data, not code). */
export function planOfThirty(): Plan {
  const extra: Unit[] = Array.from({ length: UNITS - GO_DAU_116.units.length }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { code: `XT${n}`, name: `Xã Thử Nghiệm ${n}`, aliases: [], level: 'commune' };
  });
  return { ...GO_DAU_116, units: [...GO_DAU_116.units, ...extra] };
}

const CHANNELS = ['Báo Tây Ninh', 'Trang TTĐT huyện', 'Cổng TTĐT tỉnh', 'Đài Truyền thanh huyện'];
const text = (value: string): CellValue => ({ kind: 'text', text: value });

function outputRow(unit: Unit, i: number): CellValue[] {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  return [
    { kind: 'date', iso: `2018-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` },
    text(CHANNELS[i % CHANNELS.length] ?? ''),
    text('Tin'),
    // Every title is different (no duplicates) and some look like formulas: they must stay text.
    text(i % 50 === 0 ? `=SUM(${i}) ${unit.code}` : `- Tuyên truyền CCHC số ${i} của ${unit.name}`),
    text(`https://example.gov.vn/tin/${unit.code}/${i}`),
    text(unit.name),
    text(''),
  ];
}

/** Each unit's workbook as read sheets: `records` news items in all, in 2018, spread over the 30 units. */
export function unitFiles(plan: Plan, records: number): UnitFileInput[] {
  return plan.units.map((unit, index) => {
    const count = Math.floor(records / UNITS) + (index < records % UNITS ? 1 : 0);
    const layout = buildTemplate({
      plan,
      kind: 'unit',
      unit,
      createdOn: '2018-06-01',
      existing: { outputs: Array.from({ length: count }, (_, i) => outputRow(unit, i)), standing: [], spending: [] },
    });
    return { file: `${unit.code}.xlsx`, lastModified: index, sheets: layoutToRawSheets(layout) };
  });
}
