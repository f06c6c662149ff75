import { consolidate } from '../../../src/core/consolidate/consolidate';
import { consolidationSheets } from '../../../src/core/consolidate/consolidationSheets';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { CountedTarget, Plan, Unit } from '../../../src/core/plan/types';
import { activeShare, targetResults, targetResultsFor } from '../../../src/core/progress/targetProgress';
import { verdictText } from '../../../src/core/report/body';
import { reportData } from '../../../src/core/report/reportData';
import type { OutputRecord } from '../../../src/core/records/types';

/** A 2026 commune plan in miniature: two hamlets, one office, loudspeaker and Zalo targets, calendar periods. */
const hamlet = (code: string, extra: Partial<Unit> = {}): Unit => ({ code, name: `Ấp ${code}`, aliases: [], level: 'commune', ...extra });
const loudspeaker: CountedTarget = { id: 'LOA', title: 'Tin phát trên loa ấp', channels: ['BTN'], forms: [], minimum: 12, scope: 'per-unit' };
const monthly: CountedTarget = { id: 'ZALO', title: 'Tin trên Zalo OA mỗi tháng', channels: ['BTN'], forms: [], minimum: 2, scope: 'plan', per: 'month' };

function planWith(targets: CountedTarget[], units: Unit[], responsibilities: Plan['responsibilities'] = []): Plan {
  return { ...GO_DAU_116, periodConvention: 'calendar', identity: { ...GO_DAU_116.identity, year: 2026 }, targets, units, responsibilities };
}

let row = 0;
const output = (unit: string, date: string, quantity = 1): OutputRecord => ({
  source: { sheet: 'Tin bài', row: (row += 1) },
  date,
  channel: 'BTN',
  form: 'TIN',
  title: `tin ${row}`,
  link: '',
  unit,
  note: '',
  ...(quantity === 1 ? {} : { quantity }),
});

const year2026 = periodFor('year', 2026, undefined, 'calendar');

describe('a per-unit target', () => {
  const plan = planWith([loudspeaker], [hamlet('A'), hamlet('B')]);
  const outputs = [output('A', '2026-02-01', 11), output('B', '2026-03-01', 3)];

  it('given hamlets with 11 and 3 items against "12 each", is not met plan-wide and says no unit met it', () => {
    const [result] = targetResults(plan, outputs, year2026);
    expect(result).toMatchObject({ achieved: 14, required: 24, met: false, units: { met: 0, of: 2 } });
    expect(result?.ratio).toBeCloseTo(14 / 24);
  });

  it('given one hamlet with 13, counts it among the units that met it, still not met plan-wide', () => {
    const [result] = targetResults(plan, [output('A', '2026-02-01', 13), output('B', '2026-03-01', 3)], year2026);
    expect(result).toMatchObject({ met: false, units: { met: 1, of: 2 } });
  });

  it('judges each unit on its own count', () => {
    expect(targetResults(plan, [output('A', '2026-02-01', 13)], year2026, 'A')[0]).toMatchObject({ achieved: 13, met: true, required: 12 });
    expect(targetResults(plan, [output('A', '2026-02-01', 13)], year2026, 'B')[0]).toMatchObject({ achieved: 0, met: false });
  });

  it('given PHÂN CÔNG naming one hamlet, judges only that one', () => {
    const named = planWith([loudspeaker], [hamlet('A'), hamlet('B')], [{ units: ['A'], levels: [], task: 'Phát loa', items: ['LOA'] }]);
    expect(targetResults(named, [output('A', '2026-02-01', 12)], year2026)[0]).toMatchObject({ met: true, units: { met: 1, of: 1 } });
  });

  it('shows the units that met it in the district report, and lists it in a unit report only when it concerns the unit', () => {
    const named = planWith(
      [loudspeaker, { ...monthly, id: 'KHAC' }],
      [hamlet('A'), hamlet('B')],
      [{ units: ['A'], levels: [], task: 'Phát loa', items: ['LOA'] }],
    );
    const records = { outputs: [output('A', '2026-02-01', 12)], standing: [], spending: [] };
    const district = reportData({ plan: named, period: year2026, scope: { kind: 'district' }, records, reportDate: '2026-12-14', documentNumber: '…' });
    const row = district.targets.find((x) => x.id === 'LOA');
    expect(row?.unitsMet).toEqual({ met: 1, of: 1 });
    expect(row && verdictText(row, 'vi')).toBe('Đạt (1/1 đơn vị đạt)');
    const unitB = named.units[1];
    if (unitB === undefined) throw new Error('fixture');
    const mine = reportData({
      plan: named,
      period: year2026,
      scope: { kind: 'unit', unit: unitB },
      records: { outputs: [], standing: [], spending: [] },
      reportDate: '2026-12-14',
      documentNumber: '…',
    });
    expect(mine.targets.filter((x) => x.applies).map((x) => x.id)).toEqual(['KHAC']);
  });
});

describe('a monthly minimum', () => {
  const plan = planWith([monthly], [hamlet('A')]);
  const q1 = periodFor('quarter', 2026, 1, 'calendar');

  it('is judged in each month: 2, 1 and 3 items against 2 a month is 2 of 3 months, not met', () => {
    const outputs = [output('A', '2026-01-05', 2), output('A', '2026-02-05'), output('A', '2026-03-05', 3)];
    const [result] = targetResults(plan, outputs, q1);
    expect(result).toMatchObject({ achieved: 6, required: 6, met: false, slices: { met: 2, of: 3 } });
    expect(verdictText({ ...reportRowOf(plan, outputs, q1) }, 'vi')).toBe('Chưa đạt (2/3 kỳ đạt)');
  });

  it('is met when every month reaches it', () => {
    const outputs = [output('A', '2026-01-05', 2), output('A', '2026-02-05', 2), output('A', '2026-03-31', 2)];
    expect(targetResults(plan, outputs, q1)[0]).toMatchObject({ met: true, slices: { met: 3, of: 3 } });
  });

  it('follows the Nghị định 09 months: an item on 20 January counts for February', () => {
    const nd09 = { ...plan, periodConvention: 'nd09-cutoff' as const };
    const [result] = targetResults(nd09, [output('A', '2026-01-10', 2), output('A', '2026-01-20', 2)], periodFor('month', 2026, 2, 'nd09-cutoff'));
    expect(result).toMatchObject({ achieved: 2, met: true, slices: { met: 1, of: 1 } });
  });
});

function reportRowOf(plan: Plan, outputs: OutputRecord[], period: ReturnType<typeof periodFor>) {
  const data = reportData({
    plan,
    period,
    scope: { kind: 'district' },
    records: { outputs, standing: [], spending: [] },
    reportDate: period.to,
    documentNumber: '…',
  });
  const found = data.targets[0];
  if (found === undefined) throw new Error('no target row');
  return found;
}

describe('units that start or end during the year', () => {
  const merged = hamlet('OLD', { activeTo: '2026-06-30' });
  const created = hamlet('NEW', { activeFrom: '2026-07-01' });
  const plan = planWith([loudspeaker], [hamlet('A'), merged, created]);

  it('a unit created on 1 July is judged on its part of the year: 12 a year becomes 7', () => {
    expect(activeShare(created, year2026)).toBeCloseTo(184 / 365);
    expect(targetResultsFor(plan, [output('NEW', '2026-08-01', 7)], year2026, { kind: 'unit', unit: created, filter: true })[0]).toMatchObject({
      required: 7,
      met: true,
    });
  });

  it('a unit merged away on 30 June is not judged in the second half', () => {
    const h2 = periodFor('half-year', 2026, 2, 'calendar');
    expect(targetResults(plan, [output('A', '2026-08-01', 12), output('NEW', '2026-08-01', 7)], h2)[0]).toMatchObject({ units: { met: 2, of: 2 } });
  });

  it('in consolidation, a unit that ended before the period is not "not reported"; one that started in it is', () => {
    const h2 = periodFor('half-year', 2026, 2, 'calendar');
    const result = consolidate(plan, [], { period: h2, today: '2026-12-20' });
    expect(result.reporting.map((r) => [r.unit, r.status])).toEqual([
      ['A', 'missing'],
      ['NEW', 'missing'],
    ]);
  });
});

describe('the consolidated progress sheet', () => {
  it('given a per-unit target, shows how many units met it beside the verdict', () => {
    const plan = planWith([loudspeaker], [hamlet('A'), hamlet('B')]);
    // Consolidated after the year ended: on 20/12 a whole-year shortfall is still running (issue 13, fourth tester).
    const base = consolidate(plan, [], { period: year2026, today: '2027-01-05' });
    const outputs = [output('A', '2026-02-01', 13), output('B', '2026-03-01', 3)];
    const result = { ...base, outputs, targets: targetResults(plan, outputs, year2026) };
    const layout = consolidationSheets(plan, result, 'vi');
    const progress = layout.sheets[layout.sheets.length - 1];
    const block = progress?.blocks.find((b) => b.at === 'A3');
    const cells = (block?.rows ?? []).map((row) => row.map((cell) => (cell.kind === 'text' ? cell.text : cell.kind === 'number' ? cell.value : '')));
    // Judged on the year to date, like the verdict beside it (one meaning of "Đạt", issue 12).
    expect(cells[0]?.slice(6)).toEqual(['Đánh giá', 'Đơn vị, kỳ đạt']);
    // The verdict in the report's own words (report/verdictText, eighth tester, D5); each unit's minimum beside it.
    expect(cells[1]?.slice(3)).toEqual([16, 16, 15 / 24, 'Chưa đạt (1/2 đơn vị đạt)', '1/2 đơn vị; mỗi đơn vị tối thiểu 12']);
  });
});
