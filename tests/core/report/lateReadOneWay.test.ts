import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { reportData } from '../../../src/core/report/reportData';
import type { StandingRecord } from '../../../src/core/records/types';

/**
 * count13n defect 3 (try13m D6): a Q2 report dated 30/11 read a pa-nô due 30/06 and done 10/07 "quá hạn", and the Q2
 * occurrence of a quarterly item done 10/07 "hoàn thành chậm". One rule (progress/standingDue knownBy): a completion
 * dated up to the report's date is known, and after the deadline or the occurrence's end it is done late; dated 05/07 the
 * report knows neither, and both are overdue. Counted by eye.
 */
const plan: Plan = {
  ...GO_DAU_116,
  periodConvention: 'calendar',
  standingItems: [
    { id: 'PANO', title: 'Pa-nô tuyên truyền CCHC', appliesTo: ['commune'], deadline: '2018-06-30' },
    { id: 'NIEMYET', title: 'Niêm yết TTHC', appliesTo: ['commune'], recurrence: 'quarter' },
  ],
};
const unit = plan.units.find((u) => u.code === 'XTD')!;
const done = (item: string, on: string, period?: StandingRecord['period']): StandingRecord => ({
  source: { file: 'td.xlsx', sheet: 'Hạng mục', row: 5 },
  item,
  unit: 'XTD',
  state: 'done',
  dateDone: on,
  evidence: '',
  note: '',
  ...(period === undefined ? {} : { period }),
});
const q2 = periodFor('quarter', 2018, 2, 'calendar');

const rowsOn = (reportDate: string) =>
  reportData({
    plan,
    period: q2,
    scope: { kind: 'unit', unit },
    records: { outputs: [], spending: [], standing: [done('PANO', '2018-07-10'), done('NIEMYET', '2018-07-10', { kind: 'quarter', index: 2, year: 2018 })] },
    reportDate,
    documentNumber: '1',
  }).standing.map((r) => ({ item: r.itemId, state: r.state, dateDone: r.dateDone, late: r.late ?? false, due: r.due }));

describe('two late items of one report read one way (count13n defect 3)', () => {
  test('dated 30/11, both are done on 10/07, late against 30/06', () => {
    expect(rowsOn('2018-11-30')).toEqual([
      { item: 'PANO', state: 'done', dateDone: '2018-07-10', late: true, due: '2018-06-30' },
      { item: 'NIEMYET', state: 'done', dateDone: '2018-07-10', late: true, due: '2018-06-30' },
    ]);
  });

  test('dated 05/07, neither completion is known yet: both are overdue since 30/06, neither done', () => {
    const rows = rowsOn('2018-07-05');
    expect(rows.map((r) => [r.item, r.state === 'done', r.late, r.due])).toEqual([
      ['PANO', false, true, '2018-06-30'],
      ['NIEMYET', false, true, '2018-06-30'],
    ]);
  });
});
