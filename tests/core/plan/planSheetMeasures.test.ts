import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { planToSheet } from '../../../src/core/plan/planSheetLayout';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import type { Plan } from '../../../src/core/plan/types';
import { withCell } from '../../support/layoutToRawSheets';
import { codes, rowOf, sheetOf } from '../../support/planSheetRows';

/** 116/KH-UBND with a target in minutes, one in things and one in đồng. */
const measured: Plan = {
  ...GO_DAU_116,
  targets: GO_DAU_116.targets.map((t, i) =>
    i === 0
      ? { ...t, measure: 'minutes' as const, minimum: 120 }
      : i === 1
        ? { ...t, measure: 'amount' as const, minimum: 20_000_000 }
        : i === 2
          ? { ...t, measure: 'quantity' as const }
          : t,
  ),
};

describe('the plan sheet\'s "Đo bằng" column', () => {
  it('given targets in minutes, things and đồng written and read back, is the same plan with no issues', () => {
    const result = readPlanFromSheets([sheetOf(measured)]);
    expect(result.issues).toEqual([]);
    expect(result.plan).toEqual(measured);
  });

  it('given the built-in plan, writes the column blank, so 116/KH-UBND reads back unchanged', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.a');
    expect(sheet.values[row - 1]?.[7] ?? null).toBeNull();
    expect(readPlanFromSheets([sheet]).plan).toEqual(GO_DAU_116);
  });

  it('given "số phút" typed by an officer, measures the target in minutes; "Số tin bài" is the default count', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.b');
    expect(readPlanFromSheets([withCell(sheet, `H${row}`, 'so phut')]).plan?.targets[1]?.measure).toBe('minutes');
    expect(readPlanFromSheets([withCell(sheet, `H${row}`, 'Số tin bài')]).plan?.targets[1]).toEqual(GO_DAU_116.targets[1]);
  });

  it('given an unknown measure, points at its cell and lists the words allowed', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.b');
    const result = readPlanFromSheets([withCell(sheet, `H${row}`, 'số giờ')]);
    expect(codes(result)).toEqual([`plan.field.badValue@H${row}`]);
    expect(result.issues[0]?.params).toMatchObject({ field: 'Đo bằng', value: 'số giờ' });
    expect(String(result.issues[0]?.params.allowed)).toContain('Số phút');
  });

  it('given a minimum in đồng typed "20.000.000" or "20 triệu", reads twenty million; a count minimum so typed is refused', () => {
    const sheet = withCell(sheetOf(GO_DAU_116), `H${rowOf(sheetOf(GO_DAU_116), 'III.1.b')}`, 'Số tiền');
    const row = rowOf(sheet, 'III.1.b');
    expect(readPlanFromSheets([withCell(sheet, `E${row}`, '20.000.000')]).plan?.targets[1]?.minimum).toBe(20_000_000);
    expect(readPlanFromSheets([withCell(sheet, `E${row}`, '20 triệu')]).plan?.targets[1]?.minimum).toBe(20_000_000);
    expect(codes(readPlanFromSheets([withCell(sheet, `E${row}`, '-500.000')]))).toEqual([`plan.field.negative@E${row}`]);
    expect(codes(readPlanFromSheets([withCell(sheetOf(GO_DAU_116), `E${row}`, 20_000_000)]))).toEqual([`plan.field.outOfRange@E${row}`]);
  });

  it('gives the optional "Tính theo" and "Đo bằng" cells a dropdown that allows a blank', () => {
    const sheet = planToSheet(GO_DAU_116).sheets[0];
    const row = rowOf(sheetOf(GO_DAU_116), 'III.1.a');
    const rules = (sheet?.validations ?? []).filter((v) => v.range.startsWith(`G${row}:`) || v.range.startsWith(`H${row}:`));
    expect(rules.map((v) => [v.range[0], v.rule.kind, v.allowBlank])).toEqual([
      ['G', 'list', true],
      ['H', 'list', true],
    ]);
  });
});

describe("a money target's channels (issue 13, sixth tester, D2)", () => {
  it('given a "Số tiền" target with no channel, reads it with none and no "chưa có kênh nào"; a count target without one is still told', () => {
    const sheet = withCell(sheetOf(GO_DAU_116), `H${rowOf(sheetOf(GO_DAU_116), 'III.1.b')}`, 'Số tiền');
    const row = rowOf(sheet, 'III.1.b');
    const money = readPlanFromSheets([withCell(withCell(sheet, `C${row}`, ''), `E${row}`, '15.000.000')]);
    expect(codes(money)).toEqual([]);
    expect(money.plan?.targets[1]).toMatchObject({ measure: 'amount', channels: [], minimum: 15_000_000 });
    const counted = readPlanFromSheets([withCell(sheetOf(GO_DAU_116), `C${row}`, '')]);
    expect(codes(counted)).toEqual([`plan.target.noChannel@C${row}`]);
  });
});
