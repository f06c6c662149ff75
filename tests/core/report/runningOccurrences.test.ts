import { periodFor, type Period } from '../../../src/core/periods';
import type { IsoDate, Plan } from '../../../src/core/plan/types';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { stateText } from '../../../src/core/report/body';
import { reportDocument } from '../../../src/core/report/reportDocument';
import type { StandingRecord } from '../../../src/core/records/types';
import { fixturePlan } from '../../support/fixturePlans';

/**
 * The tester's commune plan of issue 13 (tests/fixtures/plans/ke-hoach-hoa-hoi-2026.xlsx): 2.b, the
 * hamlet's panel, every quarter. Reports dated 30/11/2026, while the fourth quarter runs (third
 * tester, finding 4): Thạnh Hòa (THA) renewed its panel on 15/03 only.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
});

const PANEL: StandingRecord = {
  source: { file: 'THA.xlsx', sheet: 'Hạng mục', row: 4 },
  item: '2.b',
  unit: 'THA',
  state: 'done',
  dateDone: '2026-03-15',
  evidence: '',
  note: '',
};
const input = (period: Period, reportDate: IsoDate, unit?: string): ReportInput => {
  const found = plan.units.find((u) => u.code === unit);
  return {
    plan,
    period,
    scope: found === undefined ? { kind: 'district' } : { kind: 'unit', unit: found },
    records: { outputs: [], standing: [PANEL], spending: [] },
    reportDate,
    documentNumber: '…',
  };
};
const year = (): Period => periodFor('year', 2026, undefined, 'calendar');

describe('an occurrence not ended by the report’s date is running (issue 13, third tester, finding 4)', () => {
  test('given Thạnh Hòa’s year report of 30/11, Q4 reads "Đang thực hiện (hạn 31/12/2026)", Q2 and Q3 late, and it did the panel 1/3 times', () => {
    const { data } = buildReport(input(year(), '2026-11-30', 'THA'));
    const rows = data.standing.filter((r) => r.itemId === '2.b');
    expect(rows.map((r) => [r.state, r.late, r.running])).toEqual([
      ['done', undefined, undefined],
      ['not-done', true, undefined],
      ['not-done', true, undefined],
      ['in-progress', undefined, true],
    ]);
    const last = rows[3];
    expect(last === undefined ? '' : stateText(last, true, 'vi')).toBe('Đang thực hiện (hạn 31/12/2026)');
    const word = JSON.stringify(reportDocument(input(year(), '2026-11-30', 'THA')));
    expect(word).toContain('đã thực hiện 1/3 lượt; chưa thực hiện quý II và III năm 2026 (đã quá hạn).');
    // Its November report: the quarter still runs, said once.
    const november = JSON.stringify(reportDocument(input(periodFor('month', 2026, 11, 'calendar'), '2026-11-30', 'THA')));
    expect(november).toContain('đang thực hiện, chưa đến hạn.');
    expect(november).not.toContain('đang thực hiện: ');
  });

  test('given the commune’s November report of 30/11, no hamlet is "Chưa TH" for Q4 and no "0/n lần" is said', () => {
    const november = periodFor('month', 2026, 11, 'calendar');
    const { data } = buildReport(input(november, '2026-11-30'));
    const q4 = data.standing.filter((r) => r.itemId === '2.b');
    expect(q4.length).toBeGreaterThan(0);
    expect(q4.every((r) => r.state === 'in-progress' && r.running === true)).toBe(true);
    const word = JSON.stringify(reportDocument(input(november, '2026-11-30')));
    expect(word).not.toMatch(/0\/\d+ lần/u);
    expect(word).not.toContain('Chưa TH');
    // Reported after the quarter ended, it is owed and not done.
    const after = buildReport(input(periodFor('quarter', 2026, 4, 'calendar'), '2027-01-05')).data.standing.filter((r) => r.itemId === '2.b');
    expect(after.every((r) => r.running === undefined && r.state !== 'in-progress')).toBe(true);
  });
});

describe('a past period’s report made after the occurrence’s deadline (issue 13, fifth tester, finding 12)', () => {
  const february = (): Period => periodFor('month', 2026, 2, 'calendar');

  test('given Thạnh Hòa’s February report made on 30/11, Q1’s panel (due 31/03, done 15/03) is done and owed in no "k/n lần": nothing was due in February', () => {
    const { data } = buildReport(input(february(), '2026-11-30', 'THA'));
    const rows = data.standing.filter((r) => r.itemId === '2.b');
    expect(rows.map((r) => [r.state, r.dateDone, r.late, r.running])).toEqual([['done', '2026-03-15', undefined, true]]);
    const word = JSON.stringify(reportDocument(input(february(), '2026-11-30', 'THA')));
    expect(word).not.toMatch(/\d+\/\d+ lần/u);
    expect(word).toContain('"Đã thực hiện (hạn 31/03/2026)","15/03/2026"');
  });

  test('given the commune’s February report made on 30/11, no hamlet is "Chưa TH" for Q1 and no "k/n lần phải thực hiện" is said', () => {
    const word = JSON.stringify(reportDocument(input(february(), '2026-11-30')));
    expect(word).not.toMatch(/\d+\/\d+ lần/u);
    expect(word).not.toContain('Chưa TH');
  });
});

describe('a unit’s report for a period before it joined the plan (issue 13, fifth tester, finding 12)', () => {
  test('given Thạnh Hòa joining on 01/03 and its February report, its per-unit targets say why they are not assessed, never a bare "Chưa thực hiện"', () => {
    const joined: Plan = { ...plan, units: plan.units.map((u) => (u.code === 'THA' ? { ...u, activeFrom: '2026-03-01' } : u)) };
    const unit = joined.units.find((u) => u.code === 'THA');
    if (unit === undefined) throw new Error('fixture: no THA');
    const word = JSON.stringify(
      reportDocument({ ...input(periodFor('month', 2026, 2, 'calendar'), '2026-11-30'), plan: joined, scope: { kind: 'unit', unit } }),
    );
    expect(word).toContain('- Chưa phát bản tin loa nào trên hệ thống loa truyền thanh ấp, không đánh giá (đơn vị không tham gia kế hoạch trong kỳ).');
    expect(word).not.toContain('Chưa thực hiện');
    expect(word).not.toContain('(chỉ tiêu kế hoạch tối thiểu 3)');
  });
});

describe('an item done after its deadline, and the figures’ last day (issue 13, fifth tester, finding 8)', () => {
  test('given a hamlet’s item due 31/03 done on 10/04, the commune’s year report says "hoàn thành chậm (ngày 10/04/2026, hạn 31/03/2026)", not "quá hạn"', () => {
    const dueItem: Plan = {
      ...plan,
      standingItems: plan.standingItems.map((s) => (s.id === '2.b' ? { id: s.id, title: s.title, appliesTo: s.appliesTo, deadline: '2026-03-31' } : s)),
    };
    const done = { ...PANEL, dateDone: '2026-04-10' };
    const report = { ...input(year(), '2026-11-30'), plan: dueItem, records: { outputs: [], standing: [done], spending: [] } };
    const word = JSON.stringify(reportDocument(report));
    expect(word).toContain('hoàn thành chậm: ấp Thạnh Hòa (ngày 10/04/2026, hạn 31/03/2026)');
    expect(word).not.toContain('quá hạn: ấp Thạnh Hòa');
    const row = buildReport(report).data.standing.find((r) => r.unitCode === 'THA' && r.itemId === '2.b');
    expect(row === undefined ? '' : stateText(row, false, 'vi')).toBe('Hoàn thành chậm (hạn 31/03/2026)');
    // Biểu 2 keeps the lateness its date alone would lose (sixth tester, D5).
    expect(word).toContain('"10/04/2026 (chậm)"');
  });

  test('given the year report dated 30/11, the figures run to 30/11 in the sheet and the Word report; dated after the year, to 31/12', () => {
    const word = reportDocument(input(year(), '2026-11-30'));
    expect(word.dataRange).toBe('(Số liệu tính từ ngày 01/01/2026 đến ngày 30/11/2026)');
    const { layout } = buildReport(input(year(), '2026-11-30'));
    expect(JSON.stringify(layout)).toContain('(Số liệu tính từ ngày 01/01/2026 đến ngày 30/11/2026)');
    expect(reportDocument(input(year(), '2027-01-05')).dataRange).toBe('(Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026)');
  });
});

describe('a unit that said nothing about a standing item (sixth tester, D1)', () => {
  test('given the consolidated report, its state is "chưa báo cáo" with no deadline beside it; in its own report, still "(quá hạn …)"', () => {
    const row = {
      itemId: '2.b',
      unitCode: 'THB',
      unitName: 'Ấp Thanh Hòa',
      state: 'missing' as const,
      dateDone: null,
      late: true as const,
      due: '2026-03-31',
    };
    expect(stateText(row, false, 'vi')).not.toContain('hạn');
    expect(stateText(row, true, 'vi')).toContain('(quá hạn 31/03/2026)');
  });
});
