import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { StandingItem } from '../../../src/core/plan/types';
import { standingResults } from '../../../src/core/progress/targetProgress';
import type { StandingRecord } from '../../../src/core/records/types';
import { recurrenceDue, standingLateness, standingOccurrences, whyNotOwed } from '../../../src/core/progress/standingDue';

/**
 * The third tester's commune of issue 13 (/tmp/try-13c, plan ke-hoach-xa): the hamlet's pa-nô is
 * renewed every quarter; Ấp Bến Cừ ended on 30/04/2026, Ấp Phước Hòa Mới took part from 01/06/2026.
 * An occurrence is owed by a unit taking part on its last day.
 */
const PANEL: StandingItem = { id: '2.b', title: 'Thay pa-nô tuyên truyền CCHC tại nhà văn hóa ấp', appliesTo: ['hamlet'], recurrence: 'quarter' };
const BEN_CU = { activeTo: '2026-04-30' };
const PHUOC_HOA_MOI = { activeFrom: '2026-06-01' };
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

describe('a recurring item is owed by the units taking part at the end of each occurrence (issue 13, third tester, finding 3)', () => {
  test('given Bến Cừ ended on 30/04 and done in Q1, its year report lists Q1 alone, done: it owes nothing for Q2', () => {
    const rows = standingOccurrences(PANEL, ['2026-03-10'], YEAR, '2026-11-30', 'calendar', BEN_CU);
    expect(rows.map((r) => [r.period.from, r.doneOn, r.late])).toEqual([['2026-01-01', '2026-03-10', false]]);
  });

  test('given Bến Cừ and Phước Hòa Mới, TH Tiến độ asks Q1 of Bến Cừ and Q2 to Q4 of Phước Hòa Mới: 1, 1, 1, 1 units', () => {
    const due = recurrenceDue(PANEL, 2026, 'calendar', [BEN_CU, PHUOC_HOA_MOI]);
    expect(due.map((d) => [d.period.from, d.units])).toEqual([
      ['2026-01-01', 1],
      ['2026-04-01', 1],
      ['2026-07-01', 1],
      ['2026-10-01', 1],
    ]);
  });

  test('given Phước Hòa Mới from 01/06 and nothing done, its Q2 is owed and late once Q2 ended, in the report and in the check alike', () => {
    const rows = standingOccurrences(PANEL, [], { from: '2026-04-01', to: '2026-06-30' }, '2026-07-10', 'calendar', PHUOC_HOA_MOI);
    expect(rows.map((r) => [r.period.to, r.late])).toEqual([['2026-06-30', true]]);
    expect(standingLateness(PANEL, [], '2026-07-10', 'calendar', { unit: PHUOC_HOA_MOI })).toEqual({ late: true, due: '2026-06-30', missed: ['2026-06-30'] });
  });

  test('given Bến Cừ done in Q1, the check on 30/11 finds it late for nothing', () => {
    expect(standingLateness(PANEL, ['2026-03-10'], '2026-11-30', 'calendar', { unit: BEN_CU })).toEqual({ late: false, due: null, missed: [] });
  });
});

describe('the check flags every occurrence its report marks late, by one rule (issue 13, fourth tester, finding 2)', () => {
  const AP3 = { activeTo: '2026-05-31' };
  const AP4 = { activeFrom: '2026-08-01' };

  test('given a hamlet done in Q1 only, the check on 30/11 flags Q2 and Q3, the same occurrences its year report marks late', () => {
    const lateInReport = standingOccurrences(PANEL, ['2026-03-20'], YEAR, '2026-11-30', 'calendar').flatMap((r) => (r.late ? [r.period.to] : []));
    expect(standingLateness(PANEL, ['2026-03-20'], '2026-11-30', 'calendar').missed).toEqual(['2026-06-30', '2026-09-30']);
    expect(lateInReport).toEqual(['2026-06-30', '2026-09-30']);
  });

  test('given Bến Mương from 01/08 with nothing done, it owes Q3 (active on 30/09) and not Q1 or Q2; Trà Võ to 31/05 owes nothing after Q1', () => {
    expect(standingLateness(PANEL, [], '2026-11-30', 'calendar', { unit: AP4 }).missed).toEqual(['2026-09-30']);
    expect(standingLateness(PANEL, ['2026-02-25'], '2026-11-30', 'calendar', { unit: AP3 }).missed).toEqual([]);
  });
});

describe('why a unit owes nothing (issue 13, fourth tester, finding 2)', () => {
  test('given Trà Võ in the plan to 31/05, its Q2 report lists the Q2 panel as not owed because it ended on 31/05; Bến Mương from 01/08 owes Q3', () => {
    const q2 = { from: '2026-04-01', to: '2026-06-30' };
    expect(standingOccurrences(PANEL, [], q2, '2026-11-30', 'calendar', { activeTo: '2026-05-31' }, true).map((r) => [r.late, r.notOwed])).toEqual([
      [false, { reason: 'ended', on: '2026-05-31' }],
    ]);
    expect([whyNotOwed({ activeFrom: '2026-08-01' }, '2026-06-30'), whyNotOwed({ activeFrom: '2026-08-01' }, '2026-09-30')]).toEqual([
      { reason: 'notStarted', on: '2026-08-01' },
      null,
    ]);
  });
});

describe('a past period’s report made after a recurring item’s deadline (issue 13, fifth tester, finding 12)', () => {
  test('given the Q3 pa-nô done on 18/09 (deadline 30/09), a July report made on 30/11 knows it done and not late', () => {
    const july = { from: '2026-07-01', to: '2026-07-31' };
    expect(standingOccurrences(PANEL, ['2026-09-18'], july, '2026-11-30', 'calendar').map((r) => [r.period.to, r.doneOn, r.late])).toEqual([
      ['2026-09-30', '2026-09-18', false],
    ]);
  });

  test('given nothing done, the July report made on 30/11 does not call Q3 late: its deadline is not in July', () => {
    const july = { from: '2026-07-01', to: '2026-07-31' };
    expect(standingOccurrences(PANEL, [], july, '2026-11-30', 'calendar').map((r) => r.late)).toEqual([false]);
  });
});

describe('a done row whose "Kỳ" names an occurrence is credited to it (issue 13, sixth tester, D4)', () => {
  const q1Late = { on: '2026-04-10', for: { kind: 'quarter' as const, index: 1 } };
  test('given the Q1 update done on 10/04 marked "Quý I" and Q3 on 30/09, Q1 is done late, Q2 still owed and late', () => {
    const rows = standingOccurrences(PANEL, [q1Late, '2026-09-30'], YEAR, '2026-11-30', 'calendar');
    expect(rows.map((r) => [r.period.from, r.doneOn, r.late, r.doneLate ?? false])).toEqual([
      ['2026-01-01', '2026-04-10', false, true],
      ['2026-04-01', null, true, false],
      ['2026-07-01', '2026-09-30', false, false],
      ['2026-10-01', null, false, false],
    ]);
    expect(standingLateness(PANEL, [q1Late, '2026-09-30'], '2026-11-30', 'calendar').missed).toEqual(['2026-06-30']);
  });

  test("given the same rows without Kỳ, the date rule holds: 10/04 is Q2's and Q1 is missed", () => {
    const rows = standingOccurrences(PANEL, ['2026-04-10', '2026-09-30'], YEAR, '2026-11-30', 'calendar');
    expect(rows.map((r) => [r.period.from, r.doneOn, r.late])).toEqual([
      ['2026-01-01', null, true],
      ['2026-04-01', '2026-04-10', false],
      ['2026-07-01', '2026-09-30', false],
      ['2026-10-01', null, false],
    ]);
  });

  test('given a completion marked "Quý I" dated after the report\'s date, it is not known yet: Q1 is late', () => {
    const rows = standingOccurrences(PANEL, [q1Late], YEAR, '2026-04-05', 'calendar');
    expect(rows[0]).toMatchObject({ doneOn: null, late: true });
  });
});

describe('TH Tiến độ\'s count of a recurring item credits rows by their "Kỳ" (issue 13, sixth tester, D4)', () => {
  const plan = {
    ...GO_DAU_116,
    periodConvention: 'calendar' as const,
    identity: { ...GO_DAU_116.identity, year: 2026 },
    standingItems: [{ ...PANEL, appliesTo: ['commune' as const] }],
  };
  const row = (dateDone: string, period?: StandingRecord['period']): StandingRecord => ({
    source: { sheet: 'Hạng mục', row: 4 },
    item: PANEL.id,
    unit: null,
    state: 'done',
    dateDone,
    ...(period === undefined ? {} : { period }),
    evidence: '',
    note: '',
  });

  test('given Q1 done on 10/04 marked "Quý I" and a second row on 20/04 without, counts Q1 and Q2: 2 of 4', () => {
    expect(standingResults(plan, [row('2026-04-10', { kind: 'quarter', index: 1 }), row('2026-04-20')])).toEqual([{ itemId: PANEL.id, done: 2, required: 4 }]);
  });

  test("given the 10/04 row without Kỳ, it is Q2's only: 1 of 4", () => {
    expect(standingResults(plan, [row('2026-04-10')])).toEqual([{ itemId: PANEL.id, done: 1, required: 4 }]);
  });
});

describe('a surplus row without Kỳ completes the nearest earlier occurrence still missing, late (issue 13, closing4 item 4)', () => {
  test("given the Q1 update on 02/04 and Q2's own panel on 05/04, both without Kỳ, the earlier is Q1's (late) and the later Q2's, nothing overdue", () => {
    const rows = standingOccurrences(PANEL, ['2026-04-05', '2026-04-02'], YEAR, '2026-11-30', 'calendar');
    expect(rows.map((r) => [r.period.from, r.doneOn, r.doneIndex, r.late, r.doneLate ?? false])).toEqual([
      ['2026-01-01', '2026-04-02', 1, false, true],
      ['2026-04-01', '2026-04-05', 0, false, false],
      ['2026-07-01', null, undefined, true, false],
      ['2026-10-01', null, undefined, false, false],
    ]);
    expect(standingLateness(PANEL, ['2026-04-02', '2026-04-05'], '2026-11-30', 'calendar').missed).toEqual(['2026-09-30']);
  });

  test("given Thanh Hòa's rows 05/04, 20/05 and 10/08 without Kỳ (try13i defect 2), Q1 is done late on 05/04, Q2 on 20/05, Q3 on 10/08", () => {
    const rows = standingOccurrences(PANEL, ['2026-04-05', '2026-05-20', '2026-08-10'], YEAR, '2026-11-30', 'calendar');
    expect(rows.map((r) => [r.doneOn, r.doneLate ?? false, r.late])).toEqual([
      ['2026-04-05', true, false],
      ['2026-05-20', false, false],
      ['2026-08-10', false, false],
      [null, false, false],
    ]);
  });

  test('given Q1 and Q2 missing and three rows in Q3, the earliest completes Q1, the next Q2 (both late), Q3 keeps the last', () => {
    const rows = standingOccurrences(PANEL, ['2026-07-01', '2026-07-10', '2026-08-01'], YEAR, '2026-11-30', 'calendar');
    expect(rows.map((r) => [r.doneOn, r.doneLate ?? false])).toEqual([
      ['2026-07-01', true],
      ['2026-07-10', true],
      ['2026-08-01', false],
      [null, false],
    ]);
  });

  test('given a surplus row dated after the report date, it is not known yet: Q1 stays overdue', () => {
    const rows = standingOccurrences(PANEL, ['2026-04-02', '2026-04-20'], YEAR, '2026-04-10', 'calendar');
    expect(rows.slice(0, 2).map((r) => [r.doneOn, r.late])).toEqual([
      [null, true],
      ['2026-04-02', false],
    ]);
  });

  test('given Phước Hòa Mới from 01/06 and two Q3 rows, the surplus completes Q2 (owed), never Q1 (not owed)', () => {
    const rows = standingOccurrences(PANEL, ['2026-09-02', '2026-09-05', '2026-09-09'], YEAR, '2026-11-30', 'calendar', PHUOC_HOA_MOI);
    expect(rows.map((r) => [r.period.from, r.doneOn, r.late])).toEqual([
      ['2026-04-01', '2026-09-02', false],
      ['2026-07-01', '2026-09-05', false],
      ['2026-10-01', null, false],
    ]);
  });
});

describe('three rows without Kỳ in one quarter and one earlier gap (issue 13, closing5: "the quarter keeps the middle row")', () => {
  test('given Q1 empty and Q2 rows of 10/06, 05/04 and 20/05 (out of order), 05/04 completes Q1 late, 20/05 is Q2’s own, 10/06 counts for nothing more', () => {
    const rows = standingOccurrences(PANEL, ['2026-06-10', '2026-04-05', '2026-05-20'], YEAR, '2026-06-30', 'calendar');
    expect(rows.slice(0, 2).map((r) => [r.period.from, r.doneOn, r.doneIndex, r.doneLate ?? false, r.late])).toEqual([
      ['2026-01-01', '2026-04-05', 1, true, false],
      ['2026-04-01', '2026-05-20', 2, false, false],
    ]);
    // The third row credits no occurrence: the surplus beyond the gaps before it.
    expect(rows.some((r) => r.doneIndex === 0)).toBe(false);
  });
});
