import { customPeriod, periodFor } from '../../../src/core/periods';
import type { Period } from '../../../src/core/periods';
import { countedThrough } from '../../../src/core/progress/countingWindow';
import { spendingByFunding, targetResults, targetResultsFor } from '../../../src/core/progress/targetProgress';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { reportDocument } from '../../../src/core/report/reportDocument';
import { cellAt, rowWith, textOf, texts } from './layoutQuery';
import { DISTRICT_RECORDS, plan, STANDING, THANH_DUC_RECORDS, unitOf } from './reportFixtures';

const firstHalf = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const thirdQuarter = periodFor('quarter', 2018, 3, 'nd09-cutoff');

const district = (period: Period, overrides: Partial<ReportInput> = {}): ReportInput => ({
  plan,
  period,
  scope: { kind: 'district' },
  records: DISTRICT_RECORDS,
  reportDate: '2018-06-14',
  documentNumber: '…',
  ...overrides,
});

describe('report numbers', () => {
  it.each([
    ['first half (ND09)', firstHalf],
    ['third quarter (ND09)', thirdQuarter],
    ['the year', periodFor('year', 2018, undefined, 'nd09-cutoff')],
    ['a custom range', customPeriod('2018-03-01', '2018-05-31')],
  ])('equal targetResults over the same records, up to the report date, in %s and since the plan year began', (_, period) => {
    const { data } = buildReport(district(period));
    // A report dated inside its period (the year's, dated 14/06) counts nothing after its date (count13n defect 1, progress/countingWindow).
    const upTo = { from: period.from, to: countedThrough(period, '2018-06-14') };
    const outputs = DISTRICT_RECORDS.outputs.filter((r) => r.date === null || r.date <= upTo.to);
    const inPeriod = targetResults(plan, outputs, period);
    const cumulative = targetResults(plan, outputs, data.yearToDate);
    expect(data.targets.map((x) => x.inPeriod)).toEqual(inPeriod.map((r) => r.achieved));
    expect(data.targets.map((x) => x.yearToDate)).toEqual(cumulative.map((r) => r.achieved));
    expect(data.targets.map((x) => x.met)).toEqual(cumulative.map((r) => r.met));
    // One formula for every row: credited up to the minimum (sixth tester, D3).
    expect(data.targets.map((x) => x.percent)).toEqual(cumulative.map((r) => Math.round((r.required === 0 ? 1 : r.credited / r.required) * 100)));
  });

  it('puts the same numbers, percentage and Đạt/Chưa đạt in every target row of the sheet', () => {
    const { layout, data } = buildReport(district(firstHalf));
    for (const target of data.targets) {
      const row = rowWith(layout, `${target.title} (${target.id})`);
      expect(cellAt(layout, `E${row}`)).toEqual({ kind: 'number', value: target.minimum });
      expect(cellAt(layout, `F${row}`)).toEqual({ kind: 'number', value: target.inPeriod });
      expect(cellAt(layout, `G${row}`)).toEqual({ kind: 'number', value: target.yearToDate });
      expect(cellAt(layout, `H${row}`)).toEqual({ kind: 'number', value: target.percent / 100 });
      // A yearly minimum not reached by 14/6 is running, not failed, until its year ends (issue 13, fifth tester, finding 2).
      expect(textOf(cellAt(layout, `I${row}`))).toBe(target.met ? 'Đạt' : target.running === true ? 'Đang thực hiện' : 'Chưa đạt');
    }
    expect(data.targets.map((x) => [x.id, x.yearToDate, x.percent, x.met])).toEqual([
      ['III.1.a', 12, 100, true],
      ['III.1.b', 1, 33, false],
      ['III.1.c', 3, 30, false],
      ['III.1.d', 10, 100, true],
      ['III.1.e', 0, 0, false],
    ]);
  });

  it('counts from 15/12 of the year before in a first-half ND09 report, and not a day earlier', () => {
    const { data } = buildReport(district(firstHalf));
    expect(data.yearToDate).toEqual({ from: '2017-12-15', to: '2018-06-14' });
    // The phóng sự aired on 15/12/2017 counts; the news item of 10/12/2017 does not.
    expect(data.targets.find((x) => x.id === 'III.1.b')?.yearToDate).toBe(1);
    expect(data.targets.find((x) => x.id === 'III.1.a')?.yearToDate).toBe(12);
  });

  it('given a calendar plan, the year starts on 1 January instead', () => {
    const calendar = { ...plan, periodConvention: 'calendar' as const };
    const half = periodFor('half-year', 2018, 1, 'calendar');
    const { data } = buildReport(district(half, { plan: calendar }));
    expect(data.yearToDate).toEqual({ from: '2018-01-01', to: '2018-06-30' });
    expect(data.targets.find((x) => x.id === 'III.1.b')?.yearToDate).toBe(0);
    // 03/7/2018 falls outside the calendar half as well.
    expect(data.targets.find((x) => x.id === 'III.1.a')?.yearToDate).toBe(12);
  });

  it('in a third-quarter report, shows the quarter beside the total since the year began', () => {
    const { data, layout } = buildReport(district(thirdQuarter));
    expect(data.yearToDate).toEqual({ from: '2017-12-15', to: '2018-09-14' });
    const news = data.targets.find((x) => x.id === 'III.1.a');
    expect(news).toMatchObject({ inPeriod: 1, yearToDate: 13, percent: 100, met: true });
    expect(texts(layout).map((x) => x.text)).toContain(
      '- Trong kỳ đã đăng 1 tin, bài trên Báo Tây Ninh; lũy kế từ đầu năm 13 tin, bài, vượt chỉ tiêu kế hoạch (tối thiểu 10 tin, bài).',
    );
  });

  it('gives the district a unit-by-target table whose columns add up to the district totals', () => {
    const { data, layout } = buildReport(district(firstHalf));
    for (const target of data.targets) {
      expect(data.units.reduce((sum, unit) => sum + (unit.counts[target.id] ?? 0), 0)).toBe(target.inPeriod);
    }
    expect(data.units.find((u) => u.code === 'PVHTT')?.counts).toMatchObject({ 'III.1.a': 6, 'III.1.d': 10 });
    expect(data.units.at(-1)).toMatchObject({ code: null, name: 'Chưa rõ đơn vị', counts: { 'III.1.a': 1 } });
    const header = rowWith(layout, 'III.1.a');
    expect(['D', 'E', 'F', 'G', 'H'].map((c) => textOf(cellAt(layout, `${c}${header}`)))).toEqual(data.targets.map((x) => x.id));
    const total = rowWith(layout, 'Cộng');
    expect(cellAt(layout, `D${total}`)).toEqual({ kind: 'number', value: 12 });
  });

  it('given PHÂN CÔNG gives III.1.b to no office, their rows show "-" under it, not 0, in the sheet and the Word annex; a unit with a count keeps it (sixth tester, D7)', () => {
    const input = district(firstHalf);
    const { data, layout } = buildReport(input);
    const office = data.units.find((u) => u.code === 'PNV');
    expect([office?.counts['III.1.b'], office?.notAssigned?.includes('III.1.b')]).toEqual([0, true]);
    // Đài Truyền thanh broadcast a phóng sự: its 1 stands.
    expect(data.units.find((u) => u.code === 'DTT')?.notAssigned?.includes('III.1.b') ?? false).toBe(false);
    for (const unit of data.units) for (const id of unit.notAssigned ?? []) expect(unit.counts[id]).toBe(0);
    const row = rowWith(layout, 'Phòng Nội vụ');
    expect(textOf(cellAt(layout, `E${row}`))).toBe('-');
    const word = JSON.stringify(reportDocument(input));
    expect(word).toContain('"Phòng Nội vụ","0","-"');
    expect(word).toContain(JSON.stringify('"-": đơn vị không được giao chỉ tiêu').slice(1, -1));
  });

  it('gives a unit report no unit table and counts every output of its workbook', () => {
    const { data } = buildReport({ ...district(firstHalf), scope: { kind: 'unit', unit: unitOf('XTD') }, records: THANH_DUC_RECORDS });
    expect(data.units).toEqual([]);
    // Every row of its workbook is its own, blank unit cells included: judged as the unit, not plan-wide (where a target given to others counts none of them, verdict13).
    const own = targetResultsFor(plan, THANH_DUC_RECORDS.outputs, firstHalf, { kind: 'unit', unit: unitOf('XTD'), filter: false });
    expect(data.targets.map((x) => x.inPeriod)).toEqual(own.map((r) => r.achieved));
  });

  it('totals spending by funding source in the period and year to date, with unknown sources apart', () => {
    const { data } = buildReport(district(thirdQuarter));
    const inPeriod = spendingByFunding(plan, DISTRICT_RECORDS.spending, thirdQuarter);
    expect(data.spending.filter((r) => r.code !== null).map((r) => r.inPeriod)).toEqual(inPeriod.map((r) => r.amount));
    expect(data.spending).toEqual([
      { code: 'KP-HUYEN', name: 'Kinh phí CCHC cấp huyện', inPeriod: 1_200_000, yearToDate: 3_700_000 },
      { code: 'NS-XA', name: 'Ngân sách UBND xã, thị trấn', inPeriod: 0, yearToDate: 800_000 },
      { code: null, name: 'Chưa rõ nguồn', inPeriod: 0, yearToDate: 150_000 },
    ]);
  });
});

describe('standing items as of the period end', () => {
  const { data } = buildReport(district(firstHalf));
  const state = (unit: string, item: string): unknown => data.standing.find((r) => r.unitCode === unit && r.itemId === item);

  it.each([
    ['a done row wins over a not-done one for the same item', 'XTD', 'III.1.f', { state: 'done', dateDone: '2018-04-30' }],
    ['a completion dated after the period reads as in progress', 'BPMC', 'III.2.c3', { state: 'in-progress', dateDone: null }],
    ['an item nobody wrote about is missing', 'BPMC', 'III.2.c4', { state: 'missing', dateDone: null }],
    ['a done row with no date is done, undated', 'TTGD', 'III.2.c3', { state: 'done', dateDone: null }],
  ])('%s', (_, unit, item, expected) => {
    expect(state(unit, item)).toMatchObject(expected);
  });

  it('lists only the units and items the plan asks for', () => {
    expect(new Set(data.standing.map((r) => r.unitCode)).size).toBe(10);
    expect(data.standing.some((r) => r.unitCode === 'XTD' && r.itemId === 'III.2.b')).toBe(false);
    expect(data.standing.filter((r) => r.unitCode === 'BPMC')).toHaveLength(7);
  });

  it('in a unit report, counts rows with a blank unit as the unit’s own', () => {
    const unit = buildReport({ ...district(firstHalf), scope: { kind: 'unit', unit: unitOf('XTD') }, records: THANH_DUC_RECORDS });
    expect(unit.data.standing.find((r) => r.itemId === 'III.2.c3')).toMatchObject({ state: 'done', dateDone: '2018-06-10' });
    expect(STANDING.some((r) => r.unit === null)).toBe(false);
  });
});
