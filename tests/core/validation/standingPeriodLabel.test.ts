import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { planNormalise } from '../../../src/core/usecases/normaliseWorkbook';
import { d, templateWorkbook, validate } from './support';

/** 116/KH-UBND with III.1.f redone every quarter: its Danh mục "Kỳ" list is "Quý I năm 2018" … "Quý IV năm 2018". */
const quarterly: Plan = {
  ...GO_DAU_116,
  standingItems: GO_DAU_116.standingItems.map((s) => (s.id === 'III.1.f' ? { ...s, recurrence: 'quarter' as const } : s)),
};

/** A unit tracker whose first Hạng mục row (row 4) is a done III.1.f update with this "Kỳ" typed in H4. */
const trackerWith = (period: string, item = 'III.1.f'): ReturnType<typeof templateWorkbook> =>
  templateWorkbook({ standing: [[item, 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', d('2018-03-25'), 'ảnh', null, period]] }, { plan: quarterly });

describe('a Hạng mục "Kỳ" the core reads but the live Tiến độ sheet does not (issue 13, closing note item 4)', () => {
  it.each(['Q1', 'quý 1', 'Quý I'])('given "%s" typed in Kỳ, warns at the cell naming the list label "Quý I năm 2018"', async (typed) => {
    const report = validate(await trackerWith(typed), { today: '2018-07-01' }, quarterly);
    const issues = report.issues.filter((i) => i.code === 'validation.standing.periodNotInList');
    expect(issues.map((i) => [i.severity, i.where.sheet, i.where.cell, i.params['value'], i.params['expected']])).toEqual([
      ['warning', 'Hạng mục', 'H4', typed, 'Quý I năm 2018'],
    ]);
    // Said once: not again as a generic "tên gọi khác" of the live sheet.
    expect(report.issues.filter((i) => i.where.cell === 'H4').map((i) => i.code)).toEqual(['validation.standing.periodNotInList']);
  });

  it('given the list label, or it in other capitals (Excel matches text ignoring case), says nothing', async () => {
    for (const typed of ['Quý I năm 2018', 'QUÝ I NĂM 2018']) {
      const report = validate(await trackerWith(typed), { today: '2018-07-01' }, quarterly);
      expect(report.issues.filter((i) => i.code === 'validation.standing.periodNotInList')).toEqual([]);
    }
  });

  it('given "Q1" on an item that does not recur (the Tiến độ sheet ignores its Kỳ), says nothing', async () => {
    const report = validate(await trackerWith('Q1', 'III.2.a'), { today: '2018-07-01' }, quarterly);
    expect(report.issues.filter((i) => i.code === 'validation.standing.periodNotInList')).toEqual([]);
  });

  it('given "Q1", normalise rewrites H4 to "Quý I năm 2018" and an unreadable "quý năm" is listed as left as typed', async () => {
    const plan = planNormalise(await trackerWith('Q1'), { plan: quarterly, today: '2018-07-01' });
    if (plan.kind !== 'planned') throw new Error('expected a template');
    expect(plan.writes.filter((w) => w.field === 'period').map((w) => [w.cell, w.old, w.value, w.reason, w.missedByFormulas])).toEqual([
      ['H4', 'Q1', { kind: 'text', text: 'Quý I năm 2018' }, 'alias', true],
    ]);
    const unreadable = planNormalise(await trackerWith('quý năm'), { plan: quarterly, today: '2018-07-01' });
    if (unreadable.kind !== 'planned') throw new Error('expected a template');
    expect(unreadable.writes.filter((w) => w.field === 'period')).toEqual([]);
    expect(unreadable.unsettled.filter((u) => u.field === 'period').map((u) => [u.cell, u.old])).toEqual([['H4', 'quý năm']]);
  });
});
