import { address, parseAddress } from '../../../src/core/layout/a1';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { CountedTarget, Plan, Unit } from '../../../src/core/plan/types';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { examplePlan } from '../../support/fixturePlans';
import { plan as kindsPlan } from './kindsPlan';

/**
 * Excel refuses a formula longer than 8,192 characters (Microsoft, "Excel specifications and limits":
 * "Length of formula contents 8,192 characters"): the workbook opens "repaired" with those formulas
 * removed (issue 13). Every formula of every sheet of a unit's and of the district's workbook stays
 * under it, for the built-in plan and the shipped 2026 plans. Longest now, all on the district's Tiến
 * độ: 1,731 characters (kindsPlan P60, a unit's "met every month"), 1,719 (ke-hoach-xa-2026 P61),
 * 1,056 (ke-hoach-tinh-2026, with or without a money target), 735 (116/KH-UBND), 2,349 on the province
 * plan whose monthly targets PHÂN CÔNG gives to its ~100 communes (sheet13g); they were 11,960 and
 * 11,804 when each month's term repeated the "has any month ended" test. A district's money total
 * ("Số tiền") once added one term a unit (~130 characters: 2,595 on kindsPlan, 12,808 on the province
 * plan with a money target); it now sums the unit table's helper column, whatever the number of units.
 * A target PHÂN CÔNG gives to some units sums their cells of the unit table or of its counting table, one
 * unit a formula, never one term a unit.
 */
const EXCEL_FORMULA_LIMIT = 8192;

interface Longest {
  readonly where: string;
  readonly length: number;
}

/** The longest formula of a built workbook, with its sheet and cell. */
function longestFormula(plan: Plan, kind: 'unit' | 'district', unit: Unit): Longest {
  let longest: Longest = { where: '', length: 0 };
  for (const sheet of buildTemplate({ plan, kind, unit, createdOn: `${plan.identity.year}-03-01` }).sheets) {
    for (const block of sheet.blocks) {
      const origin = parseAddress(block.at);
      block.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell.kind !== 'formula') return;
          // Excel counts the formula without its leading "=".
          const length = cell.formula.replace(/^=/, '').length;
          if (length > longest.length) longest = { where: `${sheet.name}!${address(origin.row + r, origin.column + c)}`, length };
        }),
      );
    }
  }
  return longest;
}

/** The workbooks to check: the district's, and a unit's for an office, a hamlet or commune, and a unit that joins or leaves mid-year. */
function workbooksOf(plan: Plan): { readonly label: string; readonly kind: 'unit' | 'district'; readonly unit: Unit }[] {
  const reporter = plan.units.find((u) => u.code === (plan.reportingBody ?? plan.reportingDuties[0]?.from)) ?? plan.units[0];
  const levels = [...new Set(plan.units.map((u) => u.level))];
  const byLevel = levels.flatMap((level) => plan.units.filter((u) => u.level === level).slice(0, 1));
  const partYear = plan.units.filter((u) => u.activeFrom !== undefined || u.activeTo !== undefined).slice(0, 1);
  const picked = [...new Map([...(reporter ? [reporter] : []), ...byLevel, ...partYear].map((u) => [u.code, u])).values()];
  return [
    ...(reporter ? [{ label: `district (${reporter.code})`, kind: 'district' as const, unit: reporter }] : []),
    ...picked.map((unit) => ({ label: `unit ${unit.code} (${unit.level})`, kind: 'unit' as const, unit })),
  ];
}

function expectWithinLimit(plan: Plan): void {
  const workbooks = workbooksOf(plan);
  expect(workbooks.some((w) => w.kind === 'district')).toBe(true);
  expect(workbooks.filter((w) => w.kind === 'unit').length).toBeGreaterThanOrEqual(2);
  const over = workbooks.flatMap(({ label, kind, unit }) => {
    const longest = longestFormula(plan, kind, unit);
    return longest.length > EXCEL_FORMULA_LIMIT ? [`${label}: ${longest.where} ${longest.length}`] : [];
  });
  expect(over).toEqual([]);
}

describe("every formula of a workbook fits Excel's 8,192-character limit (longest 2,349: the province's communes counted apart)", () => {
  it('given the built-in 116/KH-UBND, the district and unit workbooks', () => {
    expectWithinLimit(GO_DAU_116);
  });

  it("given the property tests' plan (monthly per-unit target, a unit joining mid-year), the district and unit workbooks", () => {
    expect(kindsPlan.units.some((u) => u.activeFrom !== undefined)).toBe(true);
    expectWithinLimit(kindsPlan);
  });

  it('given the commune example ke-hoach-xa-2026.xlsx, the district and unit workbooks', async () => {
    expectWithinLimit(await examplePlan('ke-hoach-xa-2026.xlsx'));
  });

  it('given the province example ke-hoach-tinh-2026.xlsx, the district and unit workbooks', async () => {
    expectWithinLimit(await examplePlan('ke-hoach-tinh-2026.xlsx'));
  });

  it('given the province example with a plan-wide yearly money target added, the district money total stays within the limit', async () => {
    const province = await examplePlan('ke-hoach-tinh-2026.xlsx');
    // No channel: the Kinh phí rows alone count; the total once added one term per unit (12,808 characters here).
    const money: CountedTarget = {
      id: 'KP',
      title: 'Kinh phí tuyên truyền cả năm',
      channels: [],
      forms: [],
      minimum: 50_000_000,
      scope: 'plan',
      measure: 'amount',
    };
    const plan: Plan = { ...province, targets: [...province.targets, money] };
    expect(plan.units.length).toBeGreaterThanOrEqual(90);
    expectWithinLimit(plan);
  });

  it('given the province example with monthly plan-wide targets (a count, a money one) and its per-unit ones given to the ~100 communes and wards, a general row naming the departments, every formula stays within the limit', async () => {
    // A target PHÂN CÔNG gives to some units counts their rows alone (countsFor, sheet13g): the district's sums run over
    // the unit table and the counting units' table (one unit a formula), never one term a unit (~300 characters each).
    const province = await examplePlan('ke-hoach-tinh-2026.xlsx');
    const monthly = (t: CountedTarget): CountedTarget => (t.id === '1.a' || t.id === '1.c' ? { ...t, per: 'month' } : t);
    const money: CountedTarget = {
      id: 'KP',
      title: 'Kinh phí mỗi tháng',
      channels: [],
      forms: [],
      minimum: 5_000_000,
      scope: 'plan',
      measure: 'amount',
      per: 'month',
    };
    const plan: Plan = {
      ...province,
      targets: [...province.targets.map(monthly), money],
      responsibilities: [
        ...province.responsibilities.map((r) => (r.levels.includes('commune-ward') ? { ...r, items: [...r.items, '1.a', 'KP'] } : r)),
        { units: [], levels: ['department'], task: 'Chủ động thực hiện kế hoạch', items: [] },
      ],
    };
    const communes = plan.units.filter((u) => u.level === 'commune-ward');
    expect(communes.length).toBeGreaterThanOrEqual(90);
    expect(communes.filter((u) => u.activeFrom !== undefined || u.activeTo !== undefined).length).toBeGreaterThan(0);
    expectWithinLimit(plan);
  });
});
