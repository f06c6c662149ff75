import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { contributesTo, responsibleFor } from '../../../src/core/progress/targetProgress';

/** Who a target given to one office counts, by the plan's PHÂN CÔNG rows (issue 13's rule; issue 11's second tester, F1). */
describe('units whose rows count for a target given to one office', () => {
  const office = GO_DAU_116.units.find((u) => u.code === 'PNV');
  const commune = GO_DAU_116.units.find((u) => u.level === 'commune');
  if (office === undefined || commune === undefined) throw new Error('116 has a Phòng Nội vụ and communes');
  const given = { units: ['PNV'], levels: [], task: 'Đăng tin trên trang Facebook', items: ['1.a'] };
  const plan = (general: Plan['responsibilities']): Pick<Plan, 'responsibilities'> => ({ responsibilities: [given, ...general] });

  test('given no general row, only the office counts', () => {
    expect(contributesTo(plan([]), office, '1.a')).toBe(true);
    expect(contributesTo(plan([]), commune, '1.a')).toBe(false);
  });

  test('given a general row naming the communes\u2019 level, a commune counts though it is not given the target', () => {
    const p = plan([{ units: [], levels: ['commune'], task: 'Căn cứ chức năng, nhiệm vụ chủ động thực hiện kế hoạch', items: [] }]);
    expect(contributesTo(p, commune, '1.a')).toBe(true);
    expect(responsibleFor(p, commune, '1.a')).toBe(false);
  });

  test('given a general row naming neither unit nor level ("Các cơ quan, đơn vị…"), every unit counts', () => {
    const p = plan([{ units: [], levels: [], task: 'Các cơ quan, đơn vị chủ động đăng tin, bài', items: [] }]);
    expect(contributesTo(p, commune, '1.a')).toBe(true);
    expect(responsibleFor(p, commune, '1.a')).toBe(false);
  });

  test('given a row listing the target that names neither unit nor level, every unit is given it', () => {
    const p: Pick<Plan, 'responsibilities'> = { responsibilities: [{ units: [], levels: [], task: 'Các cơ quan, đơn vị đăng tin', items: ['1.a'] }] };
    expect(responsibleFor(p, commune, '1.a')).toBe(true);
    expect(responsibleFor(p, office, '1.a')).toBe(true);
  });

  test('given a general row naming only the office, a commune does not count', () => {
    const p = plan([{ units: ['PNV'], levels: [], task: 'Theo dõi, tổng hợp', items: [] }]);
    expect(contributesTo(p, commune, '1.a')).toBe(false);
  });
});
