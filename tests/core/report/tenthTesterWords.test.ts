import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { standingSentences } from '../../../src/core/report/sentences';
import type { ReportStandingRow } from '../../../src/core/report/types';

/**
 * The tenth tester's wording defects of issue 13 (try13j, defect 6): a unit's table said "Hoàn
 * thành chậm (hạn 30/06/2026)" while its sentence said only "Đã hoàn thành 1/1 hạng mục".
 */
const plan: Plan = {
  ...GO_DAU_116,
  standingItems: [
    { id: 'HM1', title: 'Niêm yết bộ TTHC tại Trung tâm', appliesTo: ['commune'], deadline: '2026-06-30' },
    { id: 'HM3', title: 'Cập nhật đường dây nóng', appliesTo: ['commune'], deadline: '2026-06-30' },
  ],
};
const row = (itemId: string, dateDone: string, late: boolean): ReportStandingRow => ({
  itemId,
  unitCode: 'TTPV',
  unitName: 'Trung tâm Phục vụ hành chính công',
  state: 'done',
  dateDone,
  ...(late ? { late: true as const, due: '2026-06-30' } : {}),
});

describe('a unit report: an item due once and done after its deadline', () => {
  it('given one item done late and one on time, says the late one beside the count with its deadline', () => {
    expect(standingSentences(plan, [row('HM1', '2026-07-05', true), row('HM3', '2026-05-10', false)], false, 'vi')).toEqual([
      '- Đã hoàn thành 2/2 hạng mục, trong đó hoàn thành chậm niêm yết bộ TTHC tại Trung tâm (hạn 30/06/2026).',
    ]);
    expect(standingSentences(plan, [row('HM1', '2026-07-05', true)], false, 'en')).toEqual([
      '- 1 of 1 item done, niêm yết bộ TTHC tại Trung tâm (due 30 June 2026) late.',
    ]);
  });

  it('given every item done on time, says only the count', () => {
    expect(standingSentences(plan, [row('HM1', '2026-05-05', false)], false, 'vi')).toEqual(['- Đã hoàn thành 1/1 hạng mục.']);
  });
});
