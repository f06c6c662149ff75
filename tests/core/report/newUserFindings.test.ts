import { periodFor } from '../../../src/core/periods';
import type { Plan } from '../../../src/core/plan/types';
import { formatMeasure } from '../../../src/core/report/measureText';
import { subtitle } from '../../../src/core/report/sentences';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { fixturePlan } from '../../support/fixturePlans';

/**
 * The new-user tester's commune plan of issue 13 (tests/fixtures/plans/ke-hoach-thanh-binh-2026.xlsx),
 * titled "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Thạnh Bình": the year inside the title.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-thanh-binh-2026.xlsx');
});

describe('report wording found by the second new-user tester (issue 13, finding 6)', () => {
  test('given a plan title with its year inside it, the subtitle says the year once, from the period', () => {
    expect(subtitle(plan, periodFor('year', 2026, undefined, 'calendar'), 'vi')).toBe(
      'Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính trên địa bàn xã Thạnh Bình năm 2026',
    );
    expect(subtitle(plan, periodFor('quarter', 2026, 3, 'calendar'), 'vi')).toBe(
      'Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính trên địa bàn xã Thạnh Bình quý III năm 2026',
    );
  });

  test('given 116/KH-UBND, whose title ends with its year, the subtitle is unchanged', () => {
    expect(subtitle(GO_DAU_116, periodFor('year', 2018, undefined, GO_DAU_116.periodConvention), 'vi')).not.toMatch(/năm 2018.*năm 2018/u);
    expect(subtitle(GO_DAU_116, periodFor('year', 2018, undefined, GO_DAU_116.periodConvention), 'vi')).toMatch(/năm 2018$/u);
  });

  test('given minutes of airtime under ten thousand, they are grouped as the larger ones beside them are ("5.340 phút" beside "16.500 phút")', () => {
    expect(formatMeasure(5340, 'minutes', 'vi')).toBe('5.340 phút');
    expect(formatMeasure(16500, 'minutes', 'vi')).toBe('16.500 phút');
    expect(formatMeasure(5340, 'minutes', 'en')).toBe('5,340 min');
    expect(formatMeasure(84, 'minutes', 'vi')).toBe('84 phút');
  });
});
