import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { standingSentences } from '../../../src/core/report/sentences';
import type { ReportStandingRow } from '../../../src/core/report/types';

/**
 * The fifth tester's finding 10 of issue 13: the province's Q3 report listed 90 communes that sent
 * no file as "quá hạn" for the item due 30/06, while Biểu 2 of the same report said "Chưa BC" for
 * them. A unit whose state is unknown past the deadline has not reported; only a unit whose file
 * says the item is not done (or done after the deadline) is late.
 */
const plan: Plan = {
  ...GO_DAU_116,
  standingItems: [{ id: '5', title: 'Niêm yết bộ TTHC và đường dây nóng', appliesTo: ['commune'], deadline: '2026-06-30' }],
};
const row = (unitName: string, state: ReportStandingRow['state'], late: boolean, rest: Partial<ReportStandingRow> = {}): ReportStandingRow => ({
  itemId: '5',
  unitCode: unitName,
  unitName,
  state,
  dateDone: state === 'done' ? '2026-05-10' : null,
  ...(late ? { late: true as const, due: '2026-06-30' } : {}),
  ...rest,
});

describe('section II of a consolidated report: units that sent nothing are not reported, not late', () => {
  it('given a unit done, one whose file says not done past the deadline and two that said nothing, names the one late and the two not reported', () => {
    const rows = [
      row('Xã Thạnh Đức', 'done', false),
      row('Xã Long Hoa', 'not-done', true),
      row('Xã Ninh Điền', 'missing', true),
      row('Xã Phước Vinh', 'missing', true),
    ];
    expect(standingSentences(plan, rows, true, 'vi')).toEqual([
      '- Niêm yết bộ TTHC và đường dây nóng (hạn 30/06/2026): 1/4 đơn vị đã hoàn thành; quá hạn: xã Long Hoa; chưa báo cáo: xã Ninh Điền, xã Phước Vinh.',
    ]);
  });

  it('given a recurring item, an occurrence nobody reported is listed as not reported, not as late', () => {
    const recurring: Plan = { ...plan, standingItems: [{ id: '5', title: 'Thay pa-nô', appliesTo: ['commune'], recurrence: 'quarter' }] };
    const q = { occurrence: 'quý II năm 2026' };
    const rows = [row('Ấp Thanh Hòa', 'not-done', true, q), row('Ấp Bến Cầu', 'missing', true, q), row('Ấp Hòa Hiệp', 'done', false, q)];
    expect(standingSentences(recurring, rows, true, 'vi')).toEqual([
      '- Thay pa-nô: đã thực hiện 1/2 lượt phải thực hiện trong kỳ của các đơn vị đã báo cáo; quá hạn: ấp Thanh Hòa (quý II năm 2026); chưa báo cáo: ấp Bến Cầu (quý II năm 2026).',
    ]);
  });
});
