import { consolidate } from '../../../src/core/consolidate/consolidate';
import { periodFor } from '../../../src/core/periods';
import type { Plan } from '../../../src/core/plan/types';
import { addresseeOf, reminders } from '../../../src/core/review/reminders';
import { examplePlan } from '../../support/fixturePlans';

/**
 * A 2026 commune's reminders (fund13 defect 2, the tester's "UBND xã Bàu Sen" plan): its Văn phòng
 * consolidates and reports quarterly to the province by the 15th of the quarter's last month; its
 * hamlets have a head, not an office.
 */
async function communePlan(): Promise<Plan> {
  const base = await examplePlan('ke-hoach-xa-2026.xlsx');
  return {
    ...base,
    reportingBody: 'VP',
    units: [...base.units, { code: 'KP3', name: 'Khu phố 3', aliases: [], level: 'hamlet' }],
    reportingDuties: [{ from: 'VP', to: ['UBND tỉnh Tây Ninh'], frequency: 'quarter', deadline: { kind: 'dayOfLastMonth', day: 15 } }],
  };
}

describe('who a reminder is for, in a commune of 2026 (fund13 defect 2)', () => {
  it("addresses a hamlet's head by the role the plan gives its level, in prose case, and a body by its prose name", async () => {
    const plan = await communePlan();
    const q1 = periodFor('quarter', 2026, 1, plan.periodConvention);
    const result = consolidate(plan, [], { period: q1, today: '2026-03-20' });
    const list = reminders(plan, result, { today: '2026-03-20' });
    const greeting = (code: string): string | undefined => list.find((r) => r.unit === code)?.body.split('\n')[0];
    expect(greeting('BM')).toBe('Kính gửi: Trưởng ấp Bến Mương.');
    expect(greeting('TTPVHCC')).toBe('Kính gửi: Trung tâm Phục vụ hành chính công xã.');
    // The plan's hamlet level is titled TRƯỞNG ẤP: a quarter in it is addressed by its board, not "Trưởng ấp 3".
    expect(greeting('KP3')).toBe('Kính gửi: Ban nhân dân khu phố 3.');
    expect(
      addresseeOf(
        plan,
        plan.units.find((u) => u.code === 'BM')!,
        'en',
      ),
    ).toBe('Trưởng ấp Bến Mương (the head of the hamlet)');
  });

  it('never reminds the consolidating Văn phòng, whose own deadline is its report to the province', async () => {
    const plan = await communePlan();
    const result = consolidate(plan, [], { period: periodFor('quarter', 2026, 1, plan.periodConvention), today: '2026-03-20' });
    expect(result.reporting.find((r) => r.unit === 'VP')?.status).toBe('missing');
    const list = reminders(plan, result, { today: '2026-03-20' });
    expect(list.map((r) => r.unit)).not.toContain('VP');
    expect(list.map((r) => r.unit)).toContain('BM');
  });

  it("given a plan with no hamlet level of its own, takes the head's title from the hamlet's name", async () => {
    const base = await communePlan();
    const plan: Plan = { ...base, levels: base.levels.filter((l) => l.code !== 'hamlet') };
    expect(
      addresseeOf(
        plan,
        plan.units.find((u) => u.code === 'XB')!,
        'vi',
      ),
    ).toBe('Trưởng ấp Xóm Bố');
    expect(
      addresseeOf(
        plan,
        plan.units.find((u) => u.code === 'KP3')!,
        'vi',
      ),
    ).toBe('Trưởng khu phố 3');
  });
});
