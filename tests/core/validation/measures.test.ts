import type { Plan } from '../../../src/core/plan/types';
import { OK_OUTPUT, found, only, plan, templateSheets, validate } from './support';

/** 116/KH-UBND with a target in minutes and one in đồng: the template's outputs table gets both columns (H: Thời lượng, I: Kinh phí). */
const measured: Plan = {
  ...plan,
  targets: plan.targets.map((t, i) => (i === 0 ? { ...t, measure: 'minutes' as const } : i === 1 ? { ...t, measure: 'amount' as const } : t)),
};
// Rows are aligned with OUTPUT_SHEET: its "Số lượng" column (left blank here, so the template leaves it out) comes before the two.
const output = (minutes: string | number | null, cost: string | number | null) => [...OK_OUTPUT, null, minutes, cost];
const check = (minutes: string | number | null, cost: string | number | null) =>
  validate(templateSheets({ outputs: [output(minutes, cost)] }, { plan: measured }), {}, measured);

describe('measure cells of the outputs table', () => {
  it('given numbers or blanks, says nothing', () => {
    expect(found(check(15, 1_500_000), 'validation.measure')).toEqual([]);
    expect(found(check(null, null), 'validation.measure')).toEqual([]);
  });

  it('given "20 phút" and "1.500.000 đ" typed as text, warns at each cell with the number the report counts', () => {
    const report = check('20 phút', '1.500.000 đ');
    expect(found(report, 'validation.measure')).toEqual([
      ['validation.measure.text', 'H4'],
      ['validation.measure.text', 'I4'],
    ]);
    expect(report.records.outputs[0]).toMatchObject({ minutes: 20, amount: 1_500_000 });
    expect(report.issues.filter((i) => i.code === 'validation.measure.text').map((i) => i.params['number'])).toEqual([20, 1_500_000]);
  });

  it('given words where minutes go, is an error at the cell, and the row adds no minutes', () => {
    const report = check('hai mươi', null);
    expect(only(report, 'validation.measure.unreadable').where.cell).toBe('H4');
    expect(report.records.outputs[0]?.minutes).toBeUndefined();
  });

  it('given a number of pages where airtime and pages share the column ("1 trang", "1/2 tr"), says nothing and adds no minutes', () => {
    for (const pages of ['1 trang', '2,5 trang', '1/2 tr']) {
      const report = check(pages, null);
      expect(found(report, 'validation.measure')).toEqual([]);
      expect(report.records.outputs[0]?.minutes).toBeUndefined();
    }
  });
});
