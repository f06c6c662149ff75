import { periodFor } from '../../../src/core/periods';
import type { Plan } from '../../../src/core/plan/types';
import { memoryWorkbook } from '../../../src/core/ports/memoryWorkbook';
import { sheetReport, wordReport, type ReportInputs } from '../../../src/core/usecases/writeReport';
import { output } from '../../cli/workbooks';
import { otherPlan, plan, trackerSheets, unitOf } from './books';

const firstHalf = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const inputs = (extra: Partial<ReportInputs> = {}): ReportInputs => ({ plan, period: firstHalf, today: '2018-06-14', language: 'vi', ...extra });
const rowOnDistrictPage = output('2018-05-14', 'Trang TTĐT huyện', 'Tuyên truyền CCHC tại xã');

describe('the period report (Báo cáo, cchc report)', () => {
  it("given a commune's stamped tracker, reports for that commune and counts its row in the period", async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('XTD'), [rowOnDistrictPage]));
    const outcome = await sheetReport(book, inputs());
    if (!outcome.ok) throw new Error(outcome.refusal.reason);
    expect(outcome.source.input.scope).toEqual({ kind: 'unit', unit: unitOf('XTD') });
    expect(outcome.report.layout.name).toBe('BC 6T-2018 XTD');
    expect(outcome.report.data.targets.find((row) => row.id === 'III.1.e')).toMatchObject({ inPeriod: 1, yearToDate: 1 });
    expect(outcome.source).toMatchObject({ errors: 0, consolidatedFrom: null });
  });

  it('gives the Word document the same figures as the sheet', async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('XTD'), [rowOnDistrictPage]));
    const sheet = await sheetReport(book, inputs());
    const word = await wordReport(book, inputs());
    if (!sheet.ok || !word.ok) throw new Error('refused');
    expect(word.document.data.targets).toEqual(sheet.report.data.targets);
    expect(word.document.fileName).toBe('BC 6T-2018 XTD');
  });

  it('given a workbook stamped with another plan, refuses and names both plans', async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('XTD'), [rowOnDistrictPage], { plan: otherPlan }));
    await expect(sheetReport(book, inputs())).resolves.toEqual({ ok: false, refusal: { reason: 'otherPlan', planId: 'KH-KHAC-2019', id: plan.identity.id } });
    await expect(wordReport(book, inputs())).resolves.toMatchObject({ ok: false, refusal: { reason: 'otherPlan' } });
  });

  it('given a workbook with no stamp and no consolidation, refuses until a unit is chosen', async () => {
    const sheets = (await trackerSheets(unitOf('XTD'), [rowOnDistrictPage])).filter((sheet) => sheet.name !== '_cchc');
    await expect(sheetReport(memoryWorkbook(sheets), inputs())).resolves.toEqual({ ok: false, refusal: { reason: 'noOwner' } });
    const chosen = await sheetReport(memoryWorkbook(sheets), inputs({ unit: unitOf('XTD') }));
    expect(chosen.ok && chosen.report.data.targets.find((row) => row.id === 'III.1.e')?.inPeriod).toBe(1);
  });

  it('given a stamp naming a unit the plan lacks, refuses with the unit the stamp names', async () => {
    const ghost = { ...unitOf('XTD'), code: 'XMA', name: 'Xã Ma' };
    const planWithGhost: Plan = { ...plan, units: [...plan.units, ghost] };
    const book = memoryWorkbook(await trackerSheets(ghost, [], { plan: planWithGhost }));
    await expect(sheetReport(book, inputs())).resolves.toEqual({ ok: false, refusal: { reason: 'unknownUnit', unit: 'Xã Ma' } });
  });

  it("given a district workbook and a unit chosen, counts that unit's rows only", async () => {
    const rows = [
      output('2018-05-14', 'Trang TTĐT huyện', 'Tin Thạnh Đức', 'Tin', 'Xã Thạnh Đức'),
      output('2018-05-15', 'Trang TTĐT huyện', 'Tin Cẩm Giang', 'Tin', 'Xã Cẩm Giang'),
    ];
    const book = memoryWorkbook(await trackerSheets(unitOf('PNV'), rows, { kind: 'district' }));
    const district = await sheetReport(book, inputs());
    const commune = await sheetReport(book, inputs({ unit: unitOf('XTD') }));
    if (!district.ok || !commune.ok) throw new Error('refused');
    expect(district.source.input.scope).toEqual({ kind: 'district' });
    expect(district.source.input.records.outputs).toHaveLength(2);
    expect(commune.source.input.records.outputs.map((record) => record.title)).toEqual(['Tin Thạnh Đức']);
  });

  it('takes the report date and number the caller gives, blank spaces for the clerk otherwise', async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('XTD'), []));
    const given = await sheetReport(book, inputs({ reportDate: '2018-06-20', documentNumber: '15' }));
    const blank = await sheetReport(book, inputs());
    expect(given.ok && given.source.input).toMatchObject({ reportDate: '2018-06-20', documentNumber: '15' });
    expect(blank.ok && blank.source.input).toMatchObject({ reportDate: '2018-06-14', documentNumber: '      ' });
  });
});
