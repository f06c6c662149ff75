import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import type { Plan } from '../../../src/core/plan/types';
import { withCell } from '../../support/layoutToRawSheets';
import { codes, rowOf, sheetOf } from '../../support/planSheetRows';

/** 116/KH-UBND with what a 2026 commune plan adds: a monthly target, a deadline, a recurrence and budgets. */
const edited: Plan = {
  ...GO_DAU_116,
  targets: GO_DAU_116.targets.map((t, i) => (i === 0 ? { ...t, per: 'month' as const, scope: 'per-unit' as const } : t)),
  standingItems: GO_DAU_116.standingItems.map((s, i) => (i === 0 ? { ...s, deadline: '2018-06-30' } : i === 1 ? { ...s, recurrence: 'quarter' as const } : s)),
  fundingSources: GO_DAU_116.fundingSources.map((f, i) => (i === 0 ? { ...f, budget: 20_000_000 } : f)),
};

describe('the plan sheet with cadences, deadlines, recurrences and budgets', () => {
  it('given them written and read back, is the same plan with no issues', () => {
    const result = readPlanFromSheets([sheetOf(edited)]);
    expect(result.issues).toEqual([]);
    expect(result.plan).toEqual(edited);
  });

  it('given the built-in plan, writes the new columns blank, so it reads back unchanged', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.a');
    expect(sheet.values[row - 1]?.[6] ?? null).toBeNull();
    expect(readPlanFromSheets([sheet]).plan).toEqual(GO_DAU_116);
  });

  it('given "Mỗi tháng" typed by an officer in "Tính theo", makes the target monthly; "Cả năm" is the yearly default', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.b');
    expect(readPlanFromSheets([withCell(sheet, `G${row}`, 'moi thang')]).plan?.targets[1]?.per).toBe('month');
    expect(readPlanFromSheets([withCell(sheet, `G${row}`, 'Cả năm')]).plan?.targets[1]).toEqual(GO_DAU_116.targets[1]);
  });

  it('given an unknown cadence, points at its cell and lists the words allowed', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.b');
    const result = readPlanFromSheets([withCell(sheet, `G${row}`, 'mỗi tuần')]);
    expect(codes(result)).toEqual([`plan.field.badValue@G${row}`]);
    expect(result.issues[0]?.params).toMatchObject({ field: 'Tính theo', value: 'mỗi tuần' });
  });

  it('given a deadline typed "30/6", takes it in the plan year; given words, says so at the cell', () => {
    const sheet = sheetOf(GO_DAU_116);
    const id = GO_DAU_116.standingItems[0]?.id ?? '';
    const row = rowOf(sheet, id);
    expect(readPlanFromSheets([withCell(sheet, `D${row}`, '30/6')]).plan?.standingItems[0]?.deadline).toBe('2018-06-30');
    expect(codes(readPlanFromSheets([withCell(sheet, `D${row}`, 'cuối năm')]))).toEqual([`plan.field.badDate@D${row}`]);
  });

  it('given a budget typed as "20.000.000", reads twenty million đồng; a negative one is refused at the cell', () => {
    const sheet = sheetOf(GO_DAU_116);
    const code = GO_DAU_116.fundingSources[0]?.code ?? '';
    const row = rowOf(sheet, code);
    expect(readPlanFromSheets([withCell(sheet, `E${row}`, '20.000.000')]).plan?.fundingSources[0]?.budget).toBe(20_000_000);
    expect(codes(readPlanFromSheets([withCell(sheet, `E${row}`, -1)]))).toEqual([`plan.field.negative@E${row}`]);
  });
});
