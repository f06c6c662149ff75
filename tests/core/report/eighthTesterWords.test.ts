import fc from 'fast-check';
import { periodFor, type Period } from '../../../src/core/periods';
import type { CountedTarget, IsoDate, Plan, Unit } from '../../../src/core/plan/types';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { reportDocument } from '../../../src/core/report/reportDocument';
import { recurringTally, standingSentences } from '../../../src/core/report/sentences';
import { inSentence } from '../../../src/core/report/targetAction';
import type { ReportStandingRow } from '../../../src/core/report/types';
import type { OutputRecord, StandingRecord } from '../../../src/core/records/types';
import { fixturePlan } from '../../support/fixturePlans';

/**
 * The eighth new-user tester's "Cụ thể" sentences (issue 13, try13h D8 and D9), on the commune plan
 * of tests/fixtures/plans/ke-hoach-hoa-hoi-2026.xlsx: a per-unit target on the hamlets' loudspeakers
 * and 2.b, the hamlet's panel, every quarter; Thạnh Hòa (THA) is the hamlet.
 */
let plan: Plan;
let perUnit: CountedTarget;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
  const found = plan.targets.find((x) => x.scope === 'per-unit' && x.measure !== 'amount');
  if (found === undefined) throw new Error('fixture: no per-unit target');
  perUnit = found;
});

const output = (date: IsoDate, row: number): OutputRecord => ({
  source: { file: 'THA.xlsx', sheet: 'Tin bài', row },
  date,
  channel: perUnit.channels[0] ?? null,
  form: perUnit.forms[0] ?? null,
  title: `Bản tin ngày ${date}`,
  link: '',
  unit: 'THA',
  note: '',
});
const panel = (dateDone: IsoDate): StandingRecord => ({
  source: { file: 'THA.xlsx', sheet: 'Hạng mục', row: 4 },
  item: '2.b',
  unit: 'THA',
  state: 'done',
  dateDone,
  evidence: '',
  note: '',
});
/** Thạnh Hòa in the plan until `activeTo`, reporting `period` on `reportDate` from its own workbook. */
const unitReport = (
  activeTo: IsoDate | undefined,
  period: Period,
  reportDate: IsoDate,
  outputs: readonly OutputRecord[],
  standing: readonly StandingRecord[] = [],
) => {
  const units: Unit[] = plan.units.map((u) => (u.code === 'THA' && activeTo !== undefined ? { ...u, activeTo } : u));
  const unit = units.find((u) => u.code === 'THA');
  if (unit === undefined) throw new Error('fixture: no THA');
  const input: ReportInput = {
    plan: { ...plan, units },
    period,
    scope: { kind: 'unit', unit },
    records: { outputs, standing, spending: [] },
    reportDate,
    documentNumber: '…',
  };
  return input;
};
const q3 = (): Period => periodFor('quarter', 2026, 3, 'calendar');
const sentenceOf = (input: ReportInput): string =>
  reportDocument(input)
    .body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    .find((text) => text.includes('hệ thống loa truyền thanh ấp') && text.startsWith('- ')) ?? '';

describe('a unit’s posts on days it was not in the plan are said, never "chưa … nào" beside them (eighth tester, D8)', () => {
  test('given a hamlet that left on 30/06 and one bulletin of 15/07, its Q3 sentence says the bulletin and that it is not counted', () => {
    // With a bulletin of May counted in the year, as KP4's tracker had.
    const sentence = sentenceOf(unitReport('2026-06-30', q3(), '2026-11-30', [output('2026-05-10', 4), output('2026-07-15', 5)]));
    expect(sentence).toMatch(
      /^- Trong kỳ đã phát 1 .+ trên hệ thống loa truyền thanh ấp ngày 15\/07\/2026, ngoài thời gian đơn vị tham gia kế hoạch nên không tính, không đánh giá .+; lũy kế từ đầu năm 1 /u,
    );
    expect(sentence).not.toMatch(/[Cc]hưa phát .* nào/u);
    // Nothing in the year but that bulletin.
    const alone = sentenceOf(unitReport('2026-06-30', q3(), '2026-11-30', [output('2026-07-15', 5)]));
    expect(alone).toMatch(
      /^- Đã phát 1 .+ trên hệ thống loa truyền thanh ấp ngày 15\/07\/2026, ngoài thời gian đơn vị tham gia kế hoạch nên không tính, không đánh giá/u,
    );
  });

  test('given a hamlet that left on 31/08 with bulletins of 10/08 and 15/09 and 20/09, the counted one is the figure and the two after are said apart', () => {
    const outputs = [output('2026-08-10', 5), output('2026-09-15', 6), output('2026-09-20', 7)];
    const input = unitReport('2026-08-31', q3(), '2026-11-30', outputs);
    const row = buildReport(input).data.targets.find((x) => x.id === perUnit.id);
    expect([row?.inPeriod, row?.outsideUnitDays]).toEqual([1, { count: 2, dates: ['2026-09-15', '2026-09-20'] }]);
    expect(sentenceOf(input)).toMatch(
      /^- Trong kỳ đã phát 1 .+ \(ngoài ra 2 .+ ngày 15\/09\/2026 và 20\/09\/2026 ngoài thời gian đơn vị tham gia kế hoạch, không tính\)/u,
    );
  });

  test('given a hamlet in the plan all year, nothing is said of days outside it', () => {
    const input = unitReport(undefined, q3(), '2026-11-30', [output('2026-07-15', 5)]);
    expect(buildReport(input).data.targets.find((x) => x.id === perUnit.id)?.outsideUnitDays).toBeUndefined();
    expect(sentenceOf(input)).not.toContain('ngoài thời gian');
  });
});

describe('an occurrence done before it ends is said done (closing4 item 7: February pa-nô "đang thực hiện, chưa đến hạn")', () => {
  test('given the Q1 panel done on 10/02, the hamlet’s February report says it was done that day, not running', () => {
    const input = unitReport(undefined, periodFor('month', 2026, 2, 'calendar'), '2026-11-30', [], [panel('2026-02-10')]);
    const text = JSON.stringify(reportDocument(input));
    expect(text).toContain('”: đã thực hiện quý I năm 2026 (ngày 10/02/2026).');
    expect(text).not.toContain('chưa đến hạn');
  });

  test('given nothing done yet in February, the sentence still says the quarter runs', () => {
    const text = JSON.stringify(reportDocument(unitReport(undefined, periodFor('month', 2026, 2, 'calendar'), '2026-11-30', [], [])));
    expect(text).toContain('đang thực hiện, chưa đến hạn.');
  });
});

const STATES: readonly ReportStandingRow['state'][] = ['done', 'in-progress', 'not-done', 'missing'];
const occurrenceRow = fc.record({
  unit: fc.constantFrom('A', 'B', 'C'),
  quarter: fc.constantFrom('I', 'II', 'III'),
  state: fc.constantFrom(...STATES),
  late: fc.boolean(),
});

describe('a recurring item’s figures and lists add up in the consolidated report (eighth tester, D9)', () => {
  test('given any owed occurrences, each is in exactly one list, and done + late + not done + in progress is the "k/n lượt" total', () => {
    fc.assert(
      fc.property(fc.array(occurrenceRow, { maxLength: 20 }), (drawn) => {
        const rows: ReportStandingRow[] = drawn.map((d) => ({
          itemId: '2.b',
          unitCode: d.unit,
          unitName: `Ấp ${d.unit}`,
          state: d.state,
          dateDone: d.state === 'done' ? '2026-03-15' : null,
          occurrence: `quý ${d.quarter} năm 2026`,
          ...(d.late ? { late: true as const, due: '2026-03-31' } : {}),
        }));
        const tally = recurringTally(rows);
        const lists = [tally.done, tally.late, tally.notDone, tally.inProgress, tally.missing];
        for (const row of rows) expect(lists.filter((list) => list.includes(row)).length).toBe(1);
        const reported = rows.filter((r) => r.state !== 'missing').length;
        expect(tally.done.length + tally.late.length + tally.notDone.length + tally.inProgress.length).toBe(reported);
        expect(reported + tally.missing.length).toBe(rows.length);
      }),
    );
  });

  test('given the commune’s year report dated 30/09, the last day of Q3, Thạnh Hòa’s Q3 panel is owed, not late, and named', () => {
    const input: ReportInput = {
      plan,
      period: periodFor('year', 2026, undefined, 'calendar'),
      scope: { kind: 'district' },
      records: { outputs: [], standing: [panel('2026-03-15')], spending: [] },
      reportDate: '2026-09-30',
      documentNumber: '…',
    };
    const rows = buildReport(input).data.standing.filter((r) => r.itemId === '2.b' && r.unitCode === 'THA');
    expect(rows.map((r) => [r.occurrence, r.state, r.late ?? false, r.running ?? false])).toEqual([
      ['quý I năm 2026', 'done', false, false],
      ['quý II năm 2026', 'not-done', true, false],
      ['quý III năm 2026', 'not-done', false, false],
      ['quý IV năm 2026', 'in-progress', false, true],
    ]);
    const sentence = standingSentences(input.plan, buildReport(input).data.standing, true, 'vi').find((s) => s.includes('ấp Thạnh Hòa')) ?? '';
    expect(sentence).toContain('đã thực hiện 1/3 lượt');
    expect(sentence).toContain('quá hạn: ấp Thạnh Hòa (quý II năm 2026)');
    expect(sentence).toContain('chưa thực hiện: ấp Thạnh Hòa (quý III năm 2026)');
  });
});

describe('channel names in running text (eighth tester, D8: "trên Nhóm Zalo khu phố" beside "trên hệ thống loa …")', () => {
  test.each([
    ['Nhóm Zalo khu phố', 'nhóm Zalo khu phố'],
    ['Trang Facebook của UBND phường', 'trang Facebook của UBND phường'],
    ['Hệ thống loa truyền thanh phường', 'hệ thống loa truyền thanh phường'],
    ['Loa truyền thanh ấp', 'loa truyền thanh ấp'],
    ['Báo Tây Ninh', 'Báo Tây Ninh'],
    ['Đài Phát thanh và Truyền hình Tây Ninh', 'Đài Phát thanh và Truyền hình Tây Ninh'],
    ['Zalo OA của UBND xã', 'Zalo OA của UBND xã'],
  ])('given "%s", reads "%s" inside a sentence', (name, expected) => {
    expect(inSentence(name)).toBe(expected);
  });
});
