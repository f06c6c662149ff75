import { districtTally, type DistrictTargetLine } from '../../../src/core/consolidate/consolidationSheets';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';

/**
 * TH Tiến độ's "Đơn vị, kỳ đạt" column (tenth tester of issue 13): a quarterly target with Q4 running
 * read "0/3 kỳ đã kết thúc, được 2; đang thực hiện từ ngày 01/10/2026: 0", a bare "được 2" beside
 * the verdict's "đã có 2 tin, bài"; and a target given to a unit that sent nothing said nothing of it.
 */
const base = GO_DAU_116.targets[0];
if (base === undefined) throw new Error('116/KH-UBND has targets');
const target = { ...base, per: 'quarter' as const };
const plan: Plan = { ...GO_DAU_116, targets: [target, ...GO_DAU_116.targets.slice(1)] };
const line: DistrictTargetLine = {
  target,
  inPeriod: 2,
  endedAchieved: 2,
  yearToDate: 2,
  minimum: 30,
  ratio: 0.07,
  met: false,
  slices: { met: 0, of: 3 },
  runningPart: { from: '2026-10-01', to: '2026-12-31', achieved: 0 },
};

describe('TH Tiến độ tally of a target', () => {
  it('given ended quarters and a running one, says what each part has, with what it counts, in Vietnamese and English', () => {
    expect(districtTally(line, 'vi', plan)).toBe(
      '0/3 kỳ đã kết thúc đạt, các kỳ này đã có 2 tin, bài; kỳ đang thực hiện (từ ngày 01/10/2026) đã có 0 tin, bài',
    );
    expect(districtTally(line, 'en', plan)).toMatch(/^0\/3 ended periods met, 2 \S.* in them; the running period \(since 1 October 2026\) has 0 \S.* so far$/u);
  });

  it('given no unit it is given to reported, names them instead of a tally', () => {
    expect(districtTally({ ...line, unreported: true, notReportedBy: ['VP'] }, 'vi', plan)).toBe('Đơn vị được giao chưa báo cáo: Văn phòng HĐND và UBND huyện');
  });

  it('given a plan-wide yearly target one of whose units sent nothing, names it alone; with a tally, after it', () => {
    const yearly: DistrictTargetLine = { target, inPeriod: 2, yearToDate: 2, minimum: 30, ratio: 0.07, met: false };
    expect(districtTally({ ...yearly, notReportedBy: ['VP'] }, 'vi', plan)).toBe('Đơn vị được giao chưa báo cáo: Văn phòng HĐND và UBND huyện');
    expect(districtTally({ ...line, notReportedBy: ['VP'] }, 'vi', plan)).toMatch(
      / đã có 0 tin, bài; đơn vị được giao chưa báo cáo: Văn phòng HĐND và UBND huyện$/u,
    );
  });
});
