import { t } from '../../../src/core/i18n/format';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { standingLateness } from '../../../src/core/progress/standingDue';
import type { ValidationReport } from '../../../src/core/validation';
import { d, templateSheets, validate } from './support';

/** The late warnings about one item (the template also lists the plan's other items for the unit). */
const lateFor = (report: ValidationReport, item: string): ValidationReport['issues'][number][] =>
  report.issues.filter((i) => i.code === 'validation.standing.late' && i.params['item'] === item);

/** 116/KH-UBND with III.2.a due by 30 June and III.1.f to be redone every quarter. */
const withDue: Plan = {
  ...GO_DAU_116,
  standingItems: GO_DAU_116.standingItems.map((s) =>
    s.id === 'III.2.a' ? { ...s, deadline: '2018-06-30' } : s.id === 'III.1.f' ? { ...s, recurrence: 'quarter' as const } : s,
  ),
};
const deadlineItem = withDue.standingItems.find((s) => s.id === 'III.2.a');
const quarterly = withDue.standingItems.find((s) => s.id === 'III.1.f');

describe('standing items with a deadline or a recurrence', () => {
  it('given a deadline of 30 June not done by 10 July, warns at the state cell naming the day', () => {
    const sheets = templateSheets({ standing: [['III.2.a', 'Niêm yết', 'Xã Thạnh Đức', 'Chưa thực hiện', null, null, null]] }, { plan: withDue });
    const report = validate(sheets, { today: '2018-07-10' }, withDue);
    const late = lateFor(report, 'III.2.a');
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({
      severity: 'warning',
      where: { cell: 'D4' },
      params: { item: 'III.2.a', due: '30/06/2018' },
    });
  });

  it('given it done on 20 June, or the deadline not yet passed, says nothing', () => {
    const done = templateSheets({ standing: [['III.2.a', 'Niêm yết', 'Xã Thạnh Đức', 'Đã niêm yết', d('2018-06-20'), null, null]] }, { plan: withDue });
    expect(lateFor(validate(done, { today: '2018-07-10' }, withDue), 'III.2.a')).toEqual([]);
    const pending = templateSheets({ standing: [['III.2.a', 'Niêm yết', 'Xã Thạnh Đức', 'Chưa thực hiện', null, null, null]] }, { plan: withDue });
    expect(lateFor(validate(pending, { today: '2018-06-10' }, withDue), 'III.2.a')).toEqual([]);
  });

  it('given the template row of an item due every quarter left blank, warns once Q1 has ended', () => {
    const report = validate(templateSheets({}, { plan: withDue }), { today: '2018-04-01' }, withDue);
    expect(lateFor(report, 'III.1.f').map((i) => i.params['due'])).toEqual(['14/03/2018']);
  });

  it('given an item due every quarter done in Q1 only, is late for Q2 once Q2 has ended (Nghị định 09: 14 June)', () => {
    if (quarterly === undefined || deadlineItem === undefined) throw new Error('fixture');
    expect(standingLateness(quarterly, ['2018-02-01'], '2018-06-10', 'nd09-cutoff')).toEqual({ late: false, due: null, missed: [] });
    expect(standingLateness(quarterly, ['2018-02-01'], '2018-06-20', 'nd09-cutoff')).toEqual({ late: true, due: '2018-06-14', missed: ['2018-06-14'] });
    expect(standingLateness(quarterly, ['2018-02-01', '2018-04-01'], '2018-06-20', 'nd09-cutoff')).toEqual({ late: false, due: null, missed: [] });
    expect(standingLateness(deadlineItem, ['2018-07-02'], '2018-07-10', 'nd09-cutoff')).toEqual({ late: true, due: '2018-06-30', missed: ['2018-06-30'] });
  });
});

describe('an item due every quarter missed twice', () => {
  it('given III.1.f done in Q1 only, the check after Q3 warns for Q2 and Q3 both, not Q2 alone (issue 13, fourth tester), once at the one row there is', () => {
    const sheets = templateSheets({ standing: [['III.1.f', 'Pa-nô', 'Xã Thạnh Đức', 'Đã thực hiện', d('2018-02-01'), null, null]] }, { plan: withDue });
    const report = validate(sheets, { today: '2018-10-01' }, withDue);
    expect(lateFor(report, 'III.1.f')).toEqual([]);
    const many = report.issues.filter((i) => i.code === 'validation.standing.lateMany' && i.params['item'] === 'III.1.f');
    expect(many.map((i) => [i.params['count'], i.params['occurrences'], i.params['dues']])).toEqual([
      [2, 'quý II năm 2018, quý III năm 2018', '14/06/2018, 14/09/2018'],
    ]);
    // Each occurrence with its own deadline, "lần lượt", never one "chậm nhất ngày 14/06/2018, 14/09/2018" (tenth tester).
    const [issue] = many;
    expect(issue === undefined ? '' : t(issue.code, issue.params, 'vi')).toContain(
      'đã quá hạn 2 lượt (quý II năm 2018, quý III năm 2018; hạn chậm nhất lần lượt là ngày 14/06/2018, 14/09/2018)',
    );
    expect(issue === undefined ? '' : t(issue.code, issue.params, 'en')).toContain(
      'is late for 2 occurrences (quý II năm 2018, quý III năm 2018; due by 14/06/2018, 14/09/2018 respectively)',
    );
  });

  it('given a "Chưa thực hiện" row for Q2 and one for Q3, each by its "Kỳ", warns of each at its own row, never both at one cell (tenth tester)', () => {
    const standing = [
      ['III.1.f', 'Pa-nô', 'Xã Thạnh Đức', 'Đã thực hiện', d('2018-02-01'), null, null, 'Quý I'],
      ['III.1.f', 'Pa-nô', 'Xã Thạnh Đức', 'Chưa thực hiện', null, null, null, 'Quý II'],
      ['III.1.f', 'Pa-nô', 'Xã Thạnh Đức', 'Chưa thực hiện', null, null, null, 'Quý III'],
    ];
    const late = lateFor(validate(templateSheets({ standing }, { plan: withDue }), { today: '2018-10-01' }, withDue), 'III.1.f');
    expect(late.map((i) => i.params['due'])).toEqual(['14/06/2018', '14/09/2018']);
    expect(new Set(late.map((i) => i.where.cell)).size).toBe(2);
  });
});

describe('an item done after its deadline (issue 13, fifth tester, finding 8)', () => {
  it('given III.2.a due by 30 June and done on 10 July, says "hoàn thành chậm" with both days and never asks to update it', () => {
    const sheets = templateSheets({ standing: [['III.2.a', 'Niêm yết', 'Xã Thạnh Đức', 'Đã niêm yết', d('2018-07-10'), null, null]] }, { plan: withDue });
    const report = validate(sheets, { today: '2018-11-30' }, withDue);
    expect(lateFor(report, 'III.2.a')).toEqual([]);
    const late = report.issues.filter((i) => i.code === 'validation.standing.doneLate');
    expect(late.map((i) => [i.severity, i.params['due'], i.params['done']])).toEqual([['warning', '30/06/2018', '10/07/2018']]);
  });
});

describe('a recurring item\'s "Kỳ" column (issue 13, sixth tester, D4)', () => {
  const rows = (first: string | null, second: string | null): (string | number | null)[][] => [
    ['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', d('2018-03-25'), 'ảnh quý I (cập nhật trễ)', null, first],
    ['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', d('2018-09-10'), 'ảnh quý III', null, second],
  ];
  const issuesOf = (report: ValidationReport, code: string): [string | undefined, unknown][] =>
    report.issues.filter((i) => i.code === code && i.params['item'] === 'III.1.f').map((i) => [i.where.cell, i.params['due']]);

  it('given no Kỳ, warns of the missed Q1 at the late 25/03 row, not at the last row', () => {
    const report = validate(templateSheets({ standing: rows(null, null) }, { plan: withDue }), { today: '2018-11-30' }, withDue);
    expect(issuesOf(report, 'validation.standing.late')).toEqual([['D4', '14/03/2018']]);
  });

  it('given the 25/03 row marked "Quý I", says Q1 was done late at that row, and Q2 is the one missed', () => {
    const report = validate(templateSheets({ standing: rows('Quý I', 'Q3') }, { plan: withDue }), { today: '2018-11-30' }, withDue);
    expect(issuesOf(report, 'validation.standing.doneLate')).toEqual([['D4', '14/03/2018']]);
    expect(issuesOf(report, 'validation.standing.late')).toEqual([['D5', '14/06/2018']]);
  });

  it('given a Kỳ cell that names no period, warns at that cell with the text', () => {
    const report = validate(templateSheets({ standing: rows('cập nhật trễ', null) }, { plan: withDue }), { today: '2018-11-30' }, withDue);
    const bad = report.issues.filter((i) => i.code === 'validation.standing.badPeriod');
    expect(bad.map((i) => [i.where.cell, i.params['value']])).toEqual([['H4', 'cập nhật trễ']]);
  });
});
