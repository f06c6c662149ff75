import { districtTally, districtTargetLines } from '../../../src/core/consolidate/consolidationSheets';
import type { ConsolidationResult } from '../../../src/core/consolidate/types';
import { periodFor, type Period } from '../../../src/core/periods';
import type { Plan, Unit } from '../../../src/core/plan/types';
import { periodVerdicts } from '../../../src/core/progress/periodVerdicts';
import { targetResults } from '../../../src/core/progress/targetProgress';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { verdictText } from '../../../src/core/report/body';
import { reportDocument } from '../../../src/core/report/reportDocument';
import type { OutputRecord } from '../../../src/core/records/types';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { cellAt, rowWith, texts } from '../report/layoutQuery';
import { fixturePlan } from '../../support/fixturePlans';
import { unitOf } from '../usecases/books';

/**
 * The tester's own commune plan of issue 13 (tests/fixtures/plans/ke-hoach-hoa-hoi-2026.xlsx, made
 * by editing the plan sheet): 1.a at least 8 Facebook posts a month for the commune, 1.d at least 3
 * loudspeaker broadcasts a month in each hamlet, 1.f at least 20 minutes a month in each hamlet;
 * hamlets HB, THA, THO, BN, and CK (Ấp Cây Khế) ended on 31/01/2026.
 *
 * Counted by hand: Cây Khế broadcast 10 + 10 minutes in January (1.f met for January); in March
 * Thạnh Hòa 45 minutes, Thanh Hòa 22, Hòa Bình 20, Bà Nhả nothing: 3 of the 4 hamlets of March met
 * 1.f. Facebook: 5 posts in February, 9 in March; Q1 asks 24, January and February fall short.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
});

const row = (unit: string, date: string, channel: string, form: string, minutes?: number): OutputRecord => ({
  source: { file: `${unit}.xlsx`, sheet: 'Tin bài', row: 4 },
  date,
  channel,
  form,
  title: `${unit} ${date}`,
  link: '',
  unit,
  note: '',
  ...(minutes === undefined ? {} : { minutes }),
});
const broadcast = (unit: string, date: string, minutes: number): OutputRecord => row(unit, date, 'LOA', 'PT', minutes);
const OUTPUTS: readonly OutputRecord[] = [
  broadcast('CK', '2026-01-08', 10),
  broadcast('CK', '2026-01-22', 10),
  broadcast('THA', '2026-02-12', 15),
  broadcast('THA', '2026-03-03', 15),
  broadcast('THA', '2026-03-10', 10),
  broadcast('THA', '2026-03-24', 20),
  broadcast('THO', '2026-03-05', 10),
  broadcast('THO', '2026-03-19', 12),
  ...['02', '09', '16', '23'].map((day) => broadcast('HB', `2026-03-${day}`, 5)),
  ...[4, 8, 12, 16, 20].map((day) => row('VP', `2026-02-${String(day).padStart(2, '0')}`, 'FB', 'TIN')),
  ...[3, 6, 9, 12, 15, 18, 21, 24, 27].map((day) => row('VP', `2026-03-${String(day).padStart(2, '0')}`, 'FB', 'TIN')),
];

const march = (): Period => periodFor('month', 2026, 3, 'calendar');
const firstQuarter = (): Period => periodFor('quarter', 2026, 1, 'calendar');
const district = (period: Period): ReportInput => ({
  plan,
  period,
  scope: { kind: 'district' },
  records: { outputs: OUTPUTS, standing: [], spending: [] },
  reportDate: '2026-04-02',
  documentNumber: '…',
});
const unit = (code: string): Unit => unitOf(code, plan);
/** Every unit as having sent a file: these records stand for what the files held. */
const allReported = (result: ConsolidationResult): ConsolidationResult => ({
  ...result,
  reporting: result.reporting.map((r) => ({ ...r, status: 'reported' as const })),
});
/** TH Tiến độ's, the CLI's and the pane's lines, from a consolidation of these records. */
const consolidated = (period: Period) => {
  const { result } = consolidateUnits(plan, [], { period, language: 'vi', today: '2026-04-02' });
  return districtTargetLines(plan, { ...allReported(result), outputs: OUTPUTS });
};

describe('per-unit verdicts judge every unit active on some day of the period, on its own months (issue 13, testers 1 and 3)', () => {
  test('given Cây Khế ended on 31/01, the March report judges 1.f over the four hamlets of March: 3/4, in the sheet, the Word report and TH Tiến độ alike', () => {
    const { data, layout } = buildReport(district(march()));
    const f = data.targets.find((x) => x.id === '1.f');
    expect(f?.unitsMet).toEqual({ met: 3, of: 4 });
    expect(f === undefined ? '' : verdictText(f, 'vi')).toBe('Chưa đạt (3/4 đơn vị đạt)');
    expect(texts(layout).map((x) => x.text)).toContain('Chưa đạt (3/4 đơn vị đạt)');
    const word = JSON.stringify(reportDocument(district(march())));
    expect(word).toContain('Chưa đạt (3/4 đơn vị đạt)');
    expect(consolidated(march()).find((l) => l.target.id === '1.f')?.units).toEqual({ met: 3, of: 4 });
  });

  test('given the first quarter and the year, Cây Khế (merged away on 31/01) is judged on its January alone and counted, met with its 20 minutes', () => {
    const verdicts = periodVerdicts(plan, OUTPUTS, firstQuarter(), { kind: 'plan' });
    // Hòa Bình, Thạnh Hòa, Thanh Hòa and Bà Nhả broadcast nothing in January: none of them met every month of the quarter; Cây Khế met its one month.
    expect(verdicts.find((v) => v.target.id === '1.f')).toMatchObject({ units: { met: 1, of: 5 }, inPeriod: 122 });
    const year = periodVerdicts(plan, OUTPUTS, periodFor('year', 2026, undefined, 'calendar'), { kind: 'plan' });
    expect(year.find((v) => v.target.id === '1.f')?.units).toEqual({ met: 1, of: 5 });
    // In April Cây Khế is gone: 4 hamlets.
    const april = periodVerdicts(plan, OUTPUTS, periodFor('month', 2026, 4, 'calendar'), { kind: 'plan' });
    expect(april.find((v) => v.target.id === '1.f')?.units).toEqual({ met: 0, of: 4 });
  });

  test('given Bà Nhả founded on 01/03 with 20 minutes in March, the Q1 report judges it on March alone: met, beside Cây Khế on January (2/5 đơn vị)', () => {
    const founded: Plan = { ...plan, units: plan.units.map((u) => (u.code === 'BN' ? { ...u, activeFrom: '2026-03-01' } : u)) };
    const outputs = [...OUTPUTS, broadcast('BN', '2026-03-15', 20)];
    const f = periodVerdicts(founded, outputs, firstQuarter(), { kind: 'plan' }).find((v) => v.target.id === '1.f');
    expect(f?.units).toEqual({ met: 2, of: 5 });
    // Months judged: Cây Khế 1, Bà Nhả 1, the three others 3 each.
    expect(f?.slices?.of).toBe(11);
  });

  test('given a unit’s own report of March, Cây Khế’s January is not its March: nothing is asked of it', () => {
    const verdict = periodVerdicts(plan, OUTPUTS, march(), { kind: 'unit', unit: unit('CK'), filter: true }).find((v) => v.target.id === '1.f');
    expect([verdict?.minimum, verdict?.slices]).toEqual([0, { met: 0, of: 0 }]);
  });
});

describe('a unit that sent no file is counted apart, not judged as failing (issue 13, sixth tester, D1)', () => {
  test('given Bà Nhả (nothing in March) sent no file, 1.f is judged over the three hamlets that did: 3/3, 60 minutes asked, 1 not reported, in the sheet, the Word report and TH Tiến độ', () => {
    const input = { ...district(march()), notReported: ['BN'] };
    const { data, layout } = buildReport(input);
    const f = data.targets.find((x) => x.id === '1.f');
    expect([f?.unitsMet, f?.minimum, f?.met]).toEqual([{ met: 3, of: 3, notReported: 1 }, 60, true]);
    const words = 'Đạt (3/3 đơn vị đạt; 1 đơn vị chưa báo cáo)';
    expect(f === undefined ? '' : verdictText(f, 'vi')).toBe(words);
    expect(texts(layout).map((x) => x.text)).toContain(words);
    expect(JSON.stringify(reportDocument(input))).toContain(words);
    const { result } = consolidateUnits(plan, [], { period: march(), language: 'vi', today: '2026-04-02' });
    const silent = { ...result, reporting: result.reporting.map((r) => ({ ...r, status: r.unit === 'BN' ? ('missing' as const) : ('reported' as const) })) };
    const line = districtTargetLines(plan, { ...silent, outputs: OUTPUTS }).find((l) => l.target.id === '1.f');
    expect(line?.units).toEqual({ met: 3, of: 3, notReported: 1 });
    expect(line === undefined ? null : districtTally(line, 'vi')).toBe('3/3 đơn vị; mỗi đơn vị tối thiểu 20 phút; 1 đơn vị chưa báo cáo');
  });

  test('given Hòa Bình listed as not reported but with rows counted, it is judged like any other: 3/4, nothing apart', () => {
    const f = periodVerdicts(plan, OUTPUTS, march(), { kind: 'plan' }, undefined, ['HB']).find((v) => v.target.id === '1.f');
    expect(f?.units).toEqual({ met: 3, of: 4 });
  });

  test('given a unit’s own report, a list of silent units changes nothing', () => {
    const own = periodVerdicts(plan, OUTPUTS, march(), { kind: 'unit', unit: unit('BN'), filter: true }, undefined, ['BN']).find((v) => v.target.id === '1.f');
    expect([own?.minimum, own?.met]).toEqual([20, false]);
  });
});

describe('cadence targets are judged on the period, with the minimum summed over its months (issue 13, tester 2)', () => {
  test('given 1.a at 8 posts a month, the minimum shown is 8 in March, 24 in Q1 and 96 in the year (reported after it ended)', () => {
    const minimumOf = (period: Period): number | undefined =>
      buildReport({ ...district(period), reportDate: '2027-01-10' }).data.targets.find((x) => x.id === '1.a')?.minimum;
    expect([minimumOf(march()), minimumOf(firstQuarter()), minimumOf(periodFor('year', 2026, undefined, 'calendar'))]).toEqual([8, 24, 96]);
    expect(consolidated(firstQuarter()).find((l) => l.target.id === '1.a')?.minimum).toBe(24);
  });

  test('given 9 posts in March, the March report says Đạt (1/1 kỳ đạt) at 100% of March’s 8 (credited up to the minimum, as every row: sixth tester, D3), not the year to date', () => {
    const a = buildReport(district(march())).data.targets.find((x) => x.id === '1.a');
    expect([a?.inPeriod, a?.yearToDate, a?.met, a?.percent, a?.slices]).toEqual([9, 14, true, 100, { met: 1, of: 1 }]);
  });

  test('given 0, 5 and 9 posts in Q1, the percent credits each month up to its 8: 13/24 = 54%, never 100% beside "Chưa đạt (1/3 kỳ đạt)"', () => {
    const { data } = buildReport(district(firstQuarter()));
    const a = data.targets.find((x) => x.id === '1.a');
    expect([a?.percent, a === undefined ? '' : verdictText(a, 'vi')]).toEqual([54, 'Chưa đạt (1/3 kỳ đạt)']);
    const line = consolidated(firstQuarter()).find((l) => l.target.id === '1.a');
    expect([Math.round((line?.ratio ?? 0) * 100), line?.met, line?.slices]).toEqual([54, false, { met: 1, of: 3 }]);
  });

  test('given Thạnh Hòa’s own report of March, 1.f asks its 20 minutes of March and says 100% (45 credited up to 20) with Đạt (1/1 kỳ đạt)', () => {
    const own = { outputs: OUTPUTS.filter((r) => r.unit === 'THA'), standing: [], spending: [] };
    const { data } = buildReport({ ...district(march()), scope: { kind: 'unit', unit: unit('THA') }, records: own });
    const f = data.targets.find((x) => x.id === '1.f');
    expect([f?.minimum, f?.inPeriod, f?.percent, f === undefined ? '' : verdictText(f, 'vi')]).toEqual([20, 45, 100, 'Đạt (1/1 kỳ đạt)']);
  });
});

describe('a cadence period not ended by the report’s date is running, not judged (issue 13, third tester, finding 4)', () => {
  test('given the March report dated 15/03, 1.a (8 posts a month) reads "Đang thực hiện", without "k/n kỳ", in the sheet and the Word report', () => {
    const { data, layout } = buildReport({ ...district(march()), reportDate: '2026-03-15' });
    const a = data.targets.find((x) => x.id === '1.a');
    expect([a?.running, a?.met, a === undefined ? '' : verdictText(a, 'vi')]).toEqual([true, false, 'Đang thực hiện']);
    expect(texts(layout).map((x) => x.text)).toContain('Đang thực hiện');
    expect(JSON.stringify(reportDocument({ ...district(march()), reportDate: '2026-03-15' }))).not.toContain('Chưa đạt (0/1 kỳ đạt)');
  });

  test('given the year report dated 02/04, 1.a is judged on January to March alone: minimum 24, 1/3 kỳ đạt, 54%', () => {
    const verdict = periodVerdicts(plan, OUTPUTS, periodFor('year', 2026, undefined, 'calendar'), { kind: 'plan' }, '2026-04-02').find(
      (v) => v.target.id === '1.a',
    );
    expect([verdict?.minimum, verdict?.slices, Math.round((verdict?.ratio ?? 0) * 100), verdict?.running]).toEqual([24, { met: 1, of: 3 }, 54, undefined]);
  });

  test('given no report date, the year is judged on its twelve months as before', () => {
    const verdict = periodVerdicts(plan, OUTPUTS, periodFor('year', 2026, undefined, 'calendar'), { kind: 'plan' }).find((v) => v.target.id === '1.a');
    expect([verdict?.minimum, verdict?.slices?.of]).toEqual([96, 12]);
  });
});

describe('a whole-year target is running until its year has ended (issue 13, fourth tester finding 1, fifth tester finding 2)', () => {
  /** 1.a made a whole-year target of 60 Facebook posts: 14 posted by the end of March. */
  const yearly = (): Plan => ({ ...plan, targets: plan.targets.map((t) => (t.id === '1.a' ? { ...t, per: 'year' as const, minimum: 60 } : t)) });
  const verdictOf = (period: Period, asOf: string) => periodVerdicts(yearly(), OUTPUTS, period, { kind: 'plan' }, asOf).find((v) => v.target.id === '1.a');

  test('given the year report dated 30/11, 1.a (14 of 60 so far) reads "Đang thực hiện", not "Chưa đạt"', () => {
    const year = periodFor('year', 2026, undefined, 'calendar');
    const verdict = verdictOf(year, '2026-11-30');
    const { data } = buildReport({ ...district(year), plan: yearly(), reportDate: '2026-11-30' });
    const row = data.targets.find((x) => x.id === '1.a');
    expect([verdict?.running, verdict?.met, verdict?.achieved, row === undefined ? '' : verdictText(row, 'vi')]).toEqual([true, false, 14, 'Đang thực hiện']);
  });

  // Fifth tester, finding 2: the rule was "until the report's period has ended", so a Q1 report of 02/04 said "Chưa đạt" of an annual
  // minimum with nine months to go; an annual minimum now waits for the year's end, whatever the report's period.
  test('given the Q1 report dated 02/04, the year still runs: 1.a (14 of 60) is "Đang thực hiện", not "Chưa đạt"', () => {
    const verdict = verdictOf(firstQuarter(), '2026-04-02');
    expect([verdict?.running, verdict?.met, verdict?.achieved, verdict?.minimum]).toEqual([true, false, 14, 60]);
  });

  test('given a Q3 report dated 05/10 or 30/11 and a month report of 30/11, an annual minimum is still running (fifth tester, finding 2)', () => {
    const q3 = periodFor('quarter', 2026, 3, 'calendar');
    const october = periodFor('month', 2026, 10, 'calendar');
    const firstHalf = periodFor('half-year', 2026, 1, 'calendar');
    expect(
      [verdictOf(q3, '2026-10-05'), verdictOf(q3, '2026-11-30'), verdictOf(october, '2026-11-30'), verdictOf(firstHalf, '2026-11-30')].map((v) => v?.running),
    ).toEqual([true, true, true, true]);
    const { data } = buildReport({ ...district(q3), plan: yearly(), reportDate: '2026-11-30' });
    const row = data.targets.find((x) => x.id === '1.a');
    expect(row === undefined ? '' : verdictText(row, 'vi')).toBe('Đang thực hiện');
  });

  test('given a Q1 report dated after the year’s end (10/01/2027), the year to date of Q1 is judged: "Chưa đạt"; on 31/12 the year ends that day and is judged too', () => {
    expect([verdictOf(firstQuarter(), '2027-01-10')?.running, verdictOf(firstQuarter(), '2027-01-10')?.met]).toEqual([undefined, false]);
    expect([verdictOf(firstQuarter(), '2026-12-31')?.running, verdictOf(firstQuarter(), '2026-12-30')?.running]).toEqual([undefined, true]);
  });

  test('given 14 posts against a whole-year 10, the year report of 30/11 says met at once: a minimum reached stays reached', () => {
    const ten = { ...yearly(), targets: yearly().targets.map((t) => (t.id === '1.a' ? { ...t, minimum: 10 } : t)) };
    const verdict = periodVerdicts(ten, OUTPUTS, periodFor('year', 2026, undefined, 'calendar'), { kind: 'plan' }, '2026-11-30').find(
      (v) => v.target.id === '1.a',
    );
    expect([verdict?.running, verdict?.met]).toEqual([undefined, true]);
  });
});

describe('a cadence target’s minimum and count are both over the periods ended, the rest shown as running (issue 13, fourth tester, finding 3)', () => {
  /** 1.a made quarterly (24 posts a quarter): 14 posts in Q1, and 3 in April while Q2 runs. */
  const quarterly = (): Plan => ({ ...plan, targets: plan.targets.map((t) => (t.id === '1.a' ? { ...t, per: 'quarter' as const, minimum: 24 } : t)) });
  const april = ['2026-04-03', '2026-04-10', '2026-04-17'].map((day) => row('VP', day, 'FB', 'TIN'));
  const year = (): Period => periodFor('year', 2026, undefined, 'calendar');

  test('given the year report dated 15/05, Q1’s 14 posts are set against Q1’s 24, April’s 3 apart as running, and all 17 in the period', () => {
    const verdict = periodVerdicts(quarterly(), [...OUTPUTS, ...april], year(), { kind: 'plan' }, '2026-05-15').find((v) => v.target.id === '1.a');
    expect([verdict?.minimum, verdict?.achieved, verdict?.inPeriod, verdict?.slices, verdict?.runningPart, verdict?.running]).toEqual([
      24,
      14,
      17,
      { met: 0, of: 1 },
      { from: '2026-04-01', to: '2026-12-31', achieved: 3 },
      undefined,
    ]);
  });

  test('given the same report, its verdict and sentence say the figures are over the periods ended and what runs since 01/4', () => {
    const { data, layout } = buildReport({
      ...district(year()),
      plan: quarterly(),
      records: { outputs: [...OUTPUTS, ...april], standing: [], spending: [] },
      reportDate: '2026-05-15',
    });
    const a = data.targets.find((x) => x.id === '1.a');
    // The ended part and the running one add up to the row's "Trong kỳ" of 17 (sixth tester, D3).
    expect(a === undefined ? '' : verdictText(a, 'vi')).toBe('Chưa đạt (0/1 kỳ đã kết thúc đạt, đã có 14; đang thực hiện từ ngày 01/04/2026: 3)');
    expect(
      texts(layout)
        .map((x) => x.text)
        .join('\n'),
    ).toContain(
      'mới đạt 58% chỉ tiêu kế hoạch của các kỳ đã kết thúc (tối thiểu 24 tin, bài; 0/1 kỳ đạt); từ ngày 01/04/2026 đang thực hiện, đã có 3 tin, bài.',
    );
  });

  test('given the same report, "Trong kỳ" is the whole 17 in the sheet, TH Tiến độ and the Biểu total alike, Q1’s 14 apart as what the 24 is set against (sixth tester, D3)', () => {
    const input = {
      ...district(year()),
      plan: quarterly(),
      records: { outputs: [...OUTPUTS, ...april], standing: [], spending: [] },
      reportDate: '2026-05-15',
    };
    const { data, layout } = buildReport(input);
    const a = data.targets.find((x) => x.id === '1.a');
    expect([a?.minimum, a?.inPeriod, a?.endedAchieved, a?.yearToDate, a?.runningPart?.achieved]).toEqual([24, 17, 14, 17, 3]);
    const row = rowWith(layout, /\(1\.a\)$/);
    expect([cellAt(layout, `E${row}`), cellAt(layout, `F${row}`)]).toEqual([
      { kind: 'number', value: 24 },
      { kind: 'number', value: 17 },
    ]);
    const { result } = consolidateUnits(quarterly(), [], { period: year(), language: 'vi', today: '2026-05-15' });
    const line = districtTargetLines(quarterly(), { ...allReported(result), outputs: [...OUTPUTS, ...april] }).find((l) => l.target.id === '1.a');
    expect([line?.minimum, line?.inPeriod, line?.endedAchieved, line?.runningPart?.achieved]).toEqual([24, 17, 14, 3]);
  });

  test('given the year report dated 31/03, a monthly target judges March on its last day: January to March, nothing running before April', () => {
    const verdict = periodVerdicts(plan, OUTPUTS, year(), { kind: 'plan' }, '2026-03-31').find((v) => v.target.id === '1.a');
    expect([verdict?.minimum, verdict?.slices?.of, verdict?.runningPart]).toEqual([24, 3, undefined]);
    const april = periodVerdicts(plan, OUTPUTS, year(), { kind: 'plan' }, '2026-04-01').find((v) => v.target.id === '1.a');
    expect(april?.runningPart).toEqual({ from: '2026-04-01', to: '2026-12-31', achieved: 0 });
  });
});

describe('a unit judged on none of the periods ended owes nothing yet (issue 13, fourth tester, finding 2)', () => {
  test('given the Q1 report dated 15/02, only January has ended: Bà Nhả (from 01/03) is not counted as met in 1.f’s k/n đơn vị', () => {
    const founded: Plan = { ...plan, units: plan.units.map((u) => (u.code === 'BN' ? { ...u, activeFrom: '2026-03-01' } : u)) };
    const verdict = periodVerdicts(founded, OUTPUTS, firstQuarter(), { kind: 'plan' }, '2026-02-15').find((v) => v.target.id === '1.f');
    expect(verdict?.units).toEqual({ met: 1, of: 4 });
  });
});

describe('a unit’s own report with none of its periods ended yet', () => {
  test('given Bà Nhả (from 01/03) and its Q1 report dated 15/02, 1.f is running, not "Đạt (0/0 kỳ)"', () => {
    const founded: Plan = { ...plan, units: plan.units.map((u) => (u.code === 'BN' ? { ...u, activeFrom: '2026-03-01' } : u)) };
    const verdict = periodVerdicts(founded, OUTPUTS, firstQuarter(), { kind: 'unit', unit: unitOf('BN', founded), filter: true }, '2026-02-15').find(
      (v) => v.target.id === '1.f',
    );
    expect([verdict?.running, verdict?.met, verdict?.slices]).toEqual([true, false, { met: 0, of: 0 }]);
  });
});

describe('"mỗi đơn vị tối thiểu" is said only of the units there throughout (issue 13, fifth tester, finding 13)', () => {
  test('given Cây Khế ended on 31/01, the Q1 report says 60 minutes for each hamlet there all the quarter, the rest by their time, in the sheet, TH Tiến độ and the sentence', () => {
    const { data, layout } = buildReport(district(firstQuarter()));
    const f = data.targets.find((x) => x.id === '1.f');
    expect([f?.perUnitMinimum, f?.perUnitPartial]).toEqual([60, true]);
    const all = texts(layout).map((x) => x.text);
    expect(all.some((x) => x.includes('tối thiểu 60 phút mỗi đơn vị tham gia cả kỳ; đơn vị tham gia một phần kỳ tính theo thời gian tham gia'))).toBe(true);
    expect(all.join('\n')).not.toContain('tối thiểu 60 phút mỗi đơn vị)');
    expect(consolidated(firstQuarter()).find((l) => l.target.id === '1.f')?.perUnitPartial).toBe(true);
  });

  test('given April, the four hamlets are there all month: "mỗi đơn vị tối thiểu" stands as it is', () => {
    const april = periodFor('month', 2026, 4, 'calendar');
    const f = buildReport(district(april)).data.targets.find((x) => x.id === '1.f');
    expect([f?.perUnitMinimum, f?.perUnitPartial]).toEqual([20, undefined]);
  });
});

describe("the period's results passed along (issue 11: a consolidation's targets are not judged again)", () => {
  const records = { outputs: OUTPUTS, spending: [] };
  const asOf = '2026-04-02';

  it('given the results judged on the very rows counted, gives the verdicts judged afresh, and takes those results as they are', () => {
    const results = targetResults(plan, records, march());
    const passed = periodVerdicts(plan, records, march(), { kind: 'plan' }, asOf, [], { counted: records, results });
    expect(passed).toEqual(periodVerdicts(plan, records, march(), { kind: 'plan' }, asOf));
    // Marked results show they were taken: the period's count is theirs.
    const marked = results.map((r) => ({ ...r, achieved: 1000 }));
    expect(periodVerdicts(plan, records, march(), { kind: 'plan' }, asOf, [], { counted: records, results: marked }).map((v) => v.inPeriod)).toEqual(
      plan.targets.map(() => 1000),
    );
  });

  it('given results judged on other rows, or with a unit left out as silent, judges the period afresh', () => {
    const other = { outputs: OUTPUTS.slice(1), spending: [] };
    const marked = targetResults(plan, other, march()).map((r) => ({ ...r, achieved: 1000 }));
    const fresh = periodVerdicts(plan, records, march(), { kind: 'plan' }, asOf).map((v) => v.inPeriod);
    expect(periodVerdicts(plan, records, march(), { kind: 'plan' }, asOf, [], { counted: other, results: marked }).map((v) => v.inPeriod)).toEqual(fresh);
    // Ấp Bà Nhả sent nothing: the plan judged leaves it out, so the whole plan's results are not these.
    const silent = periodVerdicts(plan, records, march(), { kind: 'plan' }, asOf, ['BN'], { counted: records, results: marked });
    expect(silent.map((v) => v.inPeriod)).toEqual(periodVerdicts(plan, records, march(), { kind: 'plan' }, asOf, ['BN']).map((v) => v.inPeriod));
  });
});
