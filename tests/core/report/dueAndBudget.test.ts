import { periodFor } from '../../../src/core/periods';
import type { Plan } from '../../../src/core/plan/types';
import { buildReport, reportDocument, type ReportInput } from '../../../src/core/report';
import { cellAt, rowWith, texts } from './layoutQuery';
import { DISTRICT_RECORDS, plan, THANH_DUC_RECORDS, unitOf } from './reportFixtures';

const firstHalf = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const year = periodFor('year', 2018, undefined, 'nd09-cutoff');

/** 116/KH-UBND with a deadline on III.2.a and a budget on the first funding source. */
const firstFund = plan.fundingSources[0];
const edited: Plan = {
  ...plan,
  standingItems: plan.standingItems.map((s) => (s.id === 'III.2.a' ? { ...s, deadline: '2018-03-31' } : s)),
  fundingSources: plan.fundingSources.map((f) => (f === firstFund ? { ...f, budget: 50_000_000 } : f)),
};

const input = (overrides: Partial<ReportInput>): ReportInput => ({
  plan: edited,
  period: firstHalf,
  scope: { kind: 'district' },
  records: DISTRICT_RECORDS,
  reportDate: '2018-06-14',
  documentNumber: '…',
  ...overrides,
});

describe('standing items past their deadline in a report', () => {
  it('given III.2.a due by 31 March and not done by the period end, marks it late with the day due', () => {
    const { data, layout } = buildReport(input({ scope: { kind: 'unit', unit: unitOf('XTD') }, records: { ...THANH_DUC_RECORDS, standing: [] } }));
    const row = data.standing.find((r) => r.itemId === 'III.2.a');
    expect(row).toMatchObject({ late: true, due: '2018-03-31' });
    expect(texts(layout).some((x) => x.text === 'Chưa cập nhật (quá hạn 31/03/2018)')).toBe(true);
  });

  it('given the built-in plan, no item is ever late', () => {
    const { data } = buildReport(input({ plan, period: year, reportDate: '2018-12-14' }));
    expect(data.standing.filter((r) => r.late)).toEqual([]);
  });
});

describe('spending against a budget', () => {
  it('given a budget on a funding source, the district report prints it beside the spending, and the total', () => {
    const { data, layout } = buildReport(input({}));
    const fund = data.spending.find((r) => r.code === firstFund?.code);
    expect(fund?.budget).toBe(50_000_000);
    const line = rowWith(layout, fund?.name ?? '');
    expect(cellAt(layout, `E${line}`)).toMatchObject({ value: 50_000_000 });
    expect(cellAt(layout, `G${line}`)).toMatchObject({ value: fund?.inPeriod });
  });

  it('given no budget (116/KH-UBND), keeps the table as it was', () => {
    const { data, layout } = buildReport(input({ plan }));
    expect(data.spending.every((r) => r.budget === undefined)).toBe(true);
    expect(texts(layout).some((x) => x.text.startsWith('Dự toán'))).toBe(false);
  });

  it('a unit report never shows the plan-wide budget', () => {
    const { data } = buildReport(input({ scope: { kind: 'unit', unit: unitOf('XTD') }, records: THANH_DUC_RECORDS }));
    expect(data.spending.some((r) => r.budget !== undefined)).toBe(false);
  });

  it('given a budget, the Word report\'s section III has the "Dự toán năm (đồng)" column and its total, as the sheet report has', () => {
    const doc = reportDocument(input({}));
    const tables = doc.body.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    const spending = tables.find((table) => table.columns.some((c) => c.header === 'Trong kỳ (đồng)'));
    expect(spending?.columns.map((c) => c.header)).toEqual(['STT', 'Nguồn kinh phí', 'Dự toán năm (đồng)', 'Trong kỳ (đồng)', 'Lũy kế từ đầu năm (đồng)']);
    const fund = spending?.rows.find((r) => r[1] === firstFund?.name);
    expect(fund?.[2]).toBe('50.000.000');
    expect(spending?.rows.at(-1)?.[2]).toBe('50.000.000');
  });

  it('given no budget (116/KH-UBND), the Word table keeps its four columns', () => {
    const tables = reportDocument(input({ plan })).body.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    const spending = tables.find((table) => table.columns.some((c) => c.header === 'Trong kỳ (đồng)'));
    expect(spending?.columns.map((c) => c.header)).toEqual(['STT', 'Nguồn kinh phí', 'Trong kỳ (đồng)', 'Lũy kế từ đầu năm (đồng)']);
  });
});
