import { periodFor } from '../../src/core/periods';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { createTracker } from '../../src/taskpane/plan/createTracker';
import { wordReport, writeReport } from '../../src/taskpane/plan/writeReport';
import { consolidateInto } from '../../src/taskpane/plan/consolidateFiles';
import { aMemoryWorkbook } from './memoryWorkbook';

describe('writeReport', () => {
  it("writes a commune's 6-month report as one more sheet and selects it", async () => {
    const workbook = aMemoryWorkbook();
    await createTracker(workbook, GO_DAU_116, { unitCode: 'XTD', kind: 'unit' }, '2018-06-01');
    workbook.type('Tin bài', 4, [43230, 'Trang TTĐT huyện', 'Tin', 'Tuyên truyền CCHC tại xã', '', 'Xã Thạnh Đức', '']);
    const outcome = await writeReport(workbook, GO_DAU_116, periodFor('half-year', 2018, 1, 'nd09-cutoff'), '2018-06-14', 'vi');
    expect(outcome).toMatchObject({ ok: true, owner: 'Xã Thạnh Đức', period: '6 tháng đầu năm 2018', errors: 0 });
    const reportSheets = workbook.written.at(-1)?.sheets ?? [];
    expect(reportSheets).toHaveLength(1);
    expect(workbook.selected.at(-1)).toBe(`${reportSheets[0]?.name ?? '?'}!A1`);
  });

  it('given a workbook the add-in did not make, asks for a tracker first and writes nothing', async () => {
    const workbook = aMemoryWorkbook();
    const outcome = await writeReport(workbook, GO_DAU_116, periodFor('year', 2018, undefined, 'nd09-cutoff'), '2018-12-14', 'vi');
    expect(outcome).toEqual({ ok: false, message: { key: 'pane.report.noStamp', params: {} } });
    expect(workbook.written).toEqual([]);
  });

  it('given a district workbook, writes the district report and, after a consolidation, counts the consolidated records and says so', async () => {
    const workbook = aMemoryWorkbook();
    await createTracker(workbook, GO_DAU_116, { unitCode: 'PNV', kind: 'district' }, '2018-06-01');
    const period = periodFor('half-year', 2018, 1, 'nd09-cutoff');
    const first = await writeReport(workbook, GO_DAU_116, period, '2018-06-14', 'vi');
    expect(first).toMatchObject({ ok: true, sheet: 'BC 6T-2018', owner: '' });
    expect(first).not.toHaveProperty('note');
    await consolidateInto(workbook, GO_DAU_116, [], { period, today: '2018-06-14', language: 'vi', preferred: new Map() });
    const after = await writeReport(workbook, GO_DAU_116, period, '2018-06-14', 'vi');
    expect(after).toMatchObject({ ok: true, note: { key: 'pane.report.districtFromConsolidation', params: { sheet: 'TH Tin bài' } } });
  });
});

describe('wordReport', () => {
  it("makes the commune's Word report from the same records as the sheet, and writes nothing to the workbook", async () => {
    const workbook = aMemoryWorkbook();
    await createTracker(workbook, GO_DAU_116, { unitCode: 'XTD', kind: 'unit' }, '2018-06-01');
    workbook.type('Tin bài', 4, [43230, 'Trang TTĐT huyện', 'Tin', 'Tuyên truyền CCHC tại xã', '', 'Xã Thạnh Đức', '']);
    const writes = workbook.written.length;
    const period = periodFor('half-year', 2018, 1, 'nd09-cutoff');
    const outcome = await wordReport(workbook, GO_DAU_116, period, '2018-06-14', 'vi');
    if (!outcome.ok) throw new Error('no report');
    expect(outcome).toMatchObject({ owner: 'Xã Thạnh Đức', period: '6 tháng đầu năm 2018', errors: 0 });
    expect(outcome.document.fileName).toBe('BC 6T-2018 XTD');
    expect(outcome.document.header.bodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ THẠNH ĐỨC']);
    // The typed row (14/5/2018 on Trang TTĐT huyện) is counted once, as the sheet counts it.
    expect(outcome.document.data.targets.find((x) => x.id === 'III.1.e')).toMatchObject({ inPeriod: 1, yearToDate: 1 });
    expect(workbook.written.length).toBe(writes);
  });

  it('given a workbook the add-in did not make, asks for a tracker first', async () => {
    const outcome = await wordReport(aMemoryWorkbook(), GO_DAU_116, periodFor('year', 2018, undefined, 'nd09-cutoff'), '2018-12-14', 'vi');
    expect(outcome).toEqual({ ok: false, message: { key: 'pane.report.noStamp', params: {} } });
  });
});
