import { periodFor } from '../../src/core/periods';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { wordReport, writeReportSheet, type ReportInputs } from '../../src/core/usecases/writeReport';
import type { Period } from '../../src/core/periods';
import { reportOwner, reportRefusalMessage } from '../../src/taskpane/state/reportJob';
import { consolidateInto } from '../../src/taskpane/plan/consolidateFiles';
import { aMemoryWorkbook } from './memoryWorkbook';
import { trackerIn } from './trackerIn';

const inputs = (period: Period, today: string): ReportInputs => ({ plan: GO_DAU_116, period, today, language: 'vi' });

describe('writing the report into the open workbook', () => {
  it("writes a commune's 6-month report as one more sheet and selects it", async () => {
    const workbook = aMemoryWorkbook();
    await trackerIn(workbook, GO_DAU_116, { unitCode: 'XTD', kind: 'unit' }, '2018-06-01');
    workbook.type('Tin bài', 4, [43230, 'Trang TTĐT huyện', 'Tin', 'Tuyên truyền CCHC tại xã', '', 'Xã Thạnh Đức', '']);
    const outcome = await writeReportSheet(workbook, inputs(periodFor('half-year', 2018, 1, 'nd09-cutoff'), '2018-06-14'));
    if (!outcome.ok) throw new Error('no report');
    expect(reportOwner(outcome.source)).toBe('Xã Thạnh Đức');
    expect(outcome.report.data.period.label).toBe('6 tháng đầu năm 2018');
    expect(outcome.source.errors).toBe(0);
    const reportSheets = workbook.written.at(-1)?.sheets ?? [];
    expect(reportSheets).toHaveLength(1);
    expect(workbook.selected.at(-1)).toBe(`${reportSheets[0]?.name ?? '?'}!A1`);
  });

  it('given a workbook the add-in did not make, asks for a tracker first and writes nothing', async () => {
    const workbook = aMemoryWorkbook();
    const outcome = await writeReportSheet(workbook, inputs(periodFor('year', 2018, undefined, 'nd09-cutoff'), '2018-12-14'));
    expect(outcome).toEqual({ ok: false, refusal: { reason: 'noOwner' } });
    if (!outcome.ok) expect(reportRefusalMessage(outcome.refusal)).toEqual({ key: 'pane.report.noStamp', params: {} });
    expect(workbook.written).toEqual([]);
  });

  it('given a tracker made for another plan, refuses as the CLI does and writes nothing', async () => {
    const workbook = aMemoryWorkbook();
    const otherPlan = { ...GO_DAU_116, identity: { ...GO_DAU_116.identity, id: 'KH-KHAC-2019' } };
    await trackerIn(workbook, otherPlan, { unitCode: 'XTD', kind: 'unit' }, '2018-06-01');
    const writes = workbook.written.length;
    const outcome = await writeReportSheet(workbook, inputs(periodFor('half-year', 2018, 1, 'nd09-cutoff'), '2018-06-14'));
    if (outcome.ok) throw new Error('a report was made');
    expect(reportRefusalMessage(outcome.refusal)).toEqual({ key: 'pane.report.otherPlan', params: { planId: 'KH-KHAC-2019', id: GO_DAU_116.identity.id } });
    expect(workbook.written.length).toBe(writes);
  });

  it('given a district workbook, writes the district report and, after a consolidation, counts the consolidated records and says from where', async () => {
    const workbook = aMemoryWorkbook();
    await trackerIn(workbook, GO_DAU_116, { unitCode: 'PNV', kind: 'district' }, '2018-06-01');
    const period = periodFor('half-year', 2018, 1, 'nd09-cutoff');
    const first = await writeReportSheet(workbook, inputs(period, '2018-06-14'));
    if (!first.ok) throw new Error('no report');
    expect(first.report.layout.name).toBe('BC 6T-2018');
    expect(reportOwner(first.source)).toBe('');
    expect(first.source.consolidatedFrom).toBeNull();
    await consolidateInto(workbook, GO_DAU_116, [], { period, today: '2018-06-14', language: 'vi', preferred: new Map() });
    const after = await writeReportSheet(workbook, inputs(period, '2018-06-14'));
    expect(after.ok && after.source.consolidatedFrom).toBe('TH Tin bài');
  });
});

describe('a workbook holding a consolidation but no stamp (as cchc consolidate -o writes it)', () => {
  it('reports for the district from the consolidated records, as the CLI does, instead of asking for a tracker', async () => {
    const workbook = aMemoryWorkbook();
    const period = periodFor('half-year', 2018, 1, 'nd09-cutoff');
    await consolidateInto(workbook, GO_DAU_116, [], { period, today: '2018-06-14', language: 'vi', preferred: new Map() });
    expect(await workbook.listSheets()).not.toContain('_cchc');
    const outcome = await writeReportSheet(workbook, inputs(period, '2018-06-14'));
    if (!outcome.ok) throw new Error(outcome.refusal.reason);
    expect(outcome.source.input.scope).toEqual({ kind: 'district' });
    expect(outcome.source.consolidatedFrom).toBe('TH Tin bài');
  });
});

describe('the Word report from the open workbook', () => {
  it("makes the commune's Word report from the same records as the sheet, and writes nothing to the workbook", async () => {
    const workbook = aMemoryWorkbook();
    await trackerIn(workbook, GO_DAU_116, { unitCode: 'XTD', kind: 'unit' }, '2018-06-01');
    workbook.type('Tin bài', 4, [43230, 'Trang TTĐT huyện', 'Tin', 'Tuyên truyền CCHC tại xã', '', 'Xã Thạnh Đức', '']);
    const writes = workbook.written.length;
    const outcome = await wordReport(workbook, inputs(periodFor('half-year', 2018, 1, 'nd09-cutoff'), '2018-06-14'));
    if (!outcome.ok) throw new Error('no report');
    expect(reportOwner(outcome.source)).toBe('Xã Thạnh Đức');
    expect(outcome.source.errors).toBe(0);
    expect(outcome.document.fileName).toBe('BC 6T-2018 XTD');
    expect(outcome.document.header.bodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ THẠNH ĐỨC']);
    // The typed row (14/5/2018 on Trang TTĐT huyện) is counted once, as the sheet counts it.
    expect(outcome.document.data.targets.find((x) => x.id === 'III.1.e')).toMatchObject({ inPeriod: 1, yearToDate: 1 });
    expect(workbook.written.length).toBe(writes);
  });

  it('given a workbook the add-in did not make, asks for a tracker first', async () => {
    const outcome = await wordReport(aMemoryWorkbook(), inputs(periodFor('year', 2018, undefined, 'nd09-cutoff'), '2018-12-14'));
    expect(outcome).toEqual({ ok: false, refusal: { reason: 'noOwner' } });
  });
});
